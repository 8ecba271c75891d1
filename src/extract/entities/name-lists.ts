/**
 * A list of names, comma after comma ("The team is: Pellow, Okoro, Harlan, Lindqvist, Marrow, Jomo Kaldera and
 * Whitlow"), names one kind of thing: where the tagger read most of its names as persons, the names it read as
 * places or organizations are persons too (a side's line-up, a squad, a cabinet written by surnames; the tagger,
 * whose window is two words, reads an unknown surname as a town or a firm). Five names at least, one to three
 * name words each, and the persons more than any other kind; a country stays a country. Chosen from CoNLL dev
 * FIT (seed 20261244): a line-up of eleven surnames with five read as towns or firms.
 */

import { isNameShapedOrElided } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import { keyOf } from "./places.js";
import type { SpanLabel, TokenSpan } from "./spans.js";

/** At least this many names in the list. */
const LEAST_NAMES = 5;
/** At most this many words in one name. */
const MOST_WORDS = 3;

interface Item {
  first: number;
  end: number;
}

/** The list's names from `at`: name words separated by commas, the last after "and" or a comma. */
function listFrom(tokens: readonly Token[], at: number, segmentEnd: number): Item[] {
  const items: Item[] = [];
  let i = at;
  for (;;) {
    let end = i;
    while (end < segmentEnd && end - i < MOST_WORDS && isNameShapedOrElided((tokens[end] as Token).text))
      end++;
    if (end === i) break;
    items.push({ first: i, end });
    const separator = tokens[end]?.text;
    if (end + 1 >= segmentEnd || (separator !== "," && separator !== "and")) break;
    i = end + 1;
    if (separator === "and") {
      let last = i;
      while (last < segmentEnd && last - i < MOST_WORDS && isNameShapedOrElided((tokens[last] as Token).text))
        last++;
      if (last > i) items.push({ first: i, end: last });
      break;
    }
  }
  return items;
}

/** The label of the one span that is exactly the item, "" for none or for spans that cross its bounds. */
function labelOf(item: Item, spans: readonly TokenSpan[]): SpanLabel | "" | "crossed" {
  for (const span of spans) {
    if (span.end <= item.first || span.first >= item.end) continue;
    return span.first === item.first && span.end === item.end ? span.label : "crossed";
  }
  return "";
}

/**
 * The spans with the list's names read as persons where most of them are; null for no change (too few persons,
 * nothing to relabel), undefined when the list crosses a span (the scan then goes on inside it). Apart from nameListSpans' loop: a closure there that read a variable
 * of the loop's body made V8 allocate that body's context at every token (4,000 Reuters documents: 9 MB).
 */
function relabeledList(
  items: readonly Item[],
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan[] | null | undefined {
  const labels = items.map((item) => labelOf(item, spans));
  if (labels.includes("crossed")) return undefined;
  const count = (label: string): number => labels.filter((l) => l === label).length;
  const persons = count("PER");
  if (persons < 3 || persons <= count("LOC") || persons <= count("ORG") || persons <= count("MISC"))
    return null;
  const relabel = new Set<number>();
  items.forEach((item, n) => {
    const label = labels[n];
    if (label !== "LOC" && label !== "ORG") return;
    if (gaz.countries.has(keyOf(tokens, item.first, item.end))) return;
    if (((gaz.phrases.get(keyOf(tokens, item.first, item.end)) ?? 0) & Kind.organization) !== 0) return;
    relabel.add(item.first);
  });
  if (relabel.size === 0) return null;
  return spans.map((span) =>
    relabel.has(span.first) ? { label: "PER" as SpanLabel, first: span.first, end: span.end } : span,
  );
}

/** The spans with a list's names read as persons where most of them are. */
export function nameListSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentFirst: number,
  segmentEnd: number,
  gaz: Gazetteer,
): TokenSpan[] {
  if (spans.length < 3) return spans as TokenSpan[];
  let out: TokenSpan[] | null = null;
  for (let i = segmentFirst; i < segmentEnd; i++) {
    const before = tokens[i - 1]?.text;
    // A line-up opens its sentence or follows a colon ("The team: …"); a list after "for" is a list of brands or
    // firms as often (Reuters bench: appliance brands after "parts for").
    if (i > segmentFirst && before !== ":" && before !== "-" && before !== "--") continue;
    if (!isNameShapedOrElided((tokens[i] as Token).text)) continue;
    const items = listFrom(tokens, i, segmentEnd);
    if (items.length < LEAST_NAMES) continue;
    const relabeled = relabeledList(items, out ?? spans, tokens, gaz);
    if (relabeled === undefined) continue;
    if (relabeled !== null) out = relabeled;
    i = (items[items.length - 1] as Item).end;
  }
  return out ?? (spans as TokenSpan[]);
}
