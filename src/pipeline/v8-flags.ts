/**
 * The V8 flags a run sets (run.ts), each measured below. V8's flags are the process's: a worker started after
 * they are set runs under them, and a code cache made under other flags is rejected, so the bundle's build
 * (scripts/bundle-cli.ts) makes its code cache once for each set of flags a worker may start under
 * (WORKER_FLAG_SETS).
 */

/**
 * How far V8 lets a heap grow past its live data before a full collection, in percent (V8 picks up to
 * 300% for a thread that allocates fast, as this one does with a cache: documents read, results stored).
 * The live data of a run stays flat in corpus size, but the heap grew with the run's length, not its data:
 * summary --json cold over 3 copies of the 19,779 Reuters documents peaked at 638 MB against 437 MB over
 * one copy. With 50%: 462 MB against 384 MB. It costs CPU in the workers: annotate --jsonl --no-cache --jobs 2
 * on a quiet machine took 14.8 s of CPU against 13.9 s without it (mean of 4 alternated runs each; wall
 * 7.9 s against 7.4 s). Flat memory is worth that here. The flag is the process's (every thread's heap),
 * read at each collection: set when a run starts, and only when it has a cache. Without one the heap stays
 * flat without the flag: annotate --jsonl --no-cache --jobs 2, peak RSS 274-313 MB over the 19,779 Reuters
 * files and 332 MB over three copies of them (1.06x), against 251-259 MB with the flag; the collector's CPU
 * on V8's helper threads 0.47, 0.59, 0.60 s against 0.85, 0.88, 0.94 s with it (perf task-clock, alternated,
 * load 13-20; all threads 23.56, 22.79, 26.18 s against 25.70, 26.07, 26.19 s: the host's speed moved more).
 */
