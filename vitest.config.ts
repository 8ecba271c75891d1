import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    pool: "forks",
    setupFiles: ["tests/helpers/yield-to-runner.ts"],
  },
});
