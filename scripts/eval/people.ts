/**
 * People per document and pronoun → named person, on GUM dev and train (../shared/eval/entities/gum-*.jsonl;
 * format in ../shared/eval/README.md).
 *
 * People: the distinct person entities of `annotate` (nameDocument, as the pipeline runs it) against the
 * document's named persons, beside compromise alone (nlp(text).people()). A predicted name matches a gold person
 * when it equals (ignoring case) the gold `name` or one of its `names`, or shares its surname (last word); each
 * gold person matches one prediction at most (exact matches first), so a lone first name listed beside the full
 * name is a false positive. Micro-averaged over the documents.
 *
 * Pronouns: every he/him/his/himself/she/her/hers/herself of a gold person's chain, resolved by
 * resolve/speakers (resolvePronoun, in text order, with the document's own mentions): right when the name it
 * gives matches that person by the same rule, on dev and on train (1,518 pronouns, the bigger proxy); wrong
 * ones are counted by kind. There is no compromise figure: it has no coreference.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { GENDERED_PRONOUNS } from "../../src/lexicon/pronouns.js";
import { nameDocument } from "../../src/pipeline/annotate.js";
import { genderOfFullName } from "../../src/resolve/names/gender.js";
import { createSpeakerContext, resolvePronoun } from "../../src/resolve/speakers/resolve.js";
import { splitDocument } from "../../src/text/split.js";
import type { Mention } from "../../src/types.js";
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

function readGum(evalDir: string, split: string): GumDocument[] {
  return readFileSync(join(evalDir, "entities", `gum-${split}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as GumDocument);
}

/** Why a pronoun went wrong, by kind (not by case): what the rules in resolve/speakers are fixed against. */
type PronounError =
  | "unresolved"
  | "not a gold person (place, organization, other)"
  | "the gold person is unknown to us"
  | "another person, gender clash"
  | "another person, gender unknown"
  | "another person, same gender";

class PronounScore {
  pronouns = 0;
  right = 0;
  readonly errors = new Map<PronounError, number>();
  wrong(kind: PronounError): void {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
  }
  line(): string {
    const pct = ((100 * this.right) / Math.max(1, this.pronouns)).toFixed(1);
    return `${this.right}/${this.pronouns} right = ${pct}% (${this.errors.get("unresolved") ?? 0} unresolved)`;
  }
  kinds(): string {
    return [...this.errors]
      .sort((a, b) => b[1] - a[1])
      .map(([kind, n]) => `${kind} ${n}`)
      .join("; ");
  }
}

/** The gender of a gold person's chain, by the majority of its gendered pronouns; null when none or tied. */
function chainGender(d: GumDocument, person: GoldPerson): "male" | "female" | null {
  let male = 0;
  let female = 0;
  const eids = new Set(person.eids);
  for (const m of d.mentions) {
    if (!eids.has(m.eid)) continue;
    const g = GENDERED_PRONOUNS.get(m.text.toLowerCase());
    if (g === "male") male++;
    else if (g === "female") female++;
  }
  return male > female ? "male" : female > male ? "female" : null;
}

