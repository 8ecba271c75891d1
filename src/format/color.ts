import { Chalk, type ChalkInstance } from "chalk";

/** Colour only on a TTY, never with NO_COLOR set (any value) or --no-color. */
export function wantsColor(stream: { isTTY?: boolean }, flag: boolean): boolean {
  const noColor = process.env.NO_COLOR;
  return flag && stream.isTTY === true && (noColor === undefined || noColor === "");
}

export function makeChalk(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
