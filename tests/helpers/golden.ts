import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { ROOT } from "./cli.js";

/**
 * Compares output with tests/golden/NAME. The files are written only on purpose, with UPDATE_GOLDEN=1, so
 * that every change in output shows up as a reviewed diff; a missing file fails, on every machine.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(ROOT, "tests/golden", name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(
      `golden file tests/golden/${name} is missing; run UPDATE_GOLDEN=1 npm test and review it`,
    );
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}
