/**
 * People per document and pronoun → named person on GUM dev and GUM train (../shared/eval/entities/gum-*.jsonl;
 * format in ../shared/eval/README.md).
 *
 * People: the distinct person entities of `annotate` (nameDocument, as the pipeline runs it) against the
 * document's named persons, beside compromise alone (nlp(text).people()), scored by people-score.ts. GUM train
 * is reported per genre: the tagger was trained on the train documents of the redistributable genres
 * (scripts/lib/gum-ner.ts, marked "*"), so those rows flatter it; the others (essay, fiction, letter, podcast,
 * whow) it never saw. Judge a change on dev + train together, and on the unseen genres.
 *
 * "As one corpus, voted": each split's documents as one `annotate` corpus, their people after the corpus-wide
 * type vote (cli/voted-records.ts), beside the per-document rows (no vote: the per-document pipeline).
 *
 * Pronouns: scored by pronoun-score.ts on dev and on train (1,518 pronouns, the bigger proxy), wrong ones
 * counted by kind.
 *
 * Environment: PEOPLE_EVAL_SPLIT=dev|train runs one split; PEOPLE_EVAL_ERRORS=dev|train lists each document's
 * wrong and missed people and wrong pronouns; PEOPLE_EVAL_DUMP=FILE writes every prediction with its verdict (JSON lines), for
 * counting what a change removed (scripts/eval/people-diff.ts); PEOPLE_EVAL_FAST=1 leaves compromise out.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { EntityAggregator } from "../../src/aggregate/entities.js";
import { nameDocument } from "../../src/pipeline/annotate.js";
import { retypeAnnotation } from "../../src/resolve/retype.js";
import { splitDocument } from "../../src/text/split.js";
import type { Annotation, Mention } from "../../src/types.js";
import { REDISTRIBUTABLE_GENRES } from "../lib/gum-ner.js";
import { evalDocument, table } from "../lib/shared.js";
import { compromisePeople, type GumDocument, type Nlp, namesPerson, Score } from "./people-score.js";
import { PronounScore, scorePronouns } from "./pronoun-score.js";

interface SplitScores {
  ours: Map<string, Score>;
  /** The split's documents as one corpus: each document's people after the corpus-wide type vote (annotate's). */
  voted: Score;
  theirs: Map<string, Score>;
  pronouns: PronounScore;
}

function scoreOf(map: Map<string, Score>, key: string): Score {
  let score = map.get(key);
  if (score === undefined) {
    score = new Score();
    map.set(key, score);
  }
  return score;
}

function total(map: Map<string, Score>, keep: (genre: string) => boolean): Score {
  return [...map].filter(([g]) => keep(g)).reduce((sum, [, s]) => sum.plus(s), new Score());
}

