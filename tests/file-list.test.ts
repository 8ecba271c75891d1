import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FileList, type InputFile } from "../src/corpus/file-list.js";
import { FileIdentities, fileIdentity } from "../src/corpus/identity.js";
import { listInputs } from "../src/corpus/inputs.js";

/*
 * The compact list of a run's files (src/corpus/file-list.ts) and their identities as numbers
 * (src/corpus/identity.ts): each file read back must be the file put in, whatever its path, id and real
 * path share or not.
 */

const asGiven = (files: FileList): InputFile[] => [...files];

const segment = fc.stringMatching(/^[a-zA-Zé0-9 ._-]{1,8}$/);
const file = fc
  .record({
    folders: fc.array(segment, { maxLength: 3 }),
    name: segment,
    idFromPath: fc.boolean(),
    otherId: fc.string(),
    real: fc.constantFrom("same", "none", "other"),
  })
  .map(({ folders, name, idFromPath, otherId, real }): InputFile => {
    const where = [...folders, name].join("/");
    const result: InputFile = { path: where, id: idFromPath ? name : otherId };
    if (real === "same") result.realPath = `/root/${where}`;
    if (real === "other") result.realPath = `/elsewhere/${otherId}`;
    return result;
  });

describe("FileList", () => {
  it.each<[string, InputFile[]]>([
    [
      "files of one folder",
      [
        { path: "news/a.txt", id: "a.txt", realPath: "/srv/news/a.txt" },
        { path: "news/b.txt", id: "b.txt", realPath: "/srv/news/b.txt" },
      ],
    ],
    [
      "nested folders, ids below the root",
      [
        { path: "news/2019/a.txt", id: "2019/a.txt", realPath: "/srv/news/2019/a.txt" },
        { path: "news/2020/a.txt", id: "2020/a.txt", realPath: "/srv/news/2020/a.txt" },
      ],
    ],
    [
      "a symbolic link (no real path) beside a plain file",
      [
        { path: "news/link.txt", id: "link.txt" },
        { path: "news/plain.txt", id: "plain.txt", realPath: "/srv/news/plain.txt" },
      ],
    ],
    ["standard input", [{ path: "-", id: "-" }]],
    ["a file named on the command line, without a folder", [{ path: "notes.md", id: "notes.md" }]],
    [
      "an id that is not the path's name (made unique)",
      [
        { path: "a/001.txt", id: "001.txt#2" },
        { path: "b/001.txt", id: "b/001.txt" },
      ],
    ],
    ["a path ending in a slash (no name)", [{ path: "odd/", id: "odd" }]],
    [
      "names outside Latin-1",
      [
        { path: "новости/статья.txt", id: "статья.txt", realPath: "/srv/новости/статья.txt" },
        { path: "新闻/文章 😀.txt", id: "文章 😀.txt" },
      ],
    ],
    ["an empty list", []],
  ])("%s: read back as put in", (_, files) => {
    const list = FileList.of(files);
    expect(list.length).toBe(files.length);
    expect(asGiven(list)).toEqual(files);
    for (const [i, file] of files.entries()) expect(list.at(i)).toEqual(file);
    expect(list.at(files.length)).toBeUndefined();
    expect(list.at(-1)).toEqual(files.at(-1));
  });

  it("keeps one folder's prefix once for all its files (a folder number and a name each)", () => {
    const list = new FileList();
    const folder = list.folder("news/", "", "/srv/news/");
    for (let i = 0; i < 3000; i++) list.push(folder, `article-${i}.txt`);
    expect(list.at(2999)).toEqual({
      path: "news/article-2999.txt",
      id: "article-2999.txt",
      realPath: "/srv/news/article-2999.txt",
    });
    expect(list.allReal()).toBe(true);
  });

  it("gives a file another id without changing the others", () => {
    const list = FileList.of([
      { path: "a/x.txt", id: "x.txt" },
      { path: "b/x.txt", id: "x.txt" },
    ]);
    list.setId(1, "b/x.txt");
    expect(list.map((f) => f.id)).toEqual(["x.txt", "b/x.txt"]);
  });

  it.each<[string, InputFile[], string[]]>([
    [
      "files of one folder",
      [
        { path: "news/a.txt", id: "a.txt", realPath: "/srv/news/a.txt" },
        { path: "news/2020/b.csv", id: "2020/b.csv", realPath: "/srv/news/2020/b.csv" },
      ],
      ["news/ a.txt", "news/2020/ b.csv"],
    ],
    ["standard input: no folder, the name -", [{ path: "-", id: "-" }], [" -"]],
    ["a file named -, in a folder", [{ path: "news/-", id: "-", realPath: "/srv/news/-" }], ["news/ -"]],
    ["a file named on the command line", [{ path: "notes.md", id: "notes.md" }], [" notes.md"]],
    ["a file kept whole (an id made unique)", [{ path: "a/001.txt", id: "001.txt#2" }], ["a/ 001.txt"]],
    ["a path ending in a slash", [{ path: "odd/", id: "odd" }], ["odd/ "]],
  ])("somePath gives each path as its folder's part and its name: %s", (_, files, parts) => {
    const seen: string[] = [];
    const found = FileList.of(files).somePath((folder, name) => {
      seen.push(`${folder} ${name}`);
      return false;
    });
    expect(found).toBe(false);
    expect(seen).toEqual(parts);
  });

  it("somePath stops at the first path the test takes", () => {
    const list = FileList.of([
      { path: "news/a.txt", id: "a.txt" },
      { path: "news/b.jsonl", id: "b.jsonl" },
      { path: "news/c.txt", id: "c.txt" },
    ]);
    const asked: string[] = [];
    expect(list.somePath((_, name) => asked.push(name) > 0 && name.endsWith(".jsonl"))).toBe(true);
    expect(asked).toEqual(["a.txt", "b.jsonl"]);
  });

  it("reads back any list of files as put in, in order (property)", () => {
    fc.assert(
      fc.property(fc.array(file, { maxLength: 60 }), fc.nat(), (files, changed) => {
        const list = FileList.of(files);
        expect(asGiven(list)).toEqual(files);
        expect(files.map((_, i) => list.pathAt(i))).toEqual(files.map((f) => f.path));
        // Each path in two parts, as somePath gives them: a name without "/", after its folder's part.
        const parts: [string, string][] = [];
        list.somePath((folder, name) => parts.push([folder, name]) < 0);
        expect(parts.map(([folder, name]) => folder + name)).toEqual(files.map((f) => f.path));
        expect(parts.every(([, name]) => !name.includes("/"))).toBe(true);
        if (files.length > 0) {
          // Ids changed after listing (corpus/inputs.ts makeIdsUnique) are read back too.
          const at = changed % files.length;
          list.setId(at, `renamed-${at}`);
          expect(list.at(at)).toEqual({ ...files[at], id: `renamed-${at}` });
        }
      }),
    );
  });
});

