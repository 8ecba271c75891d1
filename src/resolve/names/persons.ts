/**
 * The person-naming rule, the one used by the per-document pass (nameMentions) and the corpus-wide pass
 * (aggregate/entities.ts): a shorter name joins the one longer name that ends with it ("Rouhani",
 * "President Rouhani" → "Hassan Rouhani"), or, for a lone word where first names count, the one longer name
 * it starts ("Hassan" → "Hassan Rouhani"). With two candidates ("John Smith", "Jane Smith") the short name
 * stays apart: guessing would give one person's words to another. Candidates that themselves join one longer
 * name count once ("Rouhani" → "Hassan Rouhani" ← "Mohammad Hassan Rouhani"). Case is ignored.
 */
import { nameWords } from "../../text/names.js";

export interface PersonRuleOptions {
  /** A lone word may be a first name ("Hassan" → "Hassan Rouhani"): within a document, not over a corpus. */
  firstNames: boolean;
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const offset = long.length - short.length;
  return short.every((word, i) => long[offset + i] === word);
}

function push(index: Map<string, string[]>, key: string, name: string): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [name]);
  else list.push(name);
}

/**
 * The canonical name key of each of `keys` (lower-cased, single-spaced names) under the rule: a function from a
 * key to the key it joins, or to itself. Names are indexed by their last and first words, so that joining n
 * names costs about n, not n² (a corpus has tens of thousands of person names).
 */
export function personRule(keys: Iterable<string>, options: PersonRuleOptions): (key: string) => string {
  const words = new Map<string, string[]>();
  const byLast = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  for (const key of keys) {
    if (words.has(key)) continue;
    const w = nameWords(key);
    words.set(key, w);
    push(byLast, w[w.length - 1] as string, key);
    if (w.length > 1) push(byFirst, w[0] as string, key);
  }
  const canonical = new Map<string, string>();
  const resolve = (key: string, seen: Set<string>): string => {
    const cached = canonical.get(key);
    if (cached !== undefined) return cached;
    const w = words.get(key) ?? nameWords(key);
    let candidates = (byLast.get(w[w.length - 1] as string) ?? []).filter((n) =>
      endsWith(words.get(n) as string[], w),
    );
    if (candidates.length === 0 && w.length === 1 && options.firstNames)
      candidates = byFirst.get(w[0] as string) ?? [];
    seen.add(key);
    const targets = new Set(candidates.filter((c) => !seen.has(c)).map((c) => resolve(c, seen)));
    const result = targets.size === 1 ? ([...targets][0] as string) : key;
    canonical.set(key, result);
    return result;
  };
  return (key) => resolve(key, new Set());
}

/** The key of a written name: lower case, single spaces. */
export function personKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, " ");
}
