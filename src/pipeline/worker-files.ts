/**
 * The files the pool's workers (piscina) and the two stages' worker (task-thread.ts) run: the compiled modules
 * beside this one. The bundle's build (scripts/bundle-cli.ts) puts in its place the bundle's own worker entries (dist/bundle/*-worker.mjs), so that
 * a bundled run's workers load the bundle with its code cache, not ~150 modules one by one.
 */
import { fileURLToPath } from "node:url";

/** A whole-pipeline worker (worker.ts). */
export const WORKER_FILE = fileURLToPath(new URL("./worker.js", import.meta.url));
/** The first of two stages (extract-worker.ts). */
export const EXTRACT_WORKER_FILE = fileURLToPath(new URL("./extract-worker.js", import.meta.url));
