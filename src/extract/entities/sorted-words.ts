/**
 * Membership in a large word list kept as one sorted, space-separated string, by binary search over the
 * string itself. Hunspell's 72k ordinary words as a Set took 40-60 ms to build at every process start (more than
 * the rest of the gazetteer); as one string they cost a JSON string parse, and a look-up about 17 comparisons.
 */
export interface WordList {
  has(word: string): boolean;
}

/** `joined`: distinct words sorted in code-unit order (Array.prototype.sort), separated by single spaces. */
export function sortedWords(joined: string): WordList {
  /** The word that holds character `at` (or ends just before it, at a space), as [start, end). */
  const wordAround = (position: number): [number, number] => {
    const at = joined.charCodeAt(position) === 32 ? position - 1 : position;
    const start = joined.lastIndexOf(" ", at) + 1;
    const space = joined.indexOf(" ", at);
    return [start, space < 0 ? joined.length : space];
  };
  return {
    has(word: string): boolean {
      let lo = 0;
      let hi = joined.length;
      while (lo < hi) {
        const [start, end] = wordAround((lo + hi) >> 1);
        const found = joined.slice(start, end);
        if (found === word) return true;
        if (found < word) lo = end + 1;
        else hi = start;
      }
      return false;
    },
  };
}
