/**
 * A quick test that rules out most tokens before a look-up of their text in a word list: is the token's first
 * character one that some word of the list starts with? A look-up hashes the token's text and probes a
 * table; most tokens fail this test on one character (sentence splitting looked up every token in its list of
 * terminal punctuation marks).
 */
export function firstCharTest(words: Iterable<string>): (text: string) => boolean {
  const ascii = new Uint8Array(128);
  const other = new Set<number>();
  for (const word of words) {
    const code = word.charCodeAt(0);
    if (code < 128) ascii[code] = 1;
    else other.add(code);
  }
  return (text) => {
    const code = text.charCodeAt(0);
    return code < 128 ? ascii[code] === 1 : other.has(code);
  };
}
