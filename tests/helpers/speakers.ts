/**
 * Speakers of direct quotes from text and the mentions a tagger might give (written per test), for the
 * speaker tables.
 */
import { extractQuotes } from "../../src/extract/quotes/index.js";
import { resolveQuotes } from "../../src/resolve/speakers/resolve.js";
import { splitDocument } from "../../src/text/split.js";
import type { Mention } from "../../src/types.js";
import { bodyOnlyDocument } from "./document.js";

export type Tagged = Record<string, { entity?: string; type?: Mention["type"] }>;

/** Mentions for every occurrence of each surface form (longer forms first, never overlapping). */
export function mentionsOf(text: string, tagged: Tagged): Mention[] {
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  for (const surface of Object.keys(tagged).sort((a, b) => b.length - a.length)) {
    const spec = tagged[surface] ?? {};
    for (const m of text.matchAll(new RegExp(`\\b${surface}\\b`, "g"))) {
      const start = m.index ?? 0;
      const end = start + surface.length;
      if ([...taken].some((t) => t >= start && t < end)) continue;
      for (let i = start; i < end; i++) taken.add(i);
      const type = spec.type ?? "person";
      mentions.push({ start, end, text: surface, type, entity: spec.entity ?? surface });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export type Speaker = [name: string | null, mention: string | null, organization?: string];

/** Every quote of the text (direct and partial), with its speaker resolved against the given mentions. */
export function resolvedQuotes(text: string, tagged: Tagged = {}) {
  const doc = bodyOnlyDocument(text);
  const split = splitDocument(doc);
  return resolveQuotes(
    extractQuotes(doc, split).quotes,
    split.tokens,
    split.sentences,
    mentionsOf(text, tagged),
  );
}

/** The speaker of every direct quote: [name, mention, organization when set]. */
export function speakers(text: string, tagged: Tagged = {}): Speaker[] {
  const quotes = resolvedQuotes(text, tagged);
  return quotes
    .filter((q) => !q.partial)
    .map((q) => {
      const s: Speaker = [q.speaker.name, q.speaker.mention?.text ?? null];
      if (q.speaker.organization !== undefined) s.push(q.speaker.organization);
      return s;
    });
}
