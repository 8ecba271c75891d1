/**
 * Names as the world's news writes them: a family name written first that a given name of another person ends
 * ("Xi" of "Xi Jinping", not "Li Xi": persons.ts), an Arabic article glued to a surname that the story then drops
 * ("al-Sisi" … "Sisi thanked": text/names.ts documentSurnames), a nickname in quotation marks inside the name, used
 * alone later ('Joko "Jokowi" Widodo' … "Jokowi said": name-parts.ts) or before a generation ('Ferdinand
 * "Bongbong" Marcos Jr.': extract/entities/nicknames.ts), and a first name that is also a city before "of the <party>
 * said" (name-contexts.ts). Session 40 probes (Xinhua, AFP Cairo, Jakarta, Manila, Madrid); invented names.
 */
import { describe, expect, it } from "vitest";
import { namedOf, peopleOf } from "./helpers/document.js";

describe("a one-word name joins the full name it opens when the other it ends is written family name first", () => {
  it.each<[string, string[], Array<string | null>]>([
    [
      'Xu Jianguo was re-elected. "We must struggle," Xu told reporters. Li Xu and Zhao Leming completed the list.',
      ["Xu Jianguo", "Li Xu", "Zhao Leming"],
      ["Xu Jianguo"],
    ],
    // guard: a name written given name first still takes its surname
    ['Kim Tolley won the race. "I am happy," Tolley said.', ["Kim Tolley"], ["Kim Tolley"]],
  ])("%s", (text, people, speakers) => {
    expect(peopleOf(text)).toEqual(people);
    expect(namedOf(text).speakers).toEqual(speakers);
  });
});

describe("a surname without its glued Arabic article", () => {
  it.each<[string, Array<string | null>]>([
    [
      'Abdel Karim al-Fayoumi won a third term. Hazem Rashed, head of the authority, said turnout was high. "This is unprecedented," Rashed said.\n\nFayoumi thanked voters. "I am honoured by your trust," he said.',
      ["Hazem Rashed", "Abdel Karim al-Fayoumi"],
    ],
  ])("%s", (text, speakers) => {
    expect(peopleOf(text)).toEqual(["Abdel Karim al-Fayoumi", "Hazem Rashed"]);
    expect(namedOf(text).speakers).toEqual(speakers);
  });
});

describe("a nickname in quotation marks inside a name", () => {
  it.each<[string, string[], Array<string | null>]>([
    [
      'President Budi "Budiwi" Santosa camped overnight. "This is a symbol of unity," Budiwi said.',
      ['Budi "Budiwi" Santosa'],
      ['Budi "Budiwi" Santosa'],
    ],
    [
      'MANILA - Ferdinand "Bongbong" Marcano Jr. was sworn in. "He got it done," Marcano said.\n\nImelda Marcano, his mother, attended.',
      ['Ferdinand "Bongbong" Marcano Jr.', "Imelda Marcano"],
      ['Ferdinand "Bongbong" Marcano Jr.'],
    ],
  ])("%s", (text, people, speakers) => {
    expect(peopleOf(text)).toEqual(people);
    expect(namedOf(text).speakers).toEqual(speakers);
  });
});

describe("a city's name as a first name before “of the <body> said”", () => {
  it.each<[string, string[]]>([
    [
      'Santiago Albarez of the far-right Vox party said the government was "illegitimate".',
      ["Santiago Albarez"],
    ],
    // guard: a city's name with no person's context
    ["Santiago Albarez is a district of the capital.", []],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
