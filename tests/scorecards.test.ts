/**
 * Session 14: a cricket scorecard's dismissals (scorecards.ts): the players after "c", "st" and "b" are persons
 * and no name runs over a marker; a batsman written as an initial and a name word before his dismissal is one
 * person. On the tagger's spans as invented text shows them. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { scorecardSpans } from "../src/extract/entities/scorecards.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, scorecardSpans(spans, tokens, 0, tokens.length));
}

describe("a scorecard's dismissals", () => {
  it.each([
    // a name run over "st" is two players; a fielder read as a place is a player
    [
      "[PER K. Amble st Ravindran] b [PER Okoro] 22 [PER D. Pike] c [LOC Lorde] b [PER Okoro] 8",
      "[PER K. Amble] st [PER Ravindran] b [PER Okoro] 22 [PER D. Pike] c [PER Lorde] b [PER Okoro] 8",
    ],
    // a player after a marker the tagger left out; two words after a marker ("c and b")
    [
      "[PER T. Wendt] c Marrow b [PER Okoro] 4 [PER R. Vale] c and b Jomo Kaldera 0",
      "[PER T. Wendt] c [PER Marrow] b [PER Okoro] 4 [PER R. Vale] c and b [PER Jomo Kaldera] 0",
    ],
    // a batsman as an initial read as a place and a name word, before "not out", "run out" or a marker
    [
      "[PER D. Pike] c [PER Lorde] b [PER Okoro] 3 [LOC U.] [PER Chanda] not out 14 [LOC S.] Law run out 9",
      "[PER D. Pike] c [PER Lorde] b [PER Okoro] 3 [PER U. Chanda] not out 14 [PER S. Law] run out 9",
    ],
    // one marker is no scorecard; a marker without a score or another marker after the name is none
    ["[PER K. Amble st Ravindran] b [PER Okoro] said", "[PER K. Amble st Ravindran] b [PER Okoro] said"],
    [
      "Plan b [LOC Harlow] was dropped and plan c [LOC Corby] too",
      "Plan b [LOC Harlow] was dropped and plan c [LOC Corby] too",
    ],
    ["the [ORG Acme] c Harlow b Corby shares", "the [ORG Acme] c Harlow b Corby shares"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});
