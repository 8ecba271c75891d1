/**
 * Quotes eval on PolNeAR (`quotes/polnear-{dev,train}.jsonl`): direct-quote precision, recall and F1 at 30%
 * and 80% span overlap, and speaker-mention accuracy, beside compromise's `.quotations()` on the same text.
 *
 * Gold direct quotes are the items with `direct: true` (the whole content inside quotation marks). Ours are
 * the quotes with `partial: false`, the contract's counterpart of `direct`. A prediction that only matches a
 * `direct: false` item (a quoted fragment inside a paraphrase, which we should call partial) counts as a
 * false positive; `direct: false` items are never expected. Spans match when their overlap is at least the
 * threshold of each one's length (one-to-one, largest overlaps first). The speaker mention of a quote matched
 * at 30% is right when it overlaps the gold speaker span and is not much longer (≤ 1.5× + 3 chars); a quote
 * that continues the previous speaker (mention null) is scored with the mention it inherits (from the last
 * quote with a mention, an attributed fragment included). Gold items
 * without a speaker are right when ours has none either. `named`, the held-out scorer's sense: of the matched
 * gold quotes whose gold speaker mention is a person's name (./named-speaker.ts), how many our speaker name
 * names (its words hold the name's last word).
 * PolNeAR keeps only attributions whose content carries “ ” or " marks: quotes in doubled apostrophes
 * (''…'', NYT style; 0 gold items in 123 articles using them) were never annotated, so our quotes delimited
 * that way are not scored (their count is printed); the row "all predictions" scores them too.
 * `QUOTES_EVAL_ERRORS=dev` (or train) prints the misses, false positives and wrong speakers of that file.
 * Then the explicit-attribution check (./explicit-attribution.ts) on PolNeAR, the bench corpus and CNN/DM dev;
 * `QUOTES_EVAL_EXPLICIT=dev` (or train, bench, cnndm) prints its misses.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { extractQuotes } from "../../src/extract/quotes/index.js";
import { nameMentions } from "../../src/resolve/names/index.js";
import { resolveQuotes } from "../../src/resolve/speakers/resolve.js";
import { splitDocument } from "../../src/text/split.js";
import type { Document, Mention, Quote, Span, TextSpan } from "../../src/types.js";
import { evalDocument, table } from "../lib/shared.js";
import {
  EXPLICIT_HEADER,
  type ExplicitScore,
  emptyExplicitScore,
  explicitRow,
  findExplicitAttributions,
  scoreExplicit,
} from "./explicit-attribution.js";
import { goldSurname, namesPerson } from "./named-speaker.js";
import {
  emptyScore,
  type GoldQuote,
  match,
  type Predicted,
  row,
  score,
  speakerRight,
} from "./quote-score.js";

interface Article {
  id: string;
  date: string;
  text: string;
  quotes: GoldQuote[];
}

type MentionExtractor = (doc: Document, split: ReturnType<typeof splitDocument>) => Mention[];

async function loadMentionExtractor(): Promise<MentionExtractor | null> {
  const modulePath = "../../src/extract/entities/index.js";
  try {
    const module = (await import(modulePath)) as { extractMentions?: MentionExtractor };
    return module.extractMentions ?? null;
  } catch {
    return null;
  }
}

/** Our quotes as scored spans: non-partial only; a continuation inherits the previous mention. */
function ours(text: string, quotes: readonly Quote[]): Predicted[] {
  const out: Predicted[] = [];
  let lastMention: TextSpan | null = null;
  for (const q of quotes) {
    // A fragment with its own attribution (`“…,” she said`) names the speaker that later quotes go on with.
    if (q.speaker.mention) lastMention = q.speaker.mention;
    if (q.partial) continue;
    const mention =
      q.speaker.mention ?? (q.speaker.name !== null || q.speaker.organization ? lastMention : null);
    out.push({
      start: q.start,
      end: q.end,
      speaker: mention,
      name: q.speaker.name,
      doubledApostrophes: text.startsWith("''", q.start),
    });
  }
  return out;
}

function compromiseQuotes(text: string): Predicted[] {
  const found = nlp(text).quotations().json({ offset: true }) as Array<{
    offset: { start: number; length: number };
  }>;
  return found.map((q) => ({ start: q.offset.start, end: q.offset.start + q.offset.length, speaker: null }));
}

function context(text: string, span: Span): string {
  return JSON.stringify(
    `${text.slice(Math.max(0, span.start - 80), span.start)}[[${text.slice(span.start, Math.min(span.end, span.start + 160))}]]${text.slice(span.end, span.end + 80)}`,
  );
}

/**
 * The explicit-attribution check on an unannotated corpus of `{id, text}` lines (only documents with a hit
 * are read): the bench corpus (Reuters 1987) and CNN/Daily Mail (British house style: `said Mr Smith`,
 * straight and curly single quotes), whose summaries are not used here.
 */
function unannotatedExplicit(file: string, extractMentions: MentionExtractor | null): ExplicitScore | null {
  if (!existsSync(file)) return null;
  const score = emptyExplicitScore();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line === "") continue;
    const a = JSON.parse(line) as { id: string; text: string; date?: string };
    if (findExplicitAttributions(a.text).length === 0) continue;
    const doc = evalDocument(a.id, a.text, null);
    const parts = splitDocument(doc);
    const mentions = extractMentions ? nameMentions(extractMentions(doc, parts), doc.text, parts.tokens) : [];
    const spans = extractQuotes(doc, parts).quotes;
    scoreExplicit(score, a.text, resolveQuotes(spans, parts.tokens, parts.sentences, mentions));
  }
  return score;
}

