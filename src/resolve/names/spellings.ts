/**
 * One person written two ways in one document: a middle initial with and without its full stop ("George W.
 * Harlan", "George W Harlan"), a given name with a doubled letter once and once not ("Phillip"/"Philip",
 * "Marianne"/"Mariane") before the same surname. Session 14 FIT sample: 2 such duplicates of 301 people. A
 * two-word name written later in the other order ("Harlan George" after "George Harlan": a police notice or a
 * list that puts the family name first) is the same person too. Session 16 FIT sample (seed 20261661): one
 * suspect listed twice that way. Part of the per-document naming (index.ts).
 */

/** An initial's full stop between words ("w." of "george w. harlan"). */
const INITIAL_STOP = /(^|\s)(\p{L})\.(?=\s)/gu;
/** A doubled letter. */
const DOUBLED = /(\p{L})\1/gu;

/** The key with its initials' full stops dropped and the given names' doubled letters made single. */
function spellingShape(key: string): string {
  const words = key.replace(INITIAL_STOP, "$1$2").split(" ");
  for (let i = 0; i < words.length - 1; i++) words[i] = (words[i] as string).replace(DOUBLED, "$1");
  return words.join(" ");
}

/** The key seen before for a two-word key's words in the other order ("harlan george" for "george harlan"). */
function reversedTwoWords(key: string, byShape: ReadonlyMap<string, string>): string | undefined {
  const space = key.indexOf(" ");
  if (key.indexOf(" ", space + 1) >= 0) return undefined;
  return byShape.get(spellingShape(`${key.slice(space + 1)} ${key.slice(0, space)}`));
}

/**
 * Of the document's person keys (lower case, text order), each full name written as another one earlier was →
 * that one; null when none (most documents). The surname must be the same, letter for letter, or a two-word name
 * the same two words in the other order.
 */
export function spellingVariants(keys: Iterable<string>): Map<string, string> | null {
  let found: Map<string, string> | null = null;
  const byShape = new Map<string, string>();
  for (const key of keys) {
    if (!key.includes(" ")) continue;
    const shape = spellingShape(key);
    const known = byShape.get(shape) ?? reversedTwoWords(key, byShape);
    if (known === undefined) byShape.set(shape, key);
    else if (known !== key) {
      found ??= new Map();
      found.set(key, known);
    }
  }
  return found;
}

/**
 * A name with its full stops dropped and its spaces made single ("Acme Inc." and "Acme Inc", "St. Louis" and
 * "St Louis", "U.N. Security Council" and "UN Security Council", a line break inside a name): the shape under
 * which the corpus's entities take two spellings of one name as one (aggregate/entities.ts). Reuters bench
 * (`entities`): 238 names had two such entries of one type.
 */
export function stopsShape(name: string): string {
  return name.replace(/\./g, "").replace(/\s+/g, " ").trim();
}