/** The digest of what `describe` gives of a list (as the corpus key hashes it: cli/memo.ts). */
function described(list: FileList): string {
  const hash = createHash("sha256");
  list.describe((part) => hash.update(part));
  return hash.digest("hex");
}

/** What a file's part of the corpus key must tell apart: its path, its id and the path its identity names. */
const identified = (files: InputFile[]): string =>
  JSON.stringify(files.map((f) => [f.path, f.id, f.realPath ?? path.resolve(f.path)]));

describe("FileList.describe: the list as it is held, for the corpus key", () => {
  const a = { path: "news/a.txt", id: "a.txt", realPath: "/srv/news/a.txt" };
  const b = { path: "news/b.txt", id: "b.txt", realPath: "/srv/news/b.txt" };
  it.each<[string, InputFile[], InputFile[]]>([
    ["another order", [a, b], [b, a]],
    ["a file more", [a], [a, b]],
    ["another real path", [a], [{ ...a, realPath: "/srv/elsewhere/a.txt" }]],
    ["a real path against none (a link)", [a], [{ path: a.path, id: a.id }]],
    ["another id (made unique)", [a, b], [a, { ...b, id: "b.txt#2" }]],
    [
      "names split elsewhere",
      [a, b],
      [{ ...a, path: "news/a.txtb", id: "a.txtb", realPath: "/srv/news/a.txtb" }],
    ],
    [
      "a name outside the BMP against another",
      [{ path: "x/\u{1F600}.txt", id: "\u{1F600}.txt" }],
      [{ path: "x/\u{1F601}.txt", id: "\u{1F601}.txt" }],
    ],
  ])("tells lists apart: %s", (_, one, other) => {
    expect(described(FileList.of(one))).not.toBe(described(FileList.of(other)));
  });

  it("gives a name longer than one stretch whole, split between the halves of no character", () => {
    // 64 Ki characters a stretch: after one letter, the 32,768th of these characters is cut there if split blindly
    // (each half alone encodes as U+FFFD), and the two names differ in that one only.
    const around = "\u{1F600}".repeat(32_767);
    const long = `a${around}\u{1F600}${around}`;
    const other = `a${around}\u{1F601}${around}`;
    const one = FileList.of([{ path: `x/${long}`, id: long }]);
    expect(described(one)).not.toBe(described(FileList.of([{ path: `x/${other}`, id: other }])));
    expect(described(one)).toBe(described(FileList.of([{ path: `x/${long}`, id: long }])));
  });

  it("gives the same parts exactly for the same files, whatever the lists (property)", () => {
    fc.assert(
      fc.property(
        fc.array(file, { maxLength: 8 }),
        fc.array(file, { maxLength: 8 }),
        fc.boolean(),
        (one, two, same) => {
          const other = same ? one.map((f) => ({ ...f })) : two;
          const equal = identified(one) === identified(other);
          expect(described(FileList.of(one)) === described(FileList.of(other))).toBe(equal);
        },
      ),
    );
  });
});

