/**
 * A lone first name in apposition after a person's kin noun ("Mrs Whitcombe's husband, Steve,", "Ruto's wife,
 * Rachel,", "Mr Lane's son, Peter,") is that relative's first name, and the family's surname is the possessor's: the
 * reader names him "Steve Whitcombe". Only where the surname is the family's by custom: a wife's of her husband's
 * name, a husband's of a "Mrs" (her married name), and a man's children's and siblings'; not a woman's children
 * or siblings (she may have married), nor a name the document writes in full for someone else. Session 39 probe (a
 * reunion story): "Steve" was listed apart from any family. Part of the per-document naming (index.ts).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { SURNAME_KIN } from "../../lexicon/speaker-roles.js";
import type { Mention } from "../../types.js";
import { genderOfFullName, genderOfTitle } from "./gender.js";

/** A possessive and a lower-case noun, maybe a comma, right before a name: group 1 the noun. */
const KIN_BEFORE = /['’]s\s+(\p{Ll}+),?\s+$/u;

/** Whether the possessor's family name is the relative's by custom (the file's comment). */
function sharesSurname(kin: string, possessor: Mention): boolean {
  const title = possessor.title === undefined ? null : genderOfTitle(possessor.title);
  const gender = title ?? genderOfFullName(possessor.entity);
  if (kin === "wife") return gender !== "female";
  if (kin === "husband") return possessor.title !== undefined && /^mrs\.?$/i.test(possessor.title);
  return gender === "male";
}

/** The person mentions, in place, with each such lone first name (and its namesakes) given the family's surname. */
export function withKinSurnames(mentions: Mention[], text: string): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "person" || m.entity !== m.text || /\s/u.test(m.text) || !isKnownFirstName(m.text))
      continue;
    const kin = KIN_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (kin === null || !SURNAME_KIN.has(kin[1] as string)) continue;
    const possessive = m.start - (kin[0] as string).length;
    const possessor = mentions.findLast((p) => p.type === "person" && p.end === possessive);
    if (possessor === undefined || !sharesSurname(kin[1] as string, possessor)) continue;
    const surname = possessor.entity.split(/\s+/u).at(-1) as string;
    if (surname === possessor.entity && possessor.title === undefined) continue;
    const full = `${m.text} ${surname}`;
    // ("His brother, Daniel," where the document names Daniel Smith: the person rule joined them already.)
    if (mentions.some((p) => p.type === "person" && p.entity !== full && p.entity.startsWith(`${m.text} `)))
      continue;
    for (const other of mentions) if (other.type === "person" && other.entity === m.text) other.entity = full;
  }
}
