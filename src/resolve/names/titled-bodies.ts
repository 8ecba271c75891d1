/**
 * A title before the first word of a body's name ("— Dana Whitlow, President Northern Assembly", "Director Kestrel
 * Institute"): the tagger reads the title's next word as a person ("President Northern") and the rest as an
 * organization ("Assembly"), as more of the person ("Speaker Westland Parliament") or as no name at all. A titled
 * "person" whose last word is a body's noun (BODY_NOUNS), or a one-word one followed at once (one space, same line)
 * by a body's noun, is that body's name: an organization. Not any organization after it: a surname the tagger
 * read as a firm follows a titled first name ("Prof. Dana d'Arvel", GUM train: two people lost that way). Part of the per-document naming
 * (index.ts), before the titled names are taken as people.
 *
 * Session 23, a Wikinews sample (CC BY 2.5, read through AMALGUM; FIT half): the parliament of a pull-quote's
 * credit line ("— Name, President <Body>") was listed as a person, and its "the <Body>" mentions with it.
 */
import { mentionAt } from "../../extract/mention.js";
import { BODY_NOUNS } from "../../lexicon/organization-nouns.js";
import type { Mention } from "../../types.js";

/** One word, no space: a titled person of two words or more is a name ("President Dana Whitlow"). */
const ONE_WORD = /^\S+$/u;

/** A capitalized word one space on, on the same line ("Assembly"): read at a titled one-word person's end. */
const NEXT_WORD = /^ (\p{Lu}\p{L}+)/u;

/** Whether a mention's last word is a body's noun ("Westland Parliament"). */
const endsWithBody = (m: Mention): boolean =>
  BODY_NOUNS.has((m.text.split(/\s+/u).at(-1) as string).toLowerCase());

/** Where the body's name that a titled person's word opens ends (the person's own end: none). */
function bodyEnd(person: Mention, next: Mention | undefined, text: string): number {
  if (endsWithBody(person) || !ONE_WORD.test(person.text)) return person.end;
  const word = NEXT_WORD.exec(text.slice(person.end, person.end + 40));
  if (word === null || !BODY_NOUNS.has((word[1] as string).toLowerCase())) return person.end;
  const end = person.end + word[0].length;
  // The body's word may open a longer name the tagger found ("Council of Elders"): the whole of it.
  return next !== undefined && next.start === person.end + 1 ? Math.max(end, next.end) : end;
}

/** The mentions (text order) with each titled person that opens or names a body made that body, an organization. */
export function withTitledBodies(mentions: Mention[], text: string): Mention[] {
  let changed: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "person" || m.title === undefined) {
      changed?.push(m);
      continue;
    }
    const end = bodyEnd(m, mentions[i + 1], text);
    if (end === m.end && !endsWithBody(m)) {
      changed?.push(m);
      continue;
    }
    changed ??= mentions.slice(0, i);
    const name = text.slice(m.start, end);
    changed.push(mentionAt(m.start, end, name, "organization", name));
    // The body's word read as a mention of its own ("Assembly") is in the joined name now.
    while (i + 1 < mentions.length && (mentions[i + 1] as Mention).start < end) i++;
  }
  return changed ?? mentions;
}