describe("FileList.namesMayMatch", () => {
  it.each<[string, InputFile[], boolean]>([
    ["text files only", [{ path: "news/a.txt", id: "a.txt", realPath: "/srv/news/a.txt" }], false],
    [
      "a records file among them",
      [
        { path: "news/a.txt", id: "a.txt" },
        { path: "news/b.CSV.gz", id: "b.CSV.gz" },
      ],
      true,
    ],
    ["standard input (no folder: tested whole)", [{ path: "-", id: "-" }], true],
    ["a file named on the command line", [{ path: "notes.txt", id: "notes.txt" }], true],
    ["a file kept whole", [{ path: "a/001.txt", id: "001.txt#2" }], true],
    ["an empty list", [], false],
  ])("%s", (_, files, may) => {
    expect(FileList.of(files).namesMayMatch(/\.csv/i)).toBe(may);
  });
});

describe("FileIdentities", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-identities-"));
  mkdirSync(path.join(dir, "sub"));
  writeFileSync(path.join(dir, "a.txt"), "First.");
  writeFileSync(path.join(dir, "sub", "b.txt"), "Second, longer.");
  // A link to a file outside the folder (one to a file inside it is that file, listed once).
  const outside = mkdtempSync(path.join(tmpdir(), "corpus-cli-identities-target-"));
  writeFileSync(path.join(outside, "target.txt"), "Third.");
  symlinkSync(path.join(outside, "target.txt"), path.join(dir, "link.txt"));

  it("states every file listed as fileIdentity does, one at a time", async () => {
    const { files } = await listInputs([dir], { extensions: [".txt"] });
    expect(files.map((f) => f.id)).toEqual(["a.txt", "link.txt", "sub/b.txt"]);
    const identities = FileIdentities.of(files);
    expect(identities.length).toBe(files.length);
    for (const [i, f] of [...files].entries()) expect(identities.at(i)).toEqual(fileIdentity(f));
    // The link's identity is its own path's (not its target's), as one stated alone.
    expect(identities.at(1)?.path).toBe(path.join(dir, "link.txt"));
  });

  it.each<[string, InputFile, boolean]>([
    ["a file", { path: "a.txt", id: "a.txt" }, true],
    ["standard input", { path: "-", id: "-" }, false],
    ["a file that is not there", { path: "gone.txt", id: "gone.txt" }, false],
    ["a folder", { path: "sub", id: "sub" }, false],
  ])("%s: stated %s", (_, given, stated) => {
    const at = given.path === "-" ? given : { ...given, path: path.join(dir, given.path) };
    const identities = FileIdentities.of(FileList.of([at]));
    expect(identities.all()).toBe(stated);
    expect(identities.at(0)).toEqual(fileIdentity(at));
  });

  it("keeps identities given as objects (their numbers in the order the corpus key hashes them)", () => {
    const given = [
      { path: "/c/a.txt", size: 3, mtimeMs: 1.5, ctimeMs: 2.25, ino: 7 },
      { path: "/c/b.txt", size: 0, mtimeMs: 10, ctimeMs: 11, ino: 2 ** 40 },
    ];
    const identities = FileIdentities.from(given);
    expect([identities.at(0), identities.at(1)]).toEqual(given);
    expect([...identities.numbers]).toEqual([3, 1.5, 2.25, 7, 0, 10, 11, 2 ** 40]);
  });
});
