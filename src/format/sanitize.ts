/**
 * Text from documents must never reach a terminal as control sequences: ANSI/OSC escapes are removed,
 * other C0/C1 controls and bidi overrides are shown as visible escapes (\x1b, \u202e), tabs and newlines
 * become spaces. JSON output needs none of this: JSON.stringify escapes controls itself.
 */
// ESC [ ... final byte, and ESC ] ... BEL / ESC \ (OSC), bounded so that a stray ESC cannot eat the line.
const ANSI_SEQUENCE =
  /\u001b\[[0-?]{0,64}[ -/]{0,16}[@-~]|\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)?/g;
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const visible = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
};

export function sanitizeForTerminal(text: string): string {
  return text
    .replace(ANSI_SEQUENCE, "")
    .replace(/[\t\n\r]+/g, " ")
    .replace(UNSAFE, visible);
}
