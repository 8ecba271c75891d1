import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliAsync } from "./helpers/cli.js";

// tests/helpers/temp-root.ts gives a run of the suite one temporary folder, removed at its end; these rows fail
// if a test file or a CLI it spawns would write its temporary files anywhere else (the /tmp they once filled).
describe("the suite's temporary folder", () => {
  it("is the run's own folder in this test file", () => {
    expect(path.basename(tmpdir())).toMatch(/^corpus-cli-tests-/);
  });

  it("is inherited by a spawned CLI", async () => {
    const out = await runCliAsync(["--version"], {
      env: { NODE_OPTIONS: "--require=./tests/helpers/print-tmpdir.cjs" },
    });
    const seen = /tmpdir=(.*)/.exec(out.stderr)?.[1];
    expect(seen).toBe(tmpdir());
    expect(path.basename(seen ?? "")).toMatch(/^corpus-cli-tests-/);
  });
});
