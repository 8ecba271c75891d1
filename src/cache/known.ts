/**
 * The stored annotations of files all known unchanged (each in the file index, as getByIdentity finds
 * them), read in one statement in the files' order: what `annotate` prints for a corpus none of whose
 * files changed (see cli/stored-records.ts). One statement crosses into SQLite once, where a lookup per
 * file crossed 19,779 times and went through the pipeline's steps for each (measured below, in the
 * commit that added it).
 */

import type { Statement } from "better-sqlite3";
import type { FileIdentities } from "../corpus/index.js";
import type { Db } from "./database.js";
import { RACY_MS } from "./file-index.js";

/**
 * The files at the paths of a JSON array (@paths) in the file index of @variant, with their results.
 * CROSS JOIN keeps json_each the outer loop, so that rows come in the files' order without a sort. The
 * identities are compared in JavaScript: extracting five members of a JSON array per file in SQL took
 * 70-90 ms over the 19,779 Reuters files, a join on paths alone 30 ms.
 */
const FROM = `FROM json_each(@paths) AS j
  CROSS JOIN files AS f ON f.path = j.value AND f.variant = @variant
  CROSS JOIN results AS r ON r.rowid = f.result AND r.content = f.content AND r.variant = f.variant`;

/**
 * Each file's stored annotation (`joined`: the SQL of its pieces joined, see parts.ts) with its place in
 * `identities`, in that order; false, having given nothing, unless every file has a trusted entry (as
 * getByIdentity finds it: same identity, changed well before it was read). Both statements run in one
 * read transaction, so that they agree whatever another run writes meanwhile.
 */
export function knownAnnotations(
  db: Db,
  variant: string,
  joined: string,
  identities: FileIdentities,
  each: (index: number, annotation: string) => void,
): boolean {
  const paths = Array.from({ length: identities.length }, (_, i) => identities.pathAt(i));
  const params = { paths: JSON.stringify(paths), variant };
  const entries = db.prepare(`SELECT j.key, f.size, f.mtime, f.ctime, f.ino, f.checked ${FROM}`).raw();
  const rows = db.prepare(`SELECT j.key, ${joined} ${FROM}`).raw();
  return db.transaction(() => {
    if (!allTrusted(entries, params, identities)) return false;
    let expected = 0;
    for (const [key, annotation] of rows.iterate(params) as IterableIterator<[number, string]>) {
      // The entries above held every file once, in order: anything else is a bug of this query.
      if (key !== expected) throw new Error(`stored annotations out of order at file ${expected}`);
      each(expected, annotation);
      expected += 1;
    }
    return true;
  })();
}

/** Whether every file has a trusted entry in the index, with a result (the first pass of the above). */
function allTrusted(
  entries: Statement,
  params: { paths: string; variant: string },
  identities: FileIdentities,
): boolean {
  const { numbers } = identities;
  let count = 0;
  for (const [key, size, mtime, ctime, ino, checked] of entries.iterate(params) as IterableIterator<
    number[]
  >) {
    const at = (key as number) * 4;
    const trusted =
      key === count &&
      numbers[at] === size &&
      numbers[at + 1] === mtime &&
      numbers[at + 2] === ctime &&
      numbers[at + 3] === ino &&
      Math.max(numbers[at + 1] as number, numbers[at + 2] as number) <= (checked as number) - RACY_MS;
    if (!trusted) return false;
    count += 1;
  }
  return count === identities.length;
}
