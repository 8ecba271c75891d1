/**
 * One name per person within a document: "Rouhani" and "President Rouhani" join "Hassan Rouhani" when
 * exactly one longer name in the document ends with (or, for a lone word, starts with) the shorter one;
 * with two different Smiths a bare "Smith" stays "Smith". Case is ignored ("HASSAN ROUHANI" in a headline),
 * and the canonical form is the longest name as written in mixed case.
 */
import type { Mention } from "../../types.js";
import { displayName } from "./places.js";

function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/\s+/);
}

function endsWith(long: string[], short: string[]): boolean {
  if (short.length >= long.length) return false;
  const offset = long.length - short.length;
  return short.every((word, i) => long[offset + i] === word);
}

/** Sets `entity` of the person mentions (in place). */
export function resolvePersons(mentions: Mention[]): void {
  const persons = mentions.filter((m) => m.type === "person");
  // Lower-cased name → the preferred written form (mixed case over all capitals).
  const forms = new Map<string, string>();
  for (const mention of persons) {
    const key = mention.text.toLowerCase().replace(/\s+/g, " ");
    const known = forms.get(key);
    if (known === undefined || (!/\p{Ll}/u.test(known) && /\p{Ll}/u.test(mention.text)))
      forms.set(key, mention.text);
  }
  const names = [...forms.keys()].map((key) => ({ key, words: wordsOf(key) }));
  const canonical = new Map<string, string>();
  const resolve = (key: string, seen: Set<string>): string => {
    const cached = canonical.get(key);
    if (cached !== undefined) return cached;
    const words = wordsOf(key);
    let candidates = names.filter((n) => endsWith(n.words, words)).map((n) => n.key);
    if (candidates.length === 0 && words.length === 1) {
      candidates = names.filter((n) => n.words.length > 1 && n.words[0] === words[0]).map((n) => n.key);
    }
    // Candidates that themselves join one longer name count once ("Rouhani" → "Hassan Rouhani" ← "Mohammad Hassan Rouhani").
    seen.add(key);
    const targets = new Set(candidates.filter((c) => !seen.has(c)).map((c) => resolve(c, seen)));
    const result = targets.size === 1 ? ([...targets][0] as string) : displayName(forms.get(key) ?? key);
    canonical.set(key, result);
    return result;
  };
  for (const mention of persons)
    mention.entity = resolve(mention.text.toLowerCase().replace(/\s+/g, " "), new Set());
}
