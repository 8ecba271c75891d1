/**
 * Gods are no people of the story: a person mention that is a deity's name (lexicon/deities.ts), or any one-word
 * name a deity's noun introduces ("the sea goddess X", "X, god of war"), is left out with every other mention
 * of that name, unless the document gives the name a title, writes it as a word of a longer person's name
 * ("Hera Lindqvist"-shaped) or opens another name with it (a firm, "Vulcan Corp"). Session 14's people samples: "God" alone was 35 of the hand-judged entries, all
 * wrong (the most frequent single error); GUM counts God as a person (9 train documents list it), so its people
 * figure pays for this rule (see the commit).
 */
import { DEITY_NAMES, DEITY_NOUNS } from "../../lexicon/deities.js";
import type { Mention } from "../../types.js";

const WORD_BEFORE = /(\p{L}+)\s+$/u;
const GOD_OF_AFTER = /^,?\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:god|goddess|deity)\s+of\b/u;

const keyOf = (m: Mention): string => m.text.toLowerCase().replace(/\s+/g, " ");

function isIntroducedDeity(text: string, m: Mention): boolean {
  if (/\s/.test(m.text)) return false;
  const noun = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1]?.toLowerCase();
  return (noun !== undefined && DEITY_NOUNS.has(noun)) || GOD_OF_AFTER.test(text.slice(m.end, m.end + 30));
}

/** The mentions without the person mentions of gods (the file's comment). */
export function withoutDeities(text: string, mentions: Mention[]): Mention[] {
  let deities: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined) continue;
    const key = keyOf(m);
    if (!DEITY_NAMES.has(key) && !isIntroducedDeity(text, m)) continue;
    deities ??= new Set();
    deities.add(key);
  }
  if (deities === null) return mentions;
  const found = deities;
  for (const m of mentions) {
    const key = keyOf(m);
    // "Vulcan Corp", "Odin Mining": a firm named after the god, which the one-word mentions may mean.
    if (m.type !== "person") {
      if (key.includes(" ")) found.delete(key.split(" ")[0] as string);
      continue;
    }
    if (m.title !== undefined) found.delete(key);
    else if (key.includes(" ")) for (const word of key.split(" ")) if (!found.has(key)) found.delete(word);
  }
  if (found.size === 0) return mentions;
  return mentions.filter((m) => m.type !== "person" || !found.has(keyOf(m)));
}
