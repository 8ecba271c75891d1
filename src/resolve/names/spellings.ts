/**
 * One person written two ways in one document: a middle initial with and without its full stop ("George W. Harlan",
 * "George W Harlan"), a given name with a doubled letter once and once not ("Phillip"/"Philip", "Marianne"/"Mariane")
 * before the same surname, a surname with and without its hyphen ("Waley-Cohen"). Session 14 FIT sample: 2 such
 * duplicates of 301 people. A two-word name written later in the other order ("Haddad Omar" after "Omar Haddad": a
 * police notice or a list that puts the family name first) is the same person too, unless both words are first names.
 * Session 16 FIT sample (seed 20261661): one suspect listed twice that way. Part of the per-document naming
 * (index.ts).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import type { Mention } from "../../types.js";

/** An initial's full stop between words ("w." of "george w. harlan"). */
const INITIAL_STOP = /(^|\s)(\p{L})\.(?=\s)/gu;
/** A doubled letter. */
const DOUBLED = /(\p{L})\1/gu;

/** A hyphen between letters: "waley-cohen" and "waley cohen" are one surname written two ways. */
const HYPHEN = /(\p{L})-(?=\p{L})/gu;

/**
 * The key with its initials' full stops dropped, its hyphens made spaces and its doubled letters made single. Hyphens: "Mr Waley Cohen" beside "Sam Waley-Cohen" (a CNN/DailyMail dev story, session 32) was a second
 * person.
 */
function spellingShape(key: string): string {
  const words = key.replace(INITIAL_STOP, "$1$2").replace(HYPHEN, "$1 ").split(" ");
  // The surname's too, once a given name is there to match: "Zara Philipps" beside "Zara Phillips" (a CNN/DailyMail
  // dev story, session 37) was a second person.
  for (let i = 0; i < words.length; i++) words[i] = (words[i] as string).replace(DOUBLED, "$1");
  return words.join(" ");
}

/**
 * The key seen before for a two-word key's words in the other order ("haddad omar" for "omar haddad"), when the
 * name seen before reads only one way: its last word is no known first name. Where both words are first names
 * ("Scott Thomas" and "Thomas Scott", "Dana Lowell" and "Lowell Dana") the two orders are as likely two people
 * as one listed family name first, and stay apart.
 */
function reversedTwoWords(key: string, byShape: ReadonlyMap<string, string>): string | undefined {
  const space = key.indexOf(" ");
  if (key.indexOf(" ", space + 1) >= 0) return undefined;
  const known = byShape.get(spellingShape(`${key.slice(space + 1)} ${key.slice(0, space)}`));
  return known === undefined || isKnownFirstName(key.slice(0, space)) ? undefined : known;
}

/**
 * Of the document's person keys (lower case, text order), each full name written as another one earlier was →
 * that one; null when none (most documents). The surname must be the same but for a doubled letter, or a two-word
 * name the same two words in the other order.
 */
export function spellingVariants(keys: Iterable<string>): Map<string, string> | null {
  let found: Map<string, string> | null = null;
  const byShape = new Map<string, string>();
  const all = [...keys];
  for (const key of all) {
    if (!key.includes(" ")) continue;
    const shape = spellingShape(key);
    const known = byShape.get(shape) ?? reversedTwoWords(key, byShape);
    if (known === undefined) byShape.set(shape, key);
    // (Not a name that ends a longer one as written: "Abu Laban" of "Osman Abu Laban" is Osman's, though "Salah
    // Abu-Laban" writes the surname with its hyphen: a PolNeAR train story.)
    else if (known !== key && !(!known.includes(" ") && endsAnother(key, all))) {
      found ??= new Map();
      found.set(key, known);
    }
    // A full name's hyphened surname stands for its spaced spelling: "Mr Waley Cohen" is Sam Waley-Cohen's.
    const surname = key.slice(key.lastIndexOf(" ") + 1);
    if (surname.includes("-") && !byShape.has(spellingShape(surname)))
      byShape.set(spellingShape(surname), surname);
  }
  return found;
}

