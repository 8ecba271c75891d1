#!/usr/bin/env node
import { bundledCli } from "./bundled-cli.js";

// The bundle when the build made it and it is fresh (bundled-cli.js), else the compiled modules.
const bundled = bundledCli(process.env.CORPUS_CLI_CODE_CACHE);
const { main } = bundled ?? (await import("../dist/cli/main.js"));
await main(process.argv, bundled?.stated);
bundled?.end();
