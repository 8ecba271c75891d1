import { createRequire } from "node:module";

/**
 * Widths in terminal cells (a CJK character or an emoji takes two, a combining accent none), measured by
 * string-width 4: the version cli-table3 measures with when it pads cells, so that a line this code lays
 * out is exactly as wide as the line cli-table3 draws.
 */
const require = createRequire(import.meta.url);
// Loaded when a table or a wrapped paragraph is drawn: JSON and CSV runs never need it.
let measure: ((text: string) => number) | undefined;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function displayWidth(text: string): number {
  // Most cells are plain ASCII: one cell per character, without the emoji regex string-width runs.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  measure ??= require("string-width") as (text: string) => number;
  return measure(text);
}

// Made on first use: making it loads ICU's segmentation data, 10-20 ms of every run's start-up (CPU
// profile of `--version`), and only a cut table cell needs it.
let segmenter: Intl.Segmenter | undefined;
const graphemes = (): Intl.Segmenter =>
  (segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" }));

/** The text cut to at most `width` cells, ending with "…" when something was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let kept = "";
  let used = 0;
  for (const { segment } of graphemes().segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    kept += segment;
    used += w;
  }
  return `${kept}…`;
}

/**
 * The text wrapped at spaces into lines of at most `width` cells (a word longer than a line is broken
 * between characters), at most `maxLines` of them: the last one ends with "…" when text was left out.
 * Not wrap-ansi: it measures the whole line so far at every word, with string-width 4's slow regexes,
 * which made a 1,000-row quotes table take 6x longer to draw; here each word is measured once, and plain
 * ASCII without a regex. (Cells are sanitized first: no escape sequences, tabs or newlines.)
 */
export function wrapToWidth(text: string, width: number, maxLines = Number.POSITIVE_INFINITY): string[] {
  const max = Math.max(1, width);
  const lines: string[] = [];
  let line = "";
  let used = 0;
  const breakLine = () => {
    lines.push(line);
    line = "";
    used = 0;
  };
  // Words and the spaces between them: spaces are kept inside a line ("id  date") and dropped at a break.
  const parts = text.trim().split(/( +)/);
  // Stops one line past maxLines (a hostile megabyte-long cell costs no more than a short one).
  words: for (let p = 0; p < parts.length && lines.length <= maxLines; p += 2) {
    const word = parts[p] ?? "";
    const gap = parts[p - 1] ?? "";
    const cells = displayWidth(word);
    if (used > 0 && used + gap.length + cells <= max) {
      line += `${gap}${word}`;
      used += gap.length + cells;
      continue;
    }
    if (used > 0) breakLine();
    if (cells <= max) {
      line = word;
      used = cells;
      continue;
    }
    for (const { segment } of graphemes().segment(word)) {
      const w = displayWidth(segment);
      if (used > 0 && used + w > max) {
        breakLine();
        if (lines.length > maxLines) break words;
      }
      line += segment;
      used += w;
    }
  }
  if (used > 0 || lines.length === 0) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = truncateToWidth(`${kept[last]} ${lines[last + 1] ?? ""}`, max);
  return kept;
}
