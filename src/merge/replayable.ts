/** What a merge may run again of the command line a --for-merge file stores (commands/merge.ts). */
import { sanitizeForTerminal } from "../format/sanitize.js";
import { MergeError } from "./lines.js";

/** Commands whose results a merge may replay; anything else in a stored command line is refused. */
const REPLAYABLE_COMMANDS = new Set([
  "entities",
  "quotes",
  "summary",
  "stats",
  "annotate",
  "timeline",
  "network",
  "report",
]);
const FORBIDDEN_IN_REPLAY = /^--?(output|o)(=|$)/;
/** `report --html FILE` writes a file too; `--html -` (stdout) may be replayed. */
const writesFile = (argv: readonly string[]): boolean =>
  argv.some(
    (a, i) => (a === "--html" && argv[i + 1] !== "-") || (a.startsWith("--html=") && a !== "--html=-"),
  );

/**
 * The command line stored in a --for-merge file is data from a file, not from the user: only the
 * analysis commands may be replayed, and never with an option that writes files.
 */
export function assertReplayable(argv: readonly string[]): void {
  const command = argv[0] ?? "";
  if (
    !REPLAYABLE_COMMANDS.has(command) ||
    argv.some((a) => FORBIDDEN_IN_REPLAY.test(a)) ||
    writesFile(argv)
  ) {
    throw new MergeError(
      `refusing to replay the stored command line: ${sanitizeForTerminal(argv.join(" "))}`,
    );
  }
}
