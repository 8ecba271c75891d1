import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A small invented news corpus over three months, for the views (timeline, network, report): two
 * speakers quoted in several documents, countries and cities that co-occur, one document without a date,
 * and one hostile document whose text and quote carry markup that must never run in the report.
 */
export const DATED_ARTICLES: Record<string, string> = {
  "2021-01-04-talks.txt": `date 2021-01-04

Maria Lindqvist, the foreign minister of Norway, met Tomas Okafor in Nairobi on Monday to discuss grain prices.
“We expect an agreement on grain prices before the end of the month,” Lindqvist said.
Okafor told reporters in Nairobi that Kenya would send a delegation to Oslo.
“Kenya and Norway have worked together for years,” Okafor said.
`,
  "2021-01-19-harbour.txt": `date 2021-01-19

Tomas Okafor visited the harbour in Mombasa on Tuesday.
“The harbour project will bring work to Kenya and to Uganda,” Okafor said.
Officials from Uganda joined the visit, and Kenya promised more talks in February.
`,
  "2021-02-02-oslo.txt": `date 2021-02-02

Maria Lindqvist returned to Oslo after talks with officials from Kenya and Japan.
“Japan wants to join the grain agreement, and Kenya agrees,” Lindqvist said on Tuesday.
The ministers of Norway and Japan will meet again in Tokyo next month.
`,
  "2021-02-20-rail.txt": `date 2021-02-20

Helen Brandt, the transport minister of Canada, opened the new rail line in Calgary.
“This line will carry grain from Canada to the coast,” Brandt said.
Canada and Japan signed a trade agreement in Tokyo last year.
`,
  "2021-03-08-budget.txt": `date 2021-03-08

Helen Brandt said Canada would raise its budget for rail.
“Every province of Canada will gain from the new lines,” Brandt told reporters in Ottawa.
Tomas Okafor of Kenya welcomed the plan in a statement from Nairobi.
`,
  "2021-03-25-summit.txt": `date 2021-03-25

Maria Lindqvist and Helen Brandt met in Tokyo for a summit with officials from Japan.
“Norway and Canada share the same goals on trade,” Lindqvist said.
“We will speak for Kenya as well,” Brandt added.
`,
  "undated-note.txt": `Tomas Okafor will visit Norway in the spring, officials in Nairobi said.
“I look forward to seeing Oslo again,” Okafor said.
`,
  "2021-03-30-hostile.txt": `date 2021-03-30

<script>window.__pwned = 1</script> Maria Lindqvist spoke in Oslo about Norway and Kenya.
“Nothing in </script><script>window.__pwned = 2</script> this quote may run, not even <img src=x onerror=window.__pwned=3>,” Lindqvist said.
`,
};

/** Writes the corpus into `dir` and returns it. */
export function writeDatedCorpus(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(DATED_ARTICLES)) writeFileSync(path.join(dir, name), text);
  return dir;
}