/** Whether some other key ends with `key` after a space ("osman abu laban" for "abu laban"). */
function endsAnother(key: string, keys: readonly string[]): boolean {
  const tail = ` ${key}`;
  return keys.some((other) => other.endsWith(tail));
}

/**
 * A name with its full stops dropped and its spaces made single ("Acme Inc." and "Acme Inc", "St. Louis" and
 * "St Louis", "U.N. Security Council" and "UN Security Council", a line break inside a name): the shape under
 * which two spellings of one name of one type are one name, in a document (withOneSpelling) and over the corpus
 * (aggregate/entities.ts). Reuters bench (`entities`): 238 names had two such entries of one type.
 */
export function stopsShape(name: string): string {
  return name.replace(/\./g, "").replace(/\s+/g, " ").trim();
}

/** Whether stopsShape can change the name (most names: no full stop, single spaces). */
function hasStopsOrSpaces(name: string): boolean {
  return name.includes(".") || isRaggedlySpaced(name) || /^\s|\s$/.test(name);
}

/** A name with a line break or a run of spaces in it ("West\nGermany", a wire's line wrapped inside it). */
function isRaggedlySpaced(name: string): boolean {
  return /\s\s|[^\S ]/.test(name);
}

/**
 * Whether `thing` spells its name better than `known`: single-spaced before broken over a line (a name the
 * wire wrapped is no name to list), then more counted. Reuters bench: of 30 documents read that the per-document
 * use changed, 9 named the entity by its wrapped spelling ("West\nGermany") without this preference.
 */
function betterSpelled<T>(
  thing: T,
  known: T,
  nameOf: (thing: T) => string,
  countOf: (thing: T) => number,
): boolean {
  const ragged = isRaggedlySpaced(nameOf(thing));
  if (ragged !== isRaggedlySpaced(nameOf(known))) return !ragged;
  return countOf(thing) > countOf(known);
}

/**
 * The one spelling rule of the document and of the corpus: of named things (in the order met), each name's
 * spelling under stopsShape for its type is the single-spaced spelling most counted, the first met on a tie. Returns the
 * shape's key ("<type>\0<shape>", as resolve/entities.ts' entityKey of the shape) → that thing.
 */
export function spellingsByShape<T>(
  things: Iterable<T>,
  typeOf: (thing: T) => string,
  nameOf: (thing: T) => string,
  countOf: (thing: T) => number,
): Map<string, T> {
  const spelled = new Map<string, T>();
  for (const thing of things) {
    const shape = `${typeOf(thing)}\u0000${stopsShape(nameOf(thing))}`;
    const known = spelled.get(shape);
    if (known === undefined || betterSpelled(thing, known, nameOf, countOf)) spelled.set(shape, thing);
  }
  return spelled;
}

/**
 * A document's mentions of one name written with and without its full stops ("Acme Corp." and later "Acme
 * Corp", "U.N. Security Council" and "UN Security Council") take one `entity`: the spelling of most mentions,
 * the first written on a tie, by the rule the corpus's entities use (spellingsByShape). Before, the document
 * listed two entities that the corpus then joined. In place; after the naming passes (index.ts). Demonyms
 * name their country and are left.
 */
export function withOneSpelling(mentions: readonly Mention[]): void {
  // Most documents have no name a full stop or a run of spaces can change: nothing is counted.
  if (!mentions.some((m) => m.type !== "demonym" && hasStopsOrSpaces(m.entity))) return;
  const counted = new Map<string, { type: string; name: string; count: number }>();
  for (const m of mentions) {
    if (m.type === "demonym") continue;
    const key = `${m.type}\u0000${m.entity}`;
    const known = counted.get(key);
    if (known === undefined) counted.set(key, { type: m.type, name: m.entity, count: 1 });
    else known.count++;
  }
  const spelled = spellingsByShape(
    counted.values(),
    (c) => c.type,
    (c) => c.name,
    (c) => c.count,
  );
  if (spelled.size === counted.size) return;
  for (const m of mentions) {
    if (m.type === "demonym") continue;
    const chosen = spelled.get(`${m.type}\u0000${stopsShape(m.entity)}`);
    if (chosen !== undefined) m.entity = chosen.name;
  }
}
