#!/usr/bin/env node
"use strict";
// CommonJS (bin/package.json: see bundled-cli.js for why), so the run is an async function, not top-level await.
const { bundledCli } = require("./bundled-cli.js");

async function run() {
  // The bundle when the build made it and it is fresh (bundled-cli.js), else the compiled modules.
  const bundled = bundledCli(process.env.CORPUS_CLI_CODE_CACHE);
  const { main } = bundled ?? (await import("../dist/cli/main.js"));
  await main(process.argv, bundled?.stated);
  bundled?.end();
  // When nothing is left to run (the event loop is empty: every write done, every file, database and worker closed),
  // the process exits with its exit code at once, skipping Node's teardown of what it no longer needs (its heap freed
  // page by page, V8's queued background tasks run to their end, cleanup hooks, its threads joined). A warm run over
  // Reuters as .txt files (entities --json, the base build with and without this, 9 alternated pairs at load 20-23):
  // from the `exit` event to the end the shell saw, 338-740 ms (median 667) -> 244-520 ms (364); user+sys CPU
  // 0.70-0.76 s (median 0.73) -> 0.66-0.74 s (0.70).
  process.once("beforeExit", () => process.exit());
}

run();
