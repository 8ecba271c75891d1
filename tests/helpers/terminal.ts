import { spawn } from "node:child_process";
import { BIN, ROOT } from "./cli.js";

export interface TerminalRun {
  args: readonly string[];
  /** What the command printed on the terminal (stdout; stderr goes elsewhere), without carriage returns. */
  output: string;
  status: number;
}

const MARK = "@@corpus-cli-exit";
const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

/**
 * Runs command lines of the built binary one after the other in a pseudo-terminal `columns` cells wide
 * (util-linux `script`, with `stty cols`), as a user at a terminal would: stdout is a TTY, so the CLI
 * sizes its tables from the terminal and colours them. One `script` session serves all the command lines.
 * stderr goes to /dev/null, so that only results are measured.
 */
export function runInTerminal(
  columns: number,
  commands: readonly (readonly string[])[],
  env: NodeJS.ProcessEnv,
): Promise<TerminalRun[]> {
  const lines = [`stty cols ${columns} rows 50`];
  for (const args of commands) {
    lines.push(`${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(" ")} 2>/dev/null`);
    lines.push(`printf '\\n${MARK} %d@@\\n' $?`);
  }
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "", FORCE_COLOR: undefined, ...env };
  // The terminal's width must come from the terminal, not from an inherited $COLUMNS.
  delete childEnv.COLUMNS;
  delete childEnv.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", lines.join("\n"), "/dev/null"], { cwd: ROOT, env: childEnv });
    let text = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      text += chunk;
    });
    child.on("error", reject);
    child.on("close", () => {
      const parts = text.replace(/\r/g, "").split(new RegExp(`\\n${MARK} (\\d+)@@\\n`));
      const runs: TerminalRun[] = commands.map((args, i) => ({
        args,
        output: parts[2 * i] ?? "",
        status: Number(parts[2 * i + 1] ?? Number.NaN),
      }));
      resolve(runs);
    });
    child.stdin.end();
  });
}
