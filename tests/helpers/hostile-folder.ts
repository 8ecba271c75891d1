import { createHash } from "node:crypto";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

/*
 * The folder of bad files that tests/e2e/hostile.test.ts runs the CLI on, and what those tests check
 * outputs with. Also the commands every hostile run covers (tests/e2e/stdin.test.ts reads them too).
 */

export const ESC = "\u001b";
export const RLO = "\u202e";

/** C0 controls other than newline, DEL and C1 controls, and the characters that reorder bidi text. */
const BIDI = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);
export function unsafeCharacters(text: string): string[] {
  return [...text].filter((ch) => {
    const code = ch.charCodeAt(0);
    return (code < 0x20 && code !== 10) || (code >= 0x7f && code <= 0x9f) || BIDI.has(code);
  });
}

export const NAMES = {
  good: "good.txt",
  nul: "nul.txt",
  cp1252: "cp1252.txt",
  empty: "empty.txt",
  noNewline: "no-newline.txt",
  inner: "x.txt/inner.txt",
  // ANSI colour, a bidi override and an OSC title sequence in a file name.
  escaped: `${ESC}[31mred${ESC}[0m-${RLO}txt.exe-${ESC}]0;title\u0007.txt`,
  binary: "binary.txt",
  badUtf8: "bad-utf8.txt",
  escapedBinary: `hostile-${ESC}[2Jbin${RLO}.txt`,
  loopA: "loop-a.txt",
  loopB: "loop-b.txt",
  unreadable: "unreadable.txt",
};
export const NUL_TEXT =
  "The minister said the \u0000 talks in Paris would continue on Monday. “We are ready,” said Tomas Okafor.\n";

export function writeHostileFolder(dir: string): void {
  const write = (name: string, data: string | Buffer) => writeFileSync(path.join(dir, name), data);
  write(
    NAMES.good,
    "date 2021-05-05\n“Prices will fall,” said Helen Brandt, the finance minister of Norway. Brandt spoke in Oslo.\n",
  );
  write(NAMES.nul, NUL_TEXT);
  write(
    NAMES.cp1252,
    Buffer.from("\x93We will win,\x94 said Maria Lindqvist in Paris. Caf\xe9 prices rose.\n", "latin1"),
  );
  write(NAMES.empty, "");
  write(NAMES.noNewline, "Anna Berg visited Kenya on Tuesday. She met the president");
  mkdirSync(path.join(dir, "x.txt"));
  write(NAMES.inner, "Jonas Weber arrived in Berlin.\n");
  write(
    NAMES.escaped,
    `date 2020-01-01\n“We ${ESC}[2J${ESC}]0;pwned\u0007will ${RLO}act now,” said Anna ${ESC}[31mBerg${ESC}[0m. ` +
      `Anna Berg met officials in Kenya, ${ESC}]8;;http://example.com${ESC}\\a link${ESC}]8;;${ESC}\\.\n`,
  );
  write(NAMES.binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)));
  // Invalid UTF-8 with bytes that Windows-1252 leaves undefined (0x81, 0x8d): neither encoding.
  write(
    NAMES.badUtf8,
    Buffer.from([0x43, 0x61, 0x66, 0xc3, 0x20, 0x81, 0x8d, 0x20, 0x73, 0x61, 0x69, 0x64, 0x0a]),
  );
  write(NAMES.escapedBinary, Buffer.alloc(600, 0));
  symlinkSync(NAMES.loopB, path.join(dir, NAMES.loopA));
  symlinkSync(NAMES.loopA, path.join(dir, NAMES.loopB));
  write(NAMES.unreadable, "Secret text said nobody.\n");
  chmodSync(path.join(dir, NAMES.unreadable), 0);
}

/** Every entry of the folder (symlinks not followed) with its size, mode, mtime and content hash. */
export function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const info = lstatSync(full);
      let hash = "";
      if (info.isFile() && info.mode & 0o444) {
        try {
          hash = createHash("sha256").update(readFileSync(full)).digest("hex");
        } catch {
          hash = "unreadable";
        }
      }
      out[path.relative(root, full)] = `${info.mode} ${info.size} ${info.mtimeMs} ${hash}`;
      if (info.isDirectory()) visit(full);
    }
  };
  visit(root);
  return out;
}

export const COMMANDS = [
  ["entities"],
  ["quotes", "--include-partial"],
  ["summary"],
  ["stats"],
  ["annotate"],
] as const;