const HEAP_GROWING_PERCENT = 50;
export const HEAP_FLAG = `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;

/**
 * How much a function runs before V8 optimizes it (its interrupt budget, in bytecode executed): 8x V8's
 * default. At the default, the pipeline's rule functions were optimized before they had run their rarer paths,
 * thrown away when they met one ("insufficient type feedback") and compiled again: over the 19,779 Reuters
 * files with --jobs 2, 895 TurboFan compiles (56% of their time spent recompiling), 162 deopts, and V8's
 * compiler threads took ~17% of the run's CPU (perf; 4x: 550 compiles, 82 deopts, ~10%). annotate --jsonl
 * --no-cache --jobs 1, user+sys CPU, alternated, load 15-19: 1,500 documents 3.23-3.30 s (4 runs) against
 * 2.43-2.57 s at 8x and 2.59-2.94 s at 4x; the full corpus within noise (median 19.35 s against 19.6 s at 8x,
 * 4 runs each; --jobs 2: 16.6-19.3 s against 16.9-18.6 s), the compiling saved being a cost paid once per run.
 * The flag is the process's (every thread's): set at the first cache miss, so that a run served from the cache
 * keeps V8's default; with two stages, once their worker has loaded (PoolChoice.setFlags in pool-decision.ts:
 * a worker booting under a changed flag compiles Node's internal modules from source), so that worker reads the
 * code cache made without flags; a pool's workers start after it.
 *
 * Other flags for a small corpus, measured (session 17) with the budget's own hook, so set at the same moment:
 * the 1,500 bench documents, annotate --jsonl --no-cache --jobs 2 (two stages), user+sys CPU, 3 alternated runs each
 * beside this flag alone (2.33-2.55 s at load 11-19; 2.64-2.86 s at load 19-21). None costs less: --maglev (V8
 * 11.3's, off by default) 2.39-2.48 s, --always-sparkplug 2.35-2.69, --no-lazy-feedback-allocation 2.46-2.71,
 * --max-lazy 2.48-2.57, a 16x budget 2.76-2.85 and 32x 2.91-2.99; --single-threaded-gc set while a run is under
 * way stops V8 (a failed check in concurrent marking). Nor a larger young generation: the extract stage alone in one
 * thread, its first 1,500 documents, 1.34-1.38 s of CPU against 1.44-1.55 s with --min-semi-space-size=16 and
 * 1.40-1.49 s with 8 (max 32). Where a small corpus's extra CPU goes (that stage in one thread, 3 runs): its first
 * 1,500 documents 1.34-1.49 s, 1,500 more it never saw 0.58-0.82 s (words seen for the first time), the same
 * documents again 0.33-0.42 s: about 0.7 s is the code's warm-up (its tiers before TurboFan), 0.25 s new words.
 * Session 21, the same documents, user+sys CPU, 6 alternated pairs at load 13-17: --regexp-tier-up-ticks=10 beside
 * these flags (V8 compiles a regexp to native code at its second run: 372 of the 398 regexps a --jobs 1 run ran)
 * --jobs 1 2.21-2.44 s (median 2.31) against 2.25-2.53 (2.40), --jobs 2 2.42-2.52 (2.50) against 2.38-2.70 (2.50):
 * not kept, the gain being within noise and small at best (the native compiles of the 292 regexps with \p{…}, run
 * alone, took ~15 ms). GC flags given at the process's start (they leave the code cache's tag as it is), --jobs 2, 3
 * runs each, all threads' CPU: --no-concurrent-marking 2.45-2.52 s, --single-threaded-gc 2.45-2.53 against 2.43-2.62.
 *
 * A large corpus in two stages keeps the default, though there V8's helper threads are not free: with two busy
 * threads of ours, their CPU takes a core's share, where one thread leaves them the other core (why --jobs 2 over
 * 19,779 Reuters files takes about the CPU of --jobs 1 and cannot reach half its wall). Per-thread CPU (session 19,
 * /proc task stat, annotate --jsonl --no-cache --jobs 2, load 14-21, seconds; the budget set for the whole run):
 * default, 5 runs: all 14.65-15.84 (median 14.94), helpers 4.11-4.45, main 5.00-5.40, worker 5.37-5.90; 2x (2
 * runs) all 14.58 14.92, helpers 3.61 3.61; 4x (2) 14.25 14.38, helpers 2.96 3.09, main 5.46 5.47, worker 5.73
 * 5.76; 8x (1) 14.14, helpers 2.30, main 5.78, worker 5.97. The helpers' CPU is mostly optimizing compiles, and
 * the budget trades it for our threads' (slower code for longer): -0.5 to -0.8 s in all, within this load's
 * noise, and the two threads' own CPU, the wall's other bound, rises. Not kept without a quiet wall A/B; a larger
 * young generation for the worker (Worker resourceLimits, 96 and 192 MB) did not lower any thread's CPU.
 */
const INTERRUPT_BUDGET = 8 * 67_584;
export const BUDGET_FLAG = `--interrupt-budget=${INTERRUPT_BUDGET}`;

/**
 * How much bytecode TurboFan inlines into one function it optimizes, in all: a quarter of V8's default (920). A
 * small corpus's run spends a fifth of its CPU on V8's helper threads, mostly optimizing compiles, and a compile's
 * cost grows with what it inlines; the code it makes runs too briefly here to pay that back. Per-thread CPU
 * (/proc task schedstat), the 1,500 bench documents, annotate --jsonl --no-cache, alternated, load 15-21, medians
 * in ms: --jobs 2 (two stages), 6 runs each, all threads 2,421 -> 2,200 (main 964 -> 922, worker 962 -> 914,
 * helpers 486 -> 372; a first sweep of 5 runs: 2,502 -> 2,306); --jobs 1, 5 runs, 2,287 -> 2,211 (this thread
 * 1,869 -> 1,902, within its spread of 1,759-1,998; helpers 415 -> 310); the first 1,999 documents, --jobs 2, 4
 * runs, 2,924 -> 2,812 (main 1,184 -> 1,200, worker 1,174 -> 1,180, helpers 566 -> 438). Half the default (460):
 * helpers 434, all 2,422 against 2,502; an eighth (115): like a quarter; no inlining at all: helpers 366, the
 * two threads slower. Set with the budget for a small corpus, and for a run in two stages of any size: there V8's
 * helper threads do not run free on an idle core but share the two cores with ours, so the wall time follows all
 * threads' CPU. Reuters' 19,779 records, --jobs 2, 3 runs each alternated at load 16-19 (the flag set when the
 * process started, so the code caches were refused, which counts against it), medians: all threads 18.41 s ->
 * 16.61 s (16.37-17.11 against 18.36-18.46), helpers 5.15 -> 3.20 s, main 7.06 -> 7.12 s, worker 6.28 -> 6.45 s;
 * at 460: all 16.99 s, helpers 4.01 s, main 6.80 s, worker 6.06 s. Not in one thread: there the helpers do run
 * on the other core and the wall time is this thread's own CPU, which less inlining may raise.
 */
const INLINED_BYTECODE = 230;
export const INLINING_FLAG = `--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE}`;

/**
 * Not kept (session 27), for a large corpus in two stages: annotate --jsonl --no-cache --jobs 2 over the 19,779
 * Reuters records, per-thread CPU (/proc task schedstat sampled every 10 ms), seconds, all/main/worker/helpers.
 * Where the helpers' CPU goes (perf at 249 Hz, load 16): they were 22% of all samples, TurboFan 13.5 points, the
 * collector 2.9, the rest the kernel and copies. --trace-opt/--trace-deopt: 1,703 TurboFan compiles in the two
 * threads and 380 deopts (255 "insufficient type feedback", 56 out of bounds, 52 wrong map); of the 1,211
 * compiles matched to their function, 395 optimized again a function its thread had optimized before (43% of the
 * compile time V8 reports). The deopts are spread over ~200 functions at as many bytecode offsets (rule functions'
 * rare branches, first taken after the function was optimized): no one shape to make stable.
 * - --interrupt-budget at 4x V8's default (half BUDGET_FLAG's), set with INLINING_FLAG, 1 run each:
 *   31.07/13.51/12.07/5.49 against 29.84/12.14/11.01/6.69 (load 18.5 against 16.9): the helpers' 1.2 s saved, our
 *   threads' 2.4 s lost (as session 19 found for the budget).
 * - --no-parallel-scavenge (settable while a run is under way; the scavenges then run in our two threads alone),
 *   set with INLINING_FLAG, 3 alternated rounds (A B B A A B) at load 19-25: 42.44/17.10/15.65/9.70,
 *   41.91/17.36/16.14/8.41, 32.15/13.47/12.07/6.61 against 40.28/15.65/14.17/10.46, 33.61/13.23/12.54/7.84,
 *   32.38/12.55/11.55/8.28: the helpers' CPU down 0.8-1.7 s, our threads' (the wall's bound on two idle cores) up
 *   0.5-2.0 s each; all threads within the host's noise.
 * - At the process's start only (a thread's heap is sized when it is made; no flag of bin/corpus-cli.js can do it
 *   without starting a second process): --max-semi-space-size=64: scavenges main 182 -> 57, worker 141 -> 51, but
 *   mark-compacts main 3 -> 10, peak RSS 371 -> 477 MB (the limit is 500), user+sys 32.39 -> 33.05 s (load 17,
 *   21.5); --single-threaded-gc: 34.84/13.98/14.96/5.90 at load 21 against that base run's at load 16.9 (1 run).
 */

/**
 * The flags a small corpus's run sets at its first cache miss (run.ts).
 *
 * Not kept (session 22): --no-regexp-tier-up here, each regexp compiled once, to native code, at its first run (by
 * default V8 compiles it to bytecode at its first run and again to native code at its second, each compile parsing
 * the pattern again and building each \p{…} class from ICU's tables, ~30 µs each). It paid: perf (task-clock) of a
 * cold 20-document run, 11.1% of samples under CompileIrregexp against 5.5%; annotate --jsonl --no-cache, user+sys
 * CPU, alternated at load 13-17, medians: 1 document 0.220 -> 0.210 s, 20 documents 0.370 -> 0.340 and 0.365 ->
 * 0.330 s (8 pairs each), the bench's 1,500 2.44 -> 2.34 s (default --jobs) and 2.54 -> 2.49 s (--jobs 2, 6 pairs
 * each), output byte-identical. But Node 20's V8 then crashed (SIGSEGV, exit 139), apparently when a regexp compiled
 * before the flag was set runs again after it: --jobs 1 --verbose over a folder of 20 texts, a binary file, a Latin-1
 * file and an empty one (tests/scale.test.ts's broken-files rows failed); the same run with -q did not crash. Given
 * at the process's start the flag ran, but it then changes the code caches' tag (the build would have to make them
 * under it) and every run, large or served from the cache: not measured.
 */
/**
 * A regexp created after this flag is set is compiled once, to native code, at its first run, where by default V8
 * compiles it to bytecode at its first run and again to native code at its second (each compile parses the pattern
 * again and builds each \p{…} class from ICU's tables). Unlike --no-regexp-tier-up above, the tier-up stays on: a
 * regexp created before the flag (Node's own, the CLI's modules evaluated before the decision) keeps its count and
 * tiers up as it would have (--trace-regexp-tier-up: the one created before is compiled to bytecode, then "needs
 * tier-up compilation"; one created after, to native code at once). Set with the small corpus's flags, so in one
 * thread the pipeline's modules, evaluated after it, create their regexps under it; with two stages only the
 * regexps made after both threads loaded (the literals inside functions, made at their first run) do. Session 24,
 * annotate --jsonl --no-cache, user+sys CPU, alternated (A B B A) at load 12-15, medians: 20 documents (one thread)
 * 0.375 -> 0.344 s (6 runs each; 0.356-0.387 against 0.338-0.356), the bench's 1,500 --jobs 1 2.152 -> 2.066 s (4
 * each), --jobs 2 2.629 -> 2.588 s (4 each: noise; spread 2.55-2.71 against 2.46-2.74). Outputs byte-identical;
 * no crash over the broken-files folder (--jobs 1 --verbose, five commands) nor tests/scale.test.ts. The flag
 * changes the code caches' tag: the build makes them for WORKER_FLAG_SETS, which holds it.
 */
export const REGEXP_FLAG = "--regexp-tier-up-ticks=0";
export const SMALL_CORPUS_FLAGS: readonly string[] = [BUDGET_FLAG, INLINING_FLAG, REGEXP_FLAG];

/**
 * The flags a run's workers may start under: none (a large corpus without a cache), a small corpus's, the heap's
 * growth (a cache), both.
 */
export const WORKER_FLAG_SETS: readonly (readonly string[])[] = [
  [],
  SMALL_CORPUS_FLAGS,
  [HEAP_FLAG],
  [HEAP_FLAG, ...SMALL_CORPUS_FLAGS],
];
