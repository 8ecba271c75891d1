import { readFileSync } from "node:fs";

/**
 * The package's version, from its package.json (the package's own file, not input): `--version` prints it and
 * `--for-merge` writes it in its header. Both read the file themselves before.
 */
export const PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;
