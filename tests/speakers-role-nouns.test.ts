/**
 * Role nouns resolved as a careful reader resolves them (session 14): a role goes to the person the document
 * gives it, and the people named in a phrase opening the role's sentence with a preposition ("In an interview
 * with …,") are not the role's. All text here is invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { resolvedQuotes, type Speaker, type Tagged } from "./helpers/speakers.js";

/** Every quote's speaker, fragments included: [name, mention, organization when set]. */
function allSpeakers(text: string, tagged: Tagged): Speaker[] {
  return resolvedQuotes(text, tagged).map((q) => {
    const s: Speaker = [q.speaker.name, q.speaker.mention?.text ?? null];
    if (q.speaker.organization !== undefined) s.push(q.speaker.organization);
    return s;
  });
}

describe("a role noun after a phrase opening its sentence with a preposition", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`In an interview with hosts X and Y, the Democratic presidential candidate said`: the story's subject, not a host",
      'Dana Whitlow does not recognize the rival she used to know. In an interview with radio hosts Carl Benning and Mara Lisle, the Democratic presidential candidate said the remarks "do not fit with the man I knew."',
      { "Dana Whitlow": {}, "Carl Benning": {}, "Mara Lisle": {} },
      [["Dana Whitlow", "the Democratic presidential candidate"]],
    ],
    [
      "`In a debate with X and X's running mate, the nominee said`: not X, named twice there",
      'Ruth Calder spent the week in Ohio. In a debate with Republican Owen Pratt and Pratt\'s running mate, the nominee said "we will win this state."',
      { "Ruth Calder": {}, "Owen Pratt": {}, Pratt: { entity: "Owen Pratt" } },
      [["Ruth Calder", "the nominee"]],
    ],
    [
      "`At a rally with Mayor X and X's wife, the candidate said`: not X",
      'Ruth Calder spent the week in Ohio. At a rally with Mayor Owen Pratt and Pratt\'s wife, the candidate said "we will win this state."',
      { "Ruth Calder": {}, "Owen Pratt": {}, Pratt: { entity: "Owen Pratt" } },
      [["Ruth Calder", "the candidate"]],
    ],
    [
      "guard: `X, the Democratic nominee, said` outside an opening phrase is still X",
      'Voters met in Ohio. Owen Pratt, the Democratic nominee, said "we will win this state." Ruth Calder spoke later. "It is close," the Democratic nominee said.',
      { "Ruth Calder": {}, "Owen Pratt": {} },
      [
        ["Owen Pratt", "Owen Pratt"],
        ["Owen Pratt", "the Democratic nominee"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});
