/**
 * People per document and pronoun → named person, on GUM dev (../shared/eval/entities/gum-dev.jsonl; format in
 * ../shared/eval/README.md).
 *
 * People: the distinct person entities of `annotate` (nameDocument, as the pipeline runs it) against the
 * document's named persons, beside compromise alone (nlp(text).people()). A predicted name matches a gold person
 * when it equals (ignoring case) the gold `name` or one of its `names`, or shares its surname (last word); each
 * gold person matches one prediction at most (exact matches first), so a lone first name listed beside the full
 * name is a false positive. Micro-averaged over the documents.
 *
 * Pronouns: every he/him/his/himself/she/her/hers/herself of a gold person's chain, resolved by
 * resolve/speakers (resolvePronoun, in text order, with the document's own mentions): right when the name it
 * gives matches that person by the same rule. There is no compromise figure: it has no coreference.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { nameDocument } from "../../src/pipeline/annotate.js";
import { createSpeakerContext, resolvePronoun } from "../../src/resolve/speakers/resolve.js";
import { splitDocument } from "../../src/text/split.js";
import { evalDocument, table } from "../lib/shared.js";

interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: string;
  eid: number;
}

interface GoldPerson {
  name: string;
  names: string[];
  eids: number[];
}

interface GumDocument {
  id: string;
  genre: string;
  text: string;
  mentions: GoldMention[];
  people_chains: GoldPerson[];
}

const PRONOUNS = new Set(["he", "him", "his", "himself", "she", "her", "hers", "herself"]);

const norm = (name: string): string => name.toLowerCase().replace(/\s+/g, " ").trim();
const lastWord = (name: string): string => norm(name).split(" ").at(-1) ?? "";

function equalName(predicted: string, gold: GoldPerson): boolean {
  const p = norm(predicted);
  return p === norm(gold.name) || gold.names.some((n) => norm(n) === p);
}

function sameSurname(predicted: string, gold: GoldPerson): boolean {
  const surname = lastWord(predicted);
  return surname !== "" && [gold.name, ...gold.names].some((n) => lastWord(n) === surname);
}

/** Whether a predicted name names this gold person (equal name, or same surname). */
export function namesPerson(predicted: string, gold: GoldPerson): boolean {
  return equalName(predicted, gold) || sameSurname(predicted, gold);
}

class Score {
  tp = 0;
  predicted = 0;
  gold = 0;
  add(predicted: readonly string[], gold: readonly GoldPerson[]): void {
    const free = new Set(gold.map((_, i) => i));
    const left: string[] = [];
    for (const p of predicted) {
      const i = [...free].find((g) => equalName(p, gold[g] as GoldPerson));
      if (i === undefined) left.push(p);
      else free.delete(i);
    }
    let matched = predicted.length - left.length;
    for (const p of left) {
      const i = [...free].find((g) => sameSurname(p, gold[g] as GoldPerson));
      if (i !== undefined) {
        free.delete(i);
        matched++;
      }
    }
    this.tp += matched;
    this.predicted += predicted.length;
    this.gold += gold.length;
  }
  row(): string[] {
    const p = this.predicted === 0 ? 0 : this.tp / this.predicted;
    const r = this.gold === 0 ? 0 : this.tp / this.gold;
    const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return [p, r, f].map((x) => (100 * x).toFixed(1)).concat([String(this.predicted), String(this.gold)]);
  }
}

type Nlp = (text: string) => { people(): { out(format: "array"): string[] } };

function compromisePeople(nlp: Nlp, text: string): string[] {
  const names = nlp(text)
    .people()
    .out("array")
    .map((n) => n.replace(/(?:['’]s)?[\s\p{P}]*$/u, "").replace(/^[\s\p{P}]+/u, ""))
    .filter((n) => n !== "");
  return [...new Set(names.map((n) => n.replace(/\s+/g, " ")))];
}

export async function run(evalDir: string): Promise<void> {
  // PEOPLE_EVAL_SPLIT=train measures on GUM train instead (to tune there and report dev).
  const split = process.env.PEOPLE_EVAL_SPLIT === "train" ? "train" : "dev";
  const docs = readFileSync(join(evalDir, "entities", `gum-${split}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as GumDocument);
  const nlp = createRequire(import.meta.url)("compromise") as Nlp;
  const ours = new Score();
  const theirs = new Score();
  let pronouns = 0;
  let right = 0;
  let unresolved = 0;
  const errors = process.env.PEOPLE_EVAL_ERRORS === split;
  for (const d of docs) {
    const doc = evalDocument(d.id, d.text);
    const split = splitDocument(doc);
    const { mentions } = nameDocument(doc, split);
    const predicted = [...new Set(mentions.filter((m) => m.type === "person").map((m) => m.entity))];
    ours.add(predicted, d.people_chains);
    theirs.add(compromisePeople(nlp, d.text), d.people_chains);
    if (errors) {
      const gold = d.people_chains;
      const fp = predicted.filter((p) => !gold.some((g) => namesPerson(p, g)));
      const fn = gold.filter((g) => !predicted.some((p) => namesPerson(p, g))).map((g) => g.name);
      console.log(`${d.id}\n  not people: ${JSON.stringify(fp)}\n  missed: ${JSON.stringify(fn)}`);
    }

    const personOfEid = new Map<number, GoldPerson>();
    for (const person of d.people_chains) for (const eid of person.eids) personOfEid.set(eid, person);
    const context = createSpeakerContext(split.tokens, split.sentences, mentions);
    for (const m of d.mentions) {
      const person = personOfEid.get(m.eid);
      if (person === undefined || !PRONOUNS.has(m.text.toLowerCase())) continue;
      pronouns++;
      const name = resolvePronoun(context, m);
      if (name === null) unresolved++;
      else if (namesPerson(name, person)) right++;
      else if (errors) console.log(`  ${m.text}@${m.start} → ${name}, gold ${person.name}`);
    }
  }
  console.log(`\ngum-${split}: ${docs.length} documents, people per document (micro)`);
  console.log(
    table([
      ["", "P", "R", "F1", "predicted", "gold"],
      ["corpus-cli", ...ours.row()],
      ["compromise alone", ...theirs.row()],
    ]),
  );
  console.log(
    `\npronoun → named person (he/him/his/himself/she/her/hers/herself in people's chains): ` +
      `${right}/${pronouns} right = ${((100 * right) / Math.max(1, pronouns)).toFixed(1)}% ` +
      `(${unresolved} unresolved)`,
  );
}
