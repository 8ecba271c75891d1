// Loaded with NODE_OPTIONS=--require by tests/temp-root.test.ts: prints the temporary folder the CLI sees.
process.stderr.write(`tmpdir=${require("node:os").tmpdir()}\n`);
