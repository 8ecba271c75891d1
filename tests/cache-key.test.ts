import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pipelineFingerprint, programFingerprint, resultModules } from "../src/cache/key.js";
import { ROOT } from "./helpers/cli.js";

/*
 * The cache fingerprint covers exactly the code a document's result depends on: the modules the
 * per-document pipeline imports, wherever they live, and nothing that only presents or stores results.
 */
const SRC = path.join(ROOT, "src");
const relative = (files: string[]) => files.map((f) => path.relative(SRC, f));

describe("resultModules (the code a document's result depends on)", () => {
  const modules = relative(resultModules(SRC));

  it.each([
    "pipeline/annotate.ts",
    "pipeline/packed.ts",
    "corpus/read.ts",
    "corpus/header.ts",
    "corpus/decode.ts",
    "extract/quotes/marks.ts",
    "lexicon/quote-marks.ts",
    "text/split.ts",
    "aggregate/terms.ts",
  ])("includes %s", (module) => {
    expect(modules).toContain(module);
  });

  it.each(["cli/", "commands/", "format/", "merge/", "shard/"])("includes nothing under %s", (folder) => {
    expect(modules.filter((m) => m.startsWith(folder))).toEqual([]);
  });
});

describe("pipelineFingerprint", () => {
  /** A copy of the source tree to change: the fingerprint of the copy before and after. */
  function change(edit: (root: string) => void): { before: string; after: string } {
    const root = mkdtempSync(path.join(tmpdir(), "corpus-cli-key-"));
    cpSync(SRC, root, { recursive: true });
    const before = pipelineFingerprint({}, root);
    edit(root);
    return { before, after: pipelineFingerprint({}, root) };
  }

  it("changes when a module the pipeline imports changes", () => {
    const { before, after } = change((root) =>
      appendFileSync(path.join(root, "lexicon/quote-marks.ts"), "\n// x\n"),
    );
    expect(after).not.toBe(before);
  });

  it("does not change when only presentation code changes", () => {
    const { before, after } = change((root) => {
      appendFileSync(path.join(root, "format/printer.ts"), "\n// x\n");
      appendFileSync(path.join(root, "cli/main.ts"), "\n// x\n");
    });
    expect(after).toBe(before);
  });

  it("covers per-document code moved into a folder of presentation code, once the pipeline imports it", () => {
    const marks = (root: string) => path.join(root, "extract/quotes/marks.ts");
    const moved = (root: string) => path.join(root, "cli/quote-rule.ts");
    const root = mkdtempSync(path.join(tmpdir(), "corpus-cli-key-"));
    cpSync(SRC, root, { recursive: true });
    writeFileSync(moved(root), "export const RULE = 1;\n");
    writeFileSync(
      marks(root),
      `import { RULE } from "../../cli/quote-rule.js";\n${readFileSync(marks(root), "utf8")}`,
    );
    const first = pipelineFingerprint({}, root);
    writeFileSync(moved(root), "export const RULE = 2;\n");
    expect(pipelineFingerprint({}, root)).not.toBe(first);
  });

  describe("the models beside the package", () => {
    /** A package with the source tree and one model file: its root. */
    function packageWithModel(): string {
      const root = mkdtempSync(path.join(tmpdir(), "corpus-cli-key-"));
      writeFileSync(path.join(root, "package.json"), '{"name":"p"}\n');
      cpSync(SRC, path.join(root, "src"), { recursive: true });
      mkdirSync(path.join(root, "models"));
      writeFileSync(path.join(root, "models/ner.json"), '{"w":[1]}\n');
      return root;
    }

    it.each([
      ["a model's bytes change", "models/ner.json", '{"w":[2]}\n', true],
      ["a model is added", "models/other.json", "{}\n", true],
      [
        "a pack made from the models is written (derived, and it holds modification times)",
        "models/ner.pack",
        "x",
        false,
      ],
    ])("when %s: changed %s", (_what, file, text, changes) => {
      const root = packageWithModel();
      const before = pipelineFingerprint({}, path.join(root, "src"));
      writeFileSync(path.join(root, file), text);
      expect(pipelineFingerprint({}, path.join(root, "src")) !== before).toBe(changes);
    });
  });

  it("changes with the options", () => {
    expect(pipelineFingerprint({ summarySentences: 2 }, SRC)).not.toBe(
      pipelineFingerprint({ summarySentences: 3 }, SRC),
    );
  });
});

describe("programFingerprint (the key of corpus-level results)", () => {
  it.each(["format/printer.ts", "commands/entities.ts", "aggregate/entities.ts", "format/views/quotes.ts"])(
    "changes when %s changes, as every output does with it",
    (module) => {
      const root = mkdtempSync(path.join(tmpdir(), "corpus-cli-key-"));
      cpSync(SRC, root, { recursive: true });
      const before = programFingerprint("p", root);
      appendFileSync(path.join(root, module), "\n// x\n");
      expect(programFingerprint("p", root)).not.toBe(before);
    },
  );

  it("changes with the pipeline fingerprint (per-document code, models, options)", () => {
    expect(programFingerprint("a", SRC)).not.toBe(programFingerprint("b", SRC));
  });
});
