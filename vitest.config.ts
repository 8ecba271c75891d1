import { defineConfig } from "vitest/config";

/*
 * A test's and a hook's time limit. Most tests take milliseconds; the ones that spawn the built CLI take what the
 * machine's load gives them, and CI machines are loaded: at a load of 18-24 on two cores (eight engineers' runs,
 * session 26) one small spawn took 3-6 s, and ten tests of six to twelve spawns took 30.4-65.5 s (e2e/inputs
 * "--shard slices", nine of merge.test's), failing at the former 30 s limit though every check passed.
 * A limit only bounds a hang, no test asserts a wall time (helpers/cpu-time.ts; a spawnSync blocks the clock, see
 * helpers/cli.ts SPAWN_TIMEOUT_MS). A test that needs more sets its own, never less.
 */
const LOADED_MACHINE_MS = 180_000;

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: LOADED_MACHINE_MS,
    hookTimeout: LOADED_MACHINE_MS,
    pool: "forks",
    globalSetup: ["tests/helpers/temp-root.ts"],
    setupFiles: ["tests/helpers/yield-to-runner.ts", "tests/helpers/property-seed.ts"],
  },
});
