/**
 * `npx tsx scripts/eval/ner-try.ts [--raw] "text" ...`: annotate's mentions (after resolve/names; --raw:
 * extractMentions' own) of each argument, one line each, to try invented sentences.
 */
import { ourSpans } from "./ner-score.js";

const args = process.argv.slice(2);
const resolved = !args.includes("--raw");
for (const text of args.filter((a) => a !== "--raw")) {
  const shown = [...ourSpans(text, resolved)].map((key) => {
    const [label, s, e] = key.split(":");
    return `${label}[${text.slice(Number(s), Number(e))}]`;
  });
  console.log(`${text}\n  => ${shown.join(" ")}`);
}
