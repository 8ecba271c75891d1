/**
 * `npx tsx scripts/eval/ner-doc.ts N [N...] [--gum]`: one CoNLL dev (or GUM dev) document's spans at three stages, to
 * see where an error is made: the tagger's tags (spans of BIO tags), extractMentions' mentions, annotate's mentions
 * (after resolve/names), beside the gold spans. Prints to the terminal only.
 */
import { join } from "node:path";
import { viewFacts } from "../../src/extract/entities/document-view.js";
import { extractMentions } from "../../src/extract/entities/index.js";
import { segmentsOf } from "../../src/extract/entities/segments.js";
import { spansOfTags } from "../../src/extract/entities/spans.js";
import { readsPronounNear, tagSentence } from "../../src/extract/entities/tagger.js";
import { factsOf } from "../../src/extract/entities/word-facts.js";
import { nameMentions } from "../../src/resolve/names/index.js";
import { splitDocument } from "../../src/text/split.js";
import type { Token } from "../../src/types.js";
import { nameSpans, readGum, tokenizeGum } from "../lib/gum-ner.js";
import { evalDocument } from "../lib/shared.js";
import { readGold } from "./ner.js";

const evalDir = join(import.meta.dirname, "../../../shared/eval");
const args = process.argv.slice(2);
const gumMode = args.includes("--gum");
const numbers = args.filter((a) => /^\d+$/.test(a)).map(Number);

const docs: { text: string; gold: Set<string> }[] = gumMode
  ? readGum(join(evalDir, "entities", "gum-dev.jsonl")).map((doc) => {
      const tokens = tokenizeGum(doc.text);
      const gold = new Set<string>();
      for (const span of nameSpans(doc, tokens, true)) {
        const start = (tokens.tokens[span.first] as { start: number }).start;
        const end = (tokens.tokens[span.end - 1] as { end: number }).end;
        gold.add(`${span.label}:${start}:${end}`);
      }
      return { text: doc.text, gold };
    })
  : readGold(join(evalDir, "ner", "conll2003-dev.conll")).map((d) => ({ text: d.text, gold: d.spans }));

for (const n of numbers) {
  const d = docs[n];
  if (d === undefined) continue;
  const doc = evalDocument("-", d.text);
  const split = splitDocument(doc);
  const tokens = split.tokens;
  const sentences = segmentsOf(doc.text, tokens, split.sentences);
  const views = viewFacts(
    Array.from(sentences, (s) => {
      const words = [];
      for (let i = s.firstToken; i < s.endToken; i++) words.push(factsOf((tokens[i] as Token).text));
      return words;
    }),
    readsPronounNear(),
  );
  const raw: string[] = [];
  sentences.forEach((sentence, s) => {
    for (const span of spansOfTags(tagSentence(views[s] as never), sentence.firstToken)) {
      const a = (tokens[span.first] as Token).start;
      const b = (tokens[span.end - 1] as Token).end;
      raw.push(`${span.label}:${a}:${b}`);
    }
  });
  const extracted = extractMentions(doc, split);
  const named = nameMentions(extracted, doc.text, tokens);
  const show = (key: string): string => {
    const [, a, b] = key.split(":");
    return `${key.split(":")[0]} ${d.text.slice(Number(a), Number(b))} @${a}`;
  };
  console.log(`=== ${n}\n${d.text}\n--- gold: ${[...d.gold].map(show).join(" | ")}`);
  console.log(`--- tagger: ${raw.map(show).join(" | ")}`);
  console.log(`--- extract: ${extracted.map((m) => `${m.type} ${m.text} @${m.start}`).join(" | ")}`);
  console.log(`--- annotate: ${named.map((m) => `${m.type} ${m.text} @${m.start}`).join(" | ")}`);
}
