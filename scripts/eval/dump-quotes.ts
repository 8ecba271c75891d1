/**
 * `tsx scripts/eval/dump-quotes.ts FILE.jsonl [FROM] [COUNT]`: every quote we find in `{id, text}` lines, with
 * its context, speaker mention and resolved name, for reading our output quote by quote (errors are then
 * classified by hand; nothing of the text enters the project).
 */
import { readFileSync } from "node:fs";
import { extractMentions } from "../../src/extract/entities/index.js";
import { extractQuotes } from "../../src/extract/quotes/index.js";
import { nameMentions } from "../../src/resolve/names/index.js";
import { resolveQuotes } from "../../src/resolve/speakers/resolve.js";
import { splitDocument } from "../../src/text/split.js";
import { evalDocument } from "../lib/shared.js";

const [file, from = "0", count = "1000"] = process.argv.slice(2);
const lines = readFileSync(file as string, "utf8")
  .split("\n")
  .filter(Boolean);
for (const line of lines.slice(Number(from), Number(from) + Number(count))) {
  const a = JSON.parse(line) as { id: string; text: string };
  const doc = evalDocument(a.id, a.text, null);
  const parts = splitDocument(doc);
  const mentions = nameMentions(extractMentions(doc, parts), doc.text, parts.tokens);
  const quotes = resolveQuotes(extractQuotes(doc, parts).quotes, parts.tokens, parts.sentences, mentions);
  console.log(`\n##### ${a.id}`);
  for (const q of quotes) {
    const before = a.text.slice(Math.max(0, q.start - 60), q.start).replace(/\s+/g, " ");
    const inner = a.text.slice(q.start, q.end).replace(/\s+/g, " ");
    const after = a.text.slice(q.end, q.end + 60).replace(/\s+/g, " ");
    const s = q.speaker;
    console.log(
      `${q.partial ? "P" : "D"} name=${JSON.stringify(s.name)}${s.organization ? ` org=${JSON.stringify(s.organization)}` : ""} mention=${JSON.stringify(s.mention?.text ?? null)}\n   …${before}[[${inner.length > 220 ? `${inner.slice(0, 110)} … ${inner.slice(-100)}` : inner}]]${after}…`,
    );
  }
}