export async function run(evalDir: string): Promise<void> {
  const extractMentions = await loadMentionExtractor();
  const explicitRows = [EXPLICIT_HEADER];
  const showMisses = process.env.QUOTES_EVAL_EXPLICIT;
  const header = ["", "P@30", "R@30", "F1@30", "F1@80", "speaker", "named (of)", "quotes"];
  for (const split of ["dev", "train"]) {
    const file = join(evalDir, "quotes", `polnear-${split}.jsonl`);
    const articles = readFileSync(file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Article);
    const mine = emptyScore();
    const mineAll = emptyScore();
    let unscored = 0;
    const baseline = emptyScore();
    const explicit = emptyExplicitScore();
    let ms = 0;
    for (const a of articles) {
      const doc = evalDocument(a.id, a.text, a.date);
      const gold = a.quotes.filter((q) => q.direct);
      const parts = splitDocument(doc);
      const mentions = extractMentions
        ? nameMentions(extractMentions(doc, parts), doc.text, parts.tokens)
        : [];
      const started = performance.now();
      const spans = extractQuotes(doc, parts).quotes;
      const extracted = resolveQuotes(spans, parts.tokens, parts.sentences, mentions);
      ms += performance.now() - started;
      scoreExplicit(explicit, a.text, extracted);
      const all = ours(a.text, extracted);
      const predicted = all.filter((q) => !q.doubledApostrophes);
      unscored += all.length - predicted.length;
      score(mineAll, all, gold, true);
      const matched = score(mine, predicted, gold, true);
      if (split === "dev") score(baseline, compromiseQuotes(a.text), gold, false);
      if (process.env.QUOTES_EVAL_ERRORS === split) {
        const p = new Set(matched.map(([i]) => i));
        const g = new Set(matched.map(([, j]) => j));
        predicted.forEach((q, i) => {
          if (!p.has(i)) console.log(`FP${q.speaker ? "" : "-nospk"} ${context(a.text, q)}`);
        });
        gold.forEach((q, j) => {
          if (!g.has(j)) console.log(`FN ${context(a.text, q)}`);
        });
        const m80 = new Set(match(predicted, gold, 0.8).map(([i]) => i));
        for (const [i, j] of matched) {
          if (!m80.has(i))
            console.log(
              `BND ours=${context(a.text, predicted[i] as Predicted)} gold=${context(a.text, gold[j] as GoldQuote)}`,
            );
          const ps = (predicted[i] as Predicted).speaker;
          const gs = (gold[j] as GoldQuote).speaker;
          if (!speakerRight(ps, gs))
            console.log(
              `SPK ours=${JSON.stringify(ps?.text ?? null)} gold=${JSON.stringify(gs?.text ?? null)} ${context(a.text, gold[j] as GoldQuote)}`,
            );
          const surname = goldSurname(gs?.text ?? "");
          const name = (predicted[i] as Predicted).name ?? null;
          if (surname !== null && !namesPerson(name, surname))
            console.log(
              `NAMED ours=${JSON.stringify(name)} gold=${JSON.stringify(gs?.text ?? null)} ${context(a.text, gold[j] as GoldQuote)}`,
            );
        }
      }
    }
    console.log(
      `\npolnear-${split}: ${articles.length} articles, ${mine.gold} direct gold quotes${extractMentions ? "" : " (no extractMentions yet: speakers unresolved)"}`,
    );
    const rows = [header, row("corpus-cli", mine, true), row("corpus-cli, all predictions", mineAll, true)];
    if (split === "dev") rows.push(row("compromise .quotations()", baseline, false));
    console.log(table(rows));
    console.log(
      `${unscored} of our quotes delimited by '' not scored in the first row (PolNeAR never annotates them)`,
    );
    console.log(
      `extractQuotes alone: ${(ms / articles.length).toFixed(2)} ms/article (split and mentions excluded)`,
    );
    explicitRows.push(explicitRow(`polnear-${split}`, explicit));
    if (showMisses === split) for (const miss of explicit.misses) console.log(miss);
  }
  const unannotated: Array<[string, string, string]> = [
    ["bench (reuters21578)", "bench", join(evalDir, "..", "bench", "reuters21578.jsonl")],
    ["cnndm-dev (unannotated)", "cnndm", join(evalDir, "summaries", "cnndm-dev.jsonl")],
  ];
  for (const [label, key, file] of unannotated) {
    const found = unannotatedExplicit(file, extractMentions);
    if (found === null) continue;
    explicitRows.push(explicitRow(label, found));
    if (showMisses === key) for (const miss of found.misses) console.log(miss);
  }
  console.log(
    "\nexplicit attributions (`”, said Mr X` / `,” X said`; % of such quotes; found: a quote ends at the mark;" +
      " named (the held-out scorer's sense): the speaker resolved to a person whose name holds the name's last" +
      " word, or an organization speaker whose organization holds it or is spelled by it; direct: not partial; speaker right: our mention overlaps the name; covers name: and holds all of it):",
  );
  console.log(table(explicitRows));
}
