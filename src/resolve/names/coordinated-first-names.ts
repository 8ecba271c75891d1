/**
 * A first name the tagger left untagged before a person coordinated with it: "his parents, Joe and Katherine Jaxon"
 * (the person rule's coordinated names then make it "Joe Jaxon"). The tagger, trained on 1996 Reuters, reads a first
 * name alone before "and" as nothing: session 32's invented trial story lost the singer's father. Only a capitalized
 * word that reads alone as a first name (no ordinary word or place: "Will", "Virginia"), before a person whose name
 * opens with one, and that no mention covers. Part of the per-document naming (index.ts).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { mentionAt } from "../../extract/mention.js";
import { GENERATION_WORD } from "../../lexicon/name-particles.js";
import type { Mention } from "../../types.js";

/** "Joe and " right before a mention: group 1 the first name. */
const FIRST_NAME_AND_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}+) (?:and|&) $/du;

/** A generation or a regnal number ending a name: "Johann II", "Dana Whitlow Jr." share no surname. */

/**
 * Whether a mention is a person's full name whose first word reads alone as a first name: not a one-word name
 * ("Phillips and Drew", Reuters' stockbrokers, would make "Phillips" a person), nor one ending in a generation
 * ("two brothers, Niklaus and Johann II": GUM train, "Niklaus II").
 */
function opensWithFirstName(m: Mention): boolean {
  return (
    m.type === "person" &&
    m.title === undefined &&
    m.text.includes(" ") &&
    !(m.text.includes(" ") && GENERATION_WORD.test(m.text.split(" ").at(-1) as string)) &&
    isKnownFirstName(m.text.split(" ")[0] as string, "alone")
  );
}

/** The mentions with each such first name added as a person (text order); the same array when none. */
export function withCoordinatedFirstNames(text: string, mentions: Mention[]): Mention[] {
  let added: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (!opensWithFirstName(m)) continue;
    const from = Math.max(mentions[i - 1]?.end ?? 0, m.start - 24);
    const before = FIRST_NAME_AND_BEFORE.exec(text.slice(from, m.start));
    const word = before?.indices?.[1];
    // (No surname the lists know: "Phillips and Drew Ames" names a firm and a man as often.)
    if (
      before &&
      word &&
      isKnownFirstName(before[1] as string, "alone") &&
      (wordKind(before[1] as string) & Kind.lastName) === 0
    ) {
      added ??= [];
      added.push(mentionAt(from + word[0], from + word[1], before[1] as string, "person"));
    }
  }
  if (added === null) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
