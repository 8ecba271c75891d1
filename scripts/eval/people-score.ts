/**
 * The people-per-document score (GUM; format in ../shared/eval/README.md). A predicted name matches a gold person
 * when it equals (ignoring case) the gold `name` or one of its `names`, or shares its surname (last word); each
 * gold person matches one prediction at most (exact matches first), so a lone first name listed beside the full
 * name is a false positive. Micro-averaged over the documents.
 */

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: string;
  eid: number;
}

export interface GoldPerson {
  name: string;
  names: string[];
  eids: number[];
}

export interface GumDocument {
  id: string;
  genre: string;
  text: string;
  mentions: GoldMention[];
  people_chains: GoldPerson[];
}

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

/** Which predictions of one document are right (matched one gold person each), in the scorer's order. */
export function matchPeople(predicted: readonly string[], gold: readonly GoldPerson[]): boolean[] {
  const free = new Set(gold.map((_, i) => i));
  const right = predicted.map(() => false);
  predicted.forEach((p, k) => {
    const i = [...free].find((g) => equalName(p, gold[g] as GoldPerson));
    if (i === undefined) return;
    free.delete(i);
    right[k] = true;
  });
  predicted.forEach((p, k) => {
    if (right[k]) return;
    const i = [...free].find((g) => sameSurname(p, gold[g] as GoldPerson));
    if (i === undefined) return;
    free.delete(i);
    right[k] = true;
  });
  return right;
}

export class Score {
  tp = 0;
  predicted = 0;
  gold = 0;
  add(predicted: readonly string[], gold: readonly GoldPerson[]): boolean[] {
    const right = matchPeople(predicted, gold);
    this.tp += right.filter(Boolean).length;
    this.predicted += predicted.length;
    this.gold += gold.length;
    return right;
  }
  plus(other: Score): Score {
    const sum = new Score();
    sum.tp = this.tp + other.tp;
    sum.predicted = this.predicted + other.predicted;
    sum.gold = this.gold + other.gold;
    return sum;
  }
  row(): string[] {
    const p = this.predicted === 0 ? 0 : this.tp / this.predicted;
    const r = this.gold === 0 ? 0 : this.tp / this.gold;
    const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return [p, r, f].map((x) => (100 * x).toFixed(1)).concat([String(this.predicted), String(this.gold)]);
  }
}

type Nlp = (text: string) => { people(): { out(format: "array"): string[] } };

/** compromise alone: nlp(text).people(), trimmed of possessives and punctuation, distinct. */
export function compromisePeople(nlp: Nlp, text: string): string[] {
  const names = nlp(text)
    .people()
    .out("array")
    .map((n) => n.replace(/(?:['’]s)?[\s\p{P}]*$/u, "").replace(/^[\s\p{P}]+/u, ""))
    .filter((n) => n !== "");
  return [...new Set(names.map((n) => n.replace(/\s+/g, " ")))];
}

export type { Nlp };
