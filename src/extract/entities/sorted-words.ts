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
  // The last answer per slot of a small table keyed by the word's hash, asked before the search: the rules ask the
  // same few thousand words again and again (isPersonWord, isPersonNameWord: 3 of 4 of `has`'s samples), and a
  // search is ~17 steps that each step over a word's characters. A table of all the words' places would answer every
  // word in one probe, but making it cost ~14-30 ms of CPU at each process start (72k words: the small corpus's
  // start-up), for ~1% of a whole run.
  const asked: (string | null)[] = new Array(ANSWERS).fill(null);
  const answers = new Uint8Array(ANSWERS);
  return {
    has(word: string): boolean {
      let h = word.length;
      for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x9e3779b1);
      const slot = (h ^ (h >>> 15)) & (ANSWERS - 1);
      if (asked[slot] === word) return answers[slot] === 1;
      const found = search(joined, word);
      asked[slot] = word;
      answers[slot] = found ? 1 : 0;
      return found;
    },
  };
}

/**
 * Slots of a list's table of answers (a power of two). 4,096 left the rules' repeated words colliding, searched
 * again. In-process A/B of the whole pipeline (3,000 Reuters documents, rounds alternated per 50 documents, load
 * 15-18): CPU 0.974x (lower in 6 of 8 rounds; documents 1-3,000) and 0.975x (9 of 10; documents 6,001-9,000).
 * --cpu-prof at that load was too noisy to show `has`'s own share (4,000 documents twice: 273 -> 202 ms in one
 * pair; 126 and 278 ms against 129 and 116 ms in an A B B A). The table costs 0.3 ms per list to make at a
 * thread's start (two lists) and 320 KB each.
 */
const ANSWERS = 65536;

/** Whether `word` is one of the words of `joined`, searched by halves in the string itself. */
function search(joined: string, word: string): boolean {
  let lo = 0;
  let hi = joined.length;
  while (lo < hi) {
    // The word that holds the middle character (or ends just before it, at a space), as [start, end).
    // The word's ends are found by stepping over its characters: lastIndexOf and indexOf are calls into the
    // engine's runtime, and two of them per step made a look-up ~10 µs (a new word's facts: word-facts.ts).
    const middle = (lo + hi) >> 1;
    const at = joined.charCodeAt(middle) === 32 ? middle - 1 : middle;
    let start = at;
    while (start > 0 && joined.charCodeAt(start - 1) !== 32) start--;
    let end = at + 1;
    while (end < joined.length && joined.charCodeAt(end) !== 32) end++;
    // Compared in place, in code-unit order as `<` compares strings: no slice of the list per step.
    const order = compareAt(joined, start, end, word);
    if (order === 0) return true;
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return false;
}

/** Sign of joined.slice(start, end) compared with `word` in code-unit order, without the slice. */
export function compareAt(joined: string, start: number, end: number, word: string): number {
  const length = end - start;
  const common = Math.min(length, word.length);
  for (let i = 0; i < common; i++) {
    const diff = joined.charCodeAt(start + i) - word.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return length - word.length;
}
