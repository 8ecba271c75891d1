/**
 * A US lawmaker's party and state after the name, as AP style writes them: "Mitch McConnell, R-Ky.,", "Alexandria
 * Ocasio-Cortez, D-N.Y.,", "Bernie Sanders, I-Vt.", "(D-Calif.)", "R-Texas". The tag is no name (the tagger read
 * "R-Ky" as a person, "Y." as a speaker), and it marks the capitalized words right before it as a person's name,
 * which the tagger, trained on 1996 wire text, missed ("Senate Majority Leader Mitch McConnell, R-Ky." gave an
 * organization and no person) or misread ("Rep. Alexandria Ocasio-Cortez" gave the place Alexandria). The name is
 * the last two or three capitalized words before the comma or bracket, after a title or a role's noun (its title:
 * "Sen.", "Leader") or any other word.
 * Session 31's US politics probe (invented): two of five senators and representatives so written were lost.
 */
import { PARTY_TAG_SOURCE } from "../../text/party-tags.js";
import type { Mention } from "../../types.js";
import { mentionAt } from "../mention.js";
import { isRoleNoun } from "./role-nouns.js";

/** ", R-Ky.," / " (D-N.Y.)": the tag, its opening comma or bracket, and what closes it. */
const TAG = new RegExp(
  String.raw`(,[ \t]+|[ \t]+\()(${PARTY_TAG_SOURCE})(?=[,)]|[ \t]+\p{Ll}|[ \t]*$)`,
  "gmu",
);
/** One capitalized word of a name (hyphened, with an apostrophe, an initial). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}\.)$/u;
const MOST_WORDS = 3;

/** The mentions with each tag's name one person mention and no mention over the tag (the file's comment). */
export function partyTagMentions(text: string, mentions: Mention[]): Mention[] {
  if (!/[DRI]-\p{Lu}/u.test(text)) return mentions;
  const found: { person: Mention | null; tagStart: number; tagEnd: number }[] = [];
  for (const match of text.matchAll(TAG)) {
    const tagStart = (match.index as number) + (match[1] as string).length;
    const tagEnd = tagStart + (match[2] as string).length;
    found.push({ person: nameBefore(text, match.index as number), tagStart, tagEnd });
  }
  if (found.length === 0) return mentions;
  const out = mentions.filter(
    (m) =>
      !found.some(
        (f) =>
          (m.start < f.tagEnd && m.end > f.tagStart) ||
          (f.person !== null && m.start < f.person.end && m.end > f.person.start),
      ),
  );
  for (const f of found) if (f.person !== null) out.push(f.person);
  return out.sort((a, b) => a.start - b.start);
}

/** A title or a role's noun, with its stop or without ("Sen.", "Rep" as Reuters writes it, "Leader"). */
const isTitleWord = (word: string): boolean => isRoleNoun(word) || isRoleNoun(`${word}.`);

/** The person named right before `at` (the tag's comma or bracket), titled by a capitalized title before it. */
function nameBefore(text: string, at: number): Mention | null {
  // A possessive's mark is no part of the name ("Frank Lautenberg's (D-N.J.) bill").
  const end = at - (/['’]s?$/u.exec(text.slice(Math.max(0, at - 2), at))?.[0].length ?? 0);
  const line = text.slice(Math.max(0, text.lastIndexOf("\n", end - 1) + 1, end - 120), end);
  const words = [...line.matchAll(/\S+/g)];
  let first = words.length;
  while (first > 0 && words.length - first < MOST_WORDS) {
    const word = (words[first - 1] as RegExpMatchArray)[0];
    if (!NAME_WORD.test(word) || isTitleWord(word)) break;
    first--;
  }
  // Two words at least ("McConnell" alone may be a firm's or a place's name; a full name is no one else's).
  if (words.length - first < 2) return null;
  const start = end - line.length + ((words[first] as RegExpMatchArray).index as number);
  const name = text.slice(start, end);
  const before = words[first - 1]?.[0];
  const title = before !== undefined && /^\p{Lu}/u.test(before) && isTitleWord(before) ? before : undefined;
  return mentionAt(start, end, name, "person", name, title);
}
