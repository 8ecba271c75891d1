/**
 * A person's other name, the one the person was born with or performs under ("Whitlow was born Dana Mary
 * Kessler in Leeds", "Born Tom Rees in 1941, he ...", "wrestled under the ring name Rocky Barlow"), is an alias
 * of that person, not another person: its mentions take the person's entity. The person is the nearest person
 * named before it in the sentence, else (a sentence that opens "Born <name> ...") the person the document names
 * most. Obituaries and profiles give birth and stage names (issue 11, one entity many entries; the Wikinews
 * 2019-2020 check corpus, session 24, FIT half: 5 of 77 wrong people were such names, in 4 of 139 articles).
 * Runs last in the per-document naming (index.ts), on named mentions. Invented rows in
 * tests/people-other-names.test.ts.
 */
import { OTHER_NAME_OPENERS } from "../../lexicon/name-contexts.js";
import type { Mention } from "../../types.js";

/** An opener's words right before a name, after a space, an opening bracket or the text's start. */
const OPENER_BEFORE = new RegExp(`(?:^|[\\s(,])(?:${OTHER_NAME_OPENERS.join("|")}) $`, "iu");

/** Where the sentence holding `at` starts: after the last full stop, question or exclamation mark and a space. */
function sentenceStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 400), at);
  const match = /[.!?]["”’]?\s+(?=[^.!?]*$)/u.exec(before);
  return match === null ? Math.max(0, at - 400) : at - before.length + match.index + match[0].length;
}

/** The entity the document names most often among its persons, other than `except`. */
function mainPerson(mentions: readonly Mention[], except: string): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions)
    if (m.type === "person" && m.entity !== except) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [entity, count] of counts)
    if (count > most) {
      best = entity;
      most = count;
    }
  return best;
}

/** The named mentions with each other name's mentions given its person's entity (the file's comment). */
export function withOtherNames(text: string, mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    if (m.type !== "person" || !m.text.includes(" ")) continue;
    if (!OPENER_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) continue;
    const start = sentenceStart(text, m.start);
    let owner: string | null = null;
    for (const other of mentions) {
      if (other.start >= m.start) break;
      if (other.type === "person" && other.start >= start && other.entity !== m.entity) owner = other.entity;
    }
    owner ??= mainPerson(mentions, m.entity);
    if (owner === null) continue;
    const alias = m.entity;
    for (const other of mentions) if (other.type === "person" && other.entity === alias) other.entity = owner;
  }
  return mentions;
}
