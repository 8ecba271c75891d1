import { createRequire } from "node:module";

/**
 * Widths in terminal cells (a CJK character or an emoji takes two, a combining accent none), measured by
 * string-width 4: the version cli-table3 measures with when it pads cells, so that a line this code lays
 * out is exactly as wide as the line cli-table3 draws. wrap-ansi 7 wraps with the same measure.
 */
const require = createRequire(import.meta.url);
// Loaded when a table or a wrapped paragraph is drawn: JSON and CSV runs never need them.
let measure: ((text: string) => number) | undefined;
let wrapper: typeof import("wrap-ansi").default | undefined;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function displayWidth(text: string): number {
  // Most cells are plain ASCII: one cell per character, without the emoji regex string-width runs.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  measure ??= require("string-width") as (text: string) => number;
  return measure(text);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The text cut to at most `width` cells, ending with "…" when something was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let kept = "";
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    kept += segment;
    used += w;
  }
  return `${kept}…`;
}

/**
 * The text wrapped at spaces into lines of at most `width` cells (a word longer than a line is broken),
 * at most `maxLines` of them: the last one ends with "…" when text was left out.
 */
export function wrapToWidth(text: string, width: number, maxLines = Number.POSITIVE_INFINITY): string[] {
  if (text === "") return [""];
  wrapper ??= require("wrap-ansi") as typeof import("wrap-ansi").default;
  const lines = wrapper(text, Math.max(1, width), { hard: true, trim: true }).split("\n");
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = truncateToWidth(`${kept[last]} ${lines[last + 1] ?? ""}`, width);
  return kept;
}
