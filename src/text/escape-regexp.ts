/**
 * A word list's entries as regular-expression text: the rules that build one pattern from a lexicon list (credit
 * lines, link openers, titles, dateline sources) match each entry as written ("Sen.", "(AP)"), not as a pattern.
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
