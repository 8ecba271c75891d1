/** Two person names the tagger read as one across a line break, split in two (index.ts runs it). */
import { isKnownFirstName as isFirstName } from "../../extract/entities/first-name.js";
import { mentionAt, shortened } from "../../extract/mention.js";
import { firstNameGender } from "../../lexicon/first-names.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { isLoneCapital } from "../../text/word-shape.js";
import type { Mention } from "../../types.js";

/**
 * Two full names the tagger read as one across a line break ("... Editing by Keiko Arata\nEdwin Tamblyn said"):
 * two persons when the line ends a name of two words or more, not with a first name or an initial, and the next
 * line starts a known first name and a surname. Wrapped wire text breaks names anywhere, but of the 1,137 person
 * names across a break on the Reuters bench none ends its first line so and starts the next with a first name
 * ("Ali Akbar\nHashemi Golzari", "R. John\nStanton Jr.").
 */
export function splitAtLineBreaks(mentions: Mention[]): Mention[] {
  // Most documents have no person name across a line break: no new array for them (flatMap made one per mention).
  if (!mentions.some((m) => m.type === "person" && m.text.includes("\n"))) return mentions;
  // A loop, not flatMap: flatMap's array is HOLEY, and so is a spread copy of it (checked with %HasHoleyElements),
  // where the others are packed: every later stage met both ("wrong map" deopts downstream).
  const out: Mention[] = [];
  for (const m of mentions) {
    const lineBreak = m.text.indexOf("\n");
    if (m.type !== "person" || lineBreak < 0) {
      out.push(m);
      continue;
    }
    const head = m.text.slice(0, lineBreak).trimEnd();
    const tail = m.text.slice(lineBreak + 1).trimStart();
    const headWords = head.split(/\s+/);
    const tailWords = tail.split(/\s+/);
    const lastOfHead = headWords[headWords.length - 1] as string;
    if (
      headWords.length < 2 ||
      tailWords.length < 2 ||
      isLoneCapital(lastOfHead) ||
      isFirstName(lastOfHead) ||
      NAME_PARTICLES.has(lastOfHead.toLowerCase()) ||
      firstNameGender(tailWords[0] as string) === null
    ) {
      out.push(m);
      continue;
    }
    const tailStart = m.end - tail.length;
    out.push(shortened(m, m.start + head.length, head), mentionAt(tailStart, m.end, tail, "person"));
  }
  return out;
}