/** Scores pronoun → named person over one document (its mentions as the pipeline names them). */
function scorePronouns(
  d: GumDocument,
  split: ReturnType<typeof splitDocument>,
  mentions: readonly Mention[],
  score: PronounScore,
  log: boolean,
): void {
  const personOfEid = new Map<number, GoldPerson>();
  for (const person of d.people_chains) for (const eid of person.eids) personOfEid.set(eid, person);
  const ours = new Set(mentions.filter((m) => m.type === "person").map((m) => m.entity));
  const context = createSpeakerContext(split.tokens, split.sentences, mentions);
  for (const m of d.mentions) {
    const person = personOfEid.get(m.eid);
    if (person === undefined || !PRONOUNS.has(m.text.toLowerCase())) continue;
    score.pronouns++;
    const name = resolvePronoun(context, m);
    if (name !== null && namesPerson(name, person)) {
      score.right++;
      continue;
    }
    let kind: PronounError;
    if (![...ours].some((n) => namesPerson(n, person))) kind = "the gold person is unknown to us";
    else if (name === null) kind = "unresolved";
    else {
      const other = d.people_chains.find((g) => namesPerson(name, g));
      if (other === undefined) kind = "not a gold person (place, organization, other)";
      else {
        // The pronoun's own gender against the other person's (by its chain's pronouns, else its first name).
        const theirs = chainGender(d, other) ?? genderOfFullName(other.name);
        const mine = GENDERED_PRONOUNS.get(m.text.toLowerCase());
        kind =
          theirs === null
            ? "another person, gender unknown"
            : theirs === mine
              ? "another person, same gender"
              : "another person, gender clash";
      }
    }
    score.wrong(kind);
    if (log) console.log(`  ${d.id} ${m.text}@${m.start} → ${name}, gold ${person.name}: ${kind}`);
  }
}

export async function run(evalDir: string): Promise<void> {
  const docs = readGum(evalDir, "dev");
  const nlp = createRequire(import.meta.url)("compromise") as Nlp;
  const ours = new Score();
  const theirs = new Score();
  const pronounsBySplit = new Map<string, PronounScore>();
  // PEOPLE_EVAL_ERRORS=dev (or train) lists each wrong person and pronoun of that split.
  const errorsIn = process.env.PEOPLE_EVAL_ERRORS;
  for (const d of docs) {
    const doc = evalDocument(d.id, d.text);
    const split = splitDocument(doc);
    const { mentions } = nameDocument(doc, split);
    const predicted = [...new Set(mentions.filter((m) => m.type === "person").map((m) => m.entity))];
    ours.add(predicted, d.people_chains);
    theirs.add(compromisePeople(nlp, d.text), d.people_chains);
    if (errorsIn === "dev") {
      const gold = d.people_chains;
      const fp = predicted.filter((p) => !gold.some((g) => namesPerson(p, g)));
      const fn = gold.filter((g) => !predicted.some((p) => namesPerson(p, g))).map((g) => g.name);
      console.log(`${d.id}\n  not people: ${JSON.stringify(fp)}\n  missed: ${JSON.stringify(fn)}`);
    }
    const score = pronounsBySplit.get("dev") ?? new PronounScore();
    pronounsBySplit.set("dev", score);
    scorePronouns(d, split, mentions, score, errorsIn === "dev");
  }
  console.log(`\ngum-dev: ${docs.length} documents, people per document (micro)`);
  console.log(
    table([
      ["", "P", "R", "F1", "predicted", "gold"],
      ["corpus-cli", ...ours.row()],
      ["compromise alone", ...theirs.row()],
    ]),
  );
  // GUM train: a bigger proxy for pronouns (1,518 against 202); people there only for corpus-cli (compromise
  // alone takes most of the time).
  const train = readGum(evalDir, "train");
  const oursTrain = new Score();
  const trainScore = new PronounScore();
  pronounsBySplit.set("train", trainScore);
  for (const d of train) {
    const doc = evalDocument(d.id, d.text);
    const split = splitDocument(doc);
    const { mentions } = nameDocument(doc, split);
    oursTrain.add(
      [...new Set(mentions.filter((m) => m.type === "person").map((m) => m.entity))],
      d.people_chains,
    );
    scorePronouns(d, split, mentions, trainScore, errorsIn === "train");
  }
  console.log(
    `gum-train: ${train.length} documents, corpus-cli ${oursTrain.row().slice(0, 3).join(" ")} (P R F1)`,
  );
  console.log("\npronoun → named person (he/him/his/himself/she/her/hers/herself in people's chains):");
  for (const [name, score] of pronounsBySplit) {
    console.log(`gum-${name}: ${score.line()}`);
    console.log(`  wrong by kind: ${score.kinds()}`);
  }
}
