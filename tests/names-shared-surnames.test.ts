/**
 * A bare surname two people of one document share (resolve/names/shared-surnames.ts): the mention, the
 * document's entities and the quote's speaker name the same namesake, since the speaker layer reads the names
 * layer's entities. All text here is written for these tests, in the styles of Canadian, British, Irish and
 * Australian news.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

/** Each titled or bare one-word person mention as `title text → entity`, and each direct quote's speaker. */
function namesakes(text: string): { surnames: string[]; speakers: (string | null)[] } {
  const doc = bodyOnlyDocument(text);
  const { mentions, quotes } = nameDocument(doc, splitDocument(doc));
  return {
    surnames: mentions
      .filter((m) => m.type === "person" && !m.text.includes(" "))
      .map((m) => `${m.title === undefined ? "" : `${m.title} `}${m.text} → ${m.entity}`),
    speakers: quotes.filter((q) => !q.partial).map((q) => q.speaker.name),
  };
}

describe("a bare surname two people of the document share", () => {
  it.each<[string, string, string[], (string | null)[]]>([
    [
      "the father named in full throughout: `Ferris` is the daughter",
      'Doug Ferris watched from the stands in Regina as his daughter, Amy Ferris, scored twice. "I was not nervous at all," Ferris told CBC. Doug Ferris laughed. "She gets the speed from her mother," Doug Ferris said.',
      ["Ferris → Amy Ferris"],
      ["Amy Ferris", "Doug Ferris"],
    ],
    [
      "the husband named in full again: `Kendal` is the councillor",
      'Ruth Kendal, the Labour councillor for Leeds Central, was cleared on Monday. Her husband, Martin Kendal, sat beside her. "It has been a long year," Kendal told the BBC. Martin Kendal said the family would now rest.',
      ["Kendal → Ruth Kendal"],
      ["Ruth Kendal"],
    ],
    [
      "a pronoun after the namesake's quote follows it",
      'Frank Doyle was on the quay in Cork when his son Sean Doyle came ashore. "The sea took everything I had," Doyle said. "I lived on rainwater," he said. Frank Doyle wept.',
      ["Doyle → Sean Doyle"],
      ["Sean Doyle", "Sean Doyle"],
    ],
    [
      "a title's gender is stronger evidence than who is named in full again",
      'Tony Hollis and his wife Cherie Hollis arrived in Sedgefield. "The children were wonderful," Mrs Hollis said. "We will win," Mr Hollis said. Tony Hollis then left for London.',
      ["Mrs Hollis → Cherie Hollis", "Mr Hollis → Tony Hollis"],
      ["Cherie Hollis", "Tony Hollis"],
    ],
    [
      "a title of no gender is no evidence: `Dr Mercer` is the one not named in full again",
      'Colin Mercer, a retired miner, drove his daughter Dr Helen Mercer to the clinic in Wagga Wagga. "We are short of nurses," Dr Mercer said. Colin Mercer waited outside.',
      ["Dr Mercer → Helen Mercer"],
      ["Helen Mercer"],
    ],
    [
      "`the younger Doyle` singles one out: the son named in full once more after it is still the bare surname",
      'Frank Doyle last heard from his son in March, when Sean Doyle sailed from Cork. By June the younger Doyle was aboard a trawler far out at sea. Sean Doyle, 41, had lost his mast in a gale. "I lived on rainwater," Doyle told RTE. Frank Doyle said he never gave up. "I knew he would come home," Frank Doyle said. The younger Doyle said the boat rolled twice. "I lost my radio," Doyle said.',
      ["Doyle → Sean Doyle", "Doyle → Sean Doyle", "Doyle → Sean Doyle", "Doyle → Sean Doyle"],
      ["Sean Doyle", "Frank Doyle", "Sean Doyle"],
    ],
    [
      "`the elder Pike` singles one out: the bare surname after it is the mother, named in full there but not after it",
      'Dana Pike founded the ferry line in Nanaimo; her son, Owen Pike, took it over in May. The elder Pike still sails on Fridays; Dana Pike, 71, says the sea keeps her young. Owen Pike, 29, said the boats were old. "We have kept every one of them running," Pike said. Owen Pike said fares would rise.',
      ["Pike → Dana Pike", "Pike → Dana Pike"],
      ["Dana Pike"],
    ],
    [
      "`Mr. Hale` beside two men named Hale in full: the one not named in full again, as a bare surname",
      'Grant Hale, whose brother Robert Hale led the party a decade ago, is running for the seat. "I will knock on every door," Mr. Hale said. Robert Hale has not endorsed anyone. Asked about the polls, Mr. Hale said, "They move every week."',
      ["Mr. Hale → Grant Hale", "Mr. Hale → Grant Hale"],
      ["Grant Hale", "Grant Hale"],
    ],
    [
      "`Mr. Hale` beside a man and a woman named Hale: the title's gender decides, as before",
      'Grant Hale, whose sister Mary Hale led the party a decade ago, is running for the seat. "I will knock on every door," Mr. Hale said. Mary Hale has not endorsed anyone.',
      ["Mr. Hale → Grant Hale"],
      ["Grant Hale"],
    ],
    [
      "every other namesake written after the first bare surname: it keeps the one it named, a first name alone again hands nothing on",
      'Marta Kolbe is a Canadian sculptor. Kolbe was born in Halifax to Ivan and Greta Kolbe. Marta began carving at nine. "Wood tells you what it wants," Kolbe said in 2015. Her son, Anton Kolbe, was born in 2012. In 2019 Kolbe opened a studio. "It is a home for the work," Kolbe said.',
      [
        "Kolbe → Marta Kolbe",
        "Ivan → Ivan Kolbe",
        "Marta → Marta Kolbe",
        "Kolbe → Marta Kolbe",
        "Kolbe → Marta Kolbe",
        "Kolbe → Marta Kolbe",
      ],
      ["Marta Kolbe", "Marta Kolbe"],
    ],
    [
      "guard: both namesakes written before the first bare surname, and the son by his first name: the son is not the bare surname",
      'Dana Whitlow and her son Carl Whitlow sailed from Cork in May. "We had no radio," Whitlow told RTE. Carl said the boat rolled twice. "I was never afraid," Whitlow said.',
      ["Whitlow → Dana Whitlow", "Carl → Carl Whitlow", "Whitlow → Dana Whitlow"],
      ["Dana Whitlow", "Dana Whitlow"],
    ],
    [
      "first names of either sex: the family noun before each full name gives the titles' genders their people",
      'Dana Quillfeather and her brother Robin Quillfeather both stood for the Esk council in Tarvik. "I knocked on every door," Ms Quillfeather said. Mr Quillfeather came third.',
      ["Ms Quillfeather → Dana Quillfeather", "Mr Quillfeather → Robin Quillfeather"],
      ["Dana Quillfeather"],
    ],
    [
      "a family noun after a comma, a wife named after her husband: `Mrs` is hers though she was named last",
      'Casey Pell opened the bakery in Lorvale with his wife, Jamie Pell, in May. "We bake at four," Mr Pell said. "It is a long day," Mrs Pell said.',
      ["Mr Pell → Casey Pell", "Mrs Pell → Jamie Pell"],
      ["Casey Pell", "Jamie Pell"],
    ],
    [
      "guard: a family noun before a first name the lexicon knows: the first name's gender, as before",
      'Dana Brandt and her son Thomas Brandt ran the race in Tarvik. "It was hard," Ms Brandt said. Mr Brandt finished first.',
      ["Ms Brandt → Dana Brandt", "Mr Brandt → Thomas Brandt"],
      ["Dana Brandt"],
    ],
  ])("%s", (_name, text, surnames, speakers) => {
    expect(namesakes(text)).toEqual({ surnames, speakers });
  });
});
