/**
 * Session 29: interviews printed as questions and answers (text/interview-turns.ts, extract/quotes/interviews.ts,
 * resolve/speakers/interviewee.ts, extract/entities/interview-labels.ts). Each answer paragraph is a quote of the
 * interviewee (named in the introduction for "A:", by the label otherwise); the questions are no quotes; an
 * explainer, a fact box or a list printed with labels is no interview. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

/** Each direct quote as "text → speaker (mention)", and the document's mentions' entities as "name/type". */
function interview(text: string): { quotes: string[]; entities: string[] } {
  const doc = bodyOnlyDocument(text);
  const { quotes, mentions } = nameDocument(doc, splitDocument(doc));
  return {
    quotes: quotes
      .filter((q) => !q.partial)
      .map((q) => `${q.text} → ${q.speaker.name ?? "-"} (${q.speaker.mention?.text ?? "-"})`),
    entities: [...new Set(mentions.map((m) => `${m.entity}/${m.type}`))],
  };
}

describe("an interview's answers are the interviewee's quotes", () => {
  it.each<[string, string, string[]]>([
    [
      "Q and A after an introduction naming the interviewee",
      "In an interview on Tuesday, Marisol Okonkwo, the president of the bus drivers' union, said her members were ready.\n\nQ: Why now?\n\nA: We have waited three years for a contract.\n\nQ: Have you met the mayor?\n\nA: Twice. He listens, but he has not moved.",
      [
        "We have waited three years for a contract. → Marisol Okonkwo (A)",
        "Twice. He listens, but he has not moved. → Marisol Okonkwo (A)",
      ],
    ],
    [
      "Q. and A. with full stops (session 30)",
      "In an interview on Tuesday, Marisol Okonkwo, the president of the bus drivers' union, said her members were ready.\n\nQ. Why now?\n\nA. We have waited three years for a contract.\n\nQ. Have you met the mayor?\n\nA. Twice. He listens, but he has not moved.",
      [
        "We have waited three years for a contract. → Marisol Okonkwo (A)",
        "Twice. He listens, but he has not moved. → Marisol Okonkwo (A)",
      ],
    ],
    [
      "Question and Answer, a British interview",
      "Desmond Faraday-Hale has written eleven novels. He spoke to us before his reading in Hay.\n\nQuestion: Where do your stories begin?\n\nAnswer: Usually with a smell.\n\nQuestion: And the endings?\n\nAnswer: I never know them until the last week.",
      [
        "Usually with a smell. → Desmond Faraday-Hale (Answer)",
        "I never know them until the last week. → Desmond Faraday-Hale (Answer)",
      ],
    ],
    [
      "surnames in capitals: the one asking is the host",
      "Senator Ruth Abernathy talked with host Ken Dawlish on the morning show.\n\nDAWLISH: Will the tariffs hurt farmers?\n\nABERNATHY: They already have.\n\nDAWLISH: Would you vote to end them?\n\nABERNATHY: I would, and I have said so.",
      [
        "They already have. → Ruth Abernathy (ABERNATHY)",
        "I would, and I have said so. → Ruth Abernathy (ABERNATHY)",
      ],
    ],
    [
      "initials: the asker's are the paper's",
      "Head coach Priya Raghunathan spoke with the Herald on Thursday.\n\nHT: How is the team feeling?\n\nPR: Tired but hungry.\n\nHT: Any injuries?\n\nPR: Our goalkeeper has a sore wrist.",
      [
        "Tired but hungry. → Priya Raghunathan (PR)",
        "Our goalkeeper has a sore wrist. → Priya Raghunathan (PR)",
      ],
    ],
    [
      "an answer of two paragraphs: the second continues it",
      "Chief Tomasz Wierzbicki sat down with reporter Alicia Grange this week.\n\nAlicia Grange: What is your first priority?\n\nTomasz Wierzbicki: Response times.\n\nPeople wait too long when they call us.\n\nAlicia Grange: How will you fix that?\n\nTomasz Wierzbicki: More officers at night.",
      [
        "Response times. → Tomasz Wierzbicki (Tomasz Wierzbicki)",
        "People wait too long when they call us. → Tomasz Wierzbicki (-)",
        "More officers at night. → Tomasz Wierzbicki (Tomasz Wierzbicki)",
      ],
    ],
    [
      "the reporter named first in the introduction is the one asking",
      "Gazette reporter Owen Pritchett sat down with ferry captain Ingrid Solberg-Haas.\n\nQ: How rough was the crossing?\n\nA: The worst in twenty years.\n\nQ: Were you afraid?\n\nA: Only for the passengers.",
      [
        "The worst in twenty years. → Ingrid Solberg-Haas (A)",
        "Only for the passengers. → Ingrid Solberg-Haas (A)",
      ],
    ],
    [
      "an explainer printed as questions and answers: the writer's words",
      "The federal levy takes effect on April 1. Here is what households need to know.\n\nQ: What does it cost?\n\nA: About four cents a litre.\n\nQ: Will I get money back?\n\nA: Most households will.",
      [],
    ],
    [
      "a fact box: more than two labels",
      "The festival returns this weekend.\n\nWhen: Saturday and Sunday.\n\nWhere: Harbourfront Park.\n\nCost: Free for children.\n\nParking: Limited.",
      [],
    ],
    [
      "two places' reports alternating: nobody asks",
      "Storms hit the coast on Monday.\n\nHalifax: Power was out for 20,000 homes.\n\nMoncton: Schools closed early.\n\nHalifax: Ferries were cancelled.\n\nMoncton: Roads reopened by night.",
      [],
    ],
    [
      "one question and one answer: no alternation",
      "In an interview, Ana Roe said she would run.\n\nQ: Will you run?\n\nA: Yes.",
      [],
    ],
  ])("%s", (_, text, expected) => {
    expect(interview(text).quotes).toEqual(expected);
  });
});

describe("an interview's labels that name nobody are no mention", () => {
  it.each<[string, string, string[]]>([
    [
      "Q and A, and an answer's first word",
      "In an interview, Marisol Okonkwo said her members were ready.\n\nQ: Why now?\n\nA: Twice we asked.\n\nQ: And the mayor?\n\nA: Nothing yet.",
      ["Marisol Okonkwo/person"],
    ],
    [
      "initials",
      "Head coach Priya Raghunathan spoke with the Herald on Thursday.\n\nHT: How is the team feeling?\n\nPR: Tired but hungry.\n\nHT: Any injuries?\n\nPR: None.",
      ["Herald/organization", "Priya Raghunathan/person"],
    ],
    [
      "a name's label stays the person's",
      "Senator Ruth Abernathy talked with host Ken Dawlish.\n\nDAWLISH: Will the tariffs hurt?\n\nABERNATHY: They already have.\n\nDAWLISH: Would you end them?\n\nABERNATHY: I would.",
      ["Ken Dawlish/person", "Ruth Abernathy/person"],
    ],
  ])("%s", (_, text, expected) => {
    expect(interview(text).entities.sort()).toEqual(expected);
  });
});