function scoreSplit(evalDir: string, split: "dev" | "train"): SplitScores {
  const docs = readFileSync(join(evalDir, "entities", `gum-${split}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as GumDocument);
  const nlp = createRequire(import.meta.url)("compromise") as Nlp;
  const fast = process.env.PEOPLE_EVAL_FAST === "1";
  const errors = process.env.PEOPLE_EVAL_ERRORS === split;
  const dump = process.env.PEOPLE_EVAL_DUMP;
  const scores: SplitScores = {
    ours: new Map(),
    voted: new Score(),
    theirs: new Map(),
    pronouns: new PronounScore(),
  };
  const corpus = new EntityAggregator();
  const named: [GumDocument, Mention[]][] = [];
  for (const d of docs) {
    const doc = evalDocument(d.id, d.text);
    const parts = splitDocument(doc);
    const { mentions } = nameDocument(doc, parts);
    const predicted = peopleOf(mentions);
    corpus.addAnnotation({ mentions });
    named.push([d, mentions]);
    const verdicts = scoreOf(scores.ours, d.genre).add(predicted, d.people_chains);
    if (!fast) scoreOf(scores.theirs, d.genre).add(compromisePeople(nlp, d.text), d.people_chains);
    if (dump !== undefined)
      appendFileSync(
        dump,
        `${JSON.stringify({ split, id: d.id, genre: d.genre, predicted: predicted.map((p, i) => [p, verdicts[i]]) })}\n`,
      );
    if (errors) {
      const gold = d.people_chains;
      const fp = predicted.filter((_, i) => !verdicts[i]);
      const fn = gold.filter((g) => !predicted.some((p) => namesPerson(p, g))).map((g) => g.name);
      console.log(`${d.id}\n  not people: ${JSON.stringify(fp)}\n  missed: ${JSON.stringify(fn)}`);
    }
    scorePronouns(d, parts, mentions, scores.pronouns, errors);
  }
  // As `annotate` prints a corpus (cli/voted-records.ts): the vote over the split, each document retyped by it.
  const retypings = corpus.retypings();
  for (const [d, mentions] of named) {
    const annotation = { mentions: mentions.map((m) => ({ ...m })) } as Annotation;
    retypeAnnotation(annotation, retypings);
    scores.voted.add(peopleOf(annotation.mentions ?? []), d.people_chains);
  }
  return scores;
}

/** A document's people: its distinct person entities. */
function peopleOf(mentions: readonly Mention[]): string[] {
  return [...new Set(mentions.filter((m) => m.type === "person").map((m) => m.entity))];
}

const HEADER = ["", "P", "R", "F1", "predicted", "gold", "", "compromise P", "R", "F1"];

function row(label: string, ours: Score, theirs: Score): string[] {
  return [label, ...ours.row(), "", ...theirs.row().slice(0, 3)];
}

export async function run(evalDir: string): Promise<void> {
  const only = process.env.PEOPLE_EVAL_SPLIT;
  const dump = process.env.PEOPLE_EVAL_DUMP;
  if (dump !== undefined) writeFileSync(dump, "");
  const all = () => true;
  const rows: string[][] = [HEADER];
  let dev: SplitScores | null = null;
  const pronounLines: string[] = [];
  if (only !== "train") {
    dev = scoreSplit(evalDir, "dev");
    pronounLines.push(`gum-dev: ${dev.pronouns.line()}`, `  wrong by kind: ${dev.pronouns.kinds()}`);
    rows.push(row("gum-dev (30 docs)", total(dev.ours, all), total(dev.theirs, all)));
    rows.push(row("gum-dev as one corpus, voted", dev.voted, total(dev.theirs, all)));
  }
  if (only !== "dev") {
    const train = scoreSplit(evalDir, "train");
    pronounLines.push(`gum-train: ${train.pronouns.line()}`, `  wrong by kind: ${train.pronouns.kinds()}`);
    const seen = (g: string) => REDISTRIBUTABLE_GENRES.has(g);
    for (const genre of [...train.ours.keys()].sort(
      (a, b) => Number(seen(b)) - Number(seen(a)) || a.localeCompare(b),
    ))
      rows.push(
        row(
          `gum-train ${genre}${seen(genre) ? " *" : ""}`,
          scoreOf(train.ours, genre),
          scoreOf(train.theirs, genre),
        ),
      );
    const news = (g: string) => g === "news" || g === "interview" || g === "bio";
    rows.push(row("gum-train news+interview+bio *", total(train.ours, news), total(train.theirs, news)));
    rows.push(
      row(
        "gum-train other trained genres *",
        total(train.ours, (g) => seen(g) && !news(g)),
        total(train.theirs, (g) => seen(g) && !news(g)),
      ),
    );
    rows.push(
      row(
        "gum-train unseen genres",
        total(train.ours, (g) => !seen(g)),
        total(train.theirs, (g) => !seen(g)),
      ),
    );
    rows.push(row("gum-train all (177 docs)", total(train.ours, all), total(train.theirs, all)));
    rows.push(row("gum-train as one corpus, voted", train.voted, total(train.theirs, all)));
    if (dev !== null)
      rows.push(
        row(
          "gum-dev + gum-train",
          total(dev.ours, all).plus(total(train.ours, all)),
          total(dev.theirs, all).plus(total(train.theirs, all)),
        ),
      );
  }
  console.log("people per document (micro); * = genre whose GUM train documents trained the tagger");
  console.log(table(rows));
  console.log("\npronoun → named person (he/him/his/himself/she/her/hers/herself in people's chains):");
  for (const line of pronounLines) console.log(line);
}
