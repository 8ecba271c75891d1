/**
 * A word list's entries as regular-expression text: the rules that build one pattern from a lexicon list (credit
 * lines, link openers, titles, dateline sources) match each entry as written ("Sen.", "(AP)"), not as a pattern.
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A list's entries as one non-capturing alternation, each as written: `(?:a|an|the)`. */
export const anyOf = (list: readonly string[]): string => `(?:${list.map(escapeRegExp).join("|")})`;
