/**
 * Pronoun → named person on GUM (../shared/eval/entities/gum-*.jsonl; format in ../shared/eval/README.md): every
 * he/him/his/himself/she/her/hers/herself of a gold person's chain, resolved by resolve/speakers (resolvePronoun,
 * in text order, with the document's own mentions as the pipeline names them): right when the name it gives
 * matches that person by the people score's rule (people-score.ts); wrong ones are counted by kind. There is no
 * compromise figure: it has no coreference.
 */
import { GENDERED_PRONOUNS } from "../../src/lexicon/pronouns.js";
import { genderOfFullName } from "../../src/resolve/names/gender.js";
import { createSpeakerContext, resolvePronoun } from "../../src/resolve/speakers/resolve.js";
import type { splitDocument } from "../../src/text/split.js";
import type { Mention } from "../../src/types.js";
import { type GoldPerson, type GumDocument, namesPerson } from "./people-score.js";

const PRONOUNS = new Set(["he", "him", "his", "himself", "she", "her", "hers", "herself"]);

/** Why a pronoun went wrong, by kind (not by case): what the rules in resolve/speakers are fixed against. */
export type PronounError =
  | "unresolved"
  | "not a gold person (place, organization, other)"
  | "the gold person is unknown to us"
  | "another person, gender clash"
  | "another person, gender unknown"
  | "another person, same gender";

export class PronounScore {
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
export function scorePronouns(
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
