import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Small synthetic news corpora for the scale tests: invented people, real countries and cities, quotes
 * with reporting verbs, dates in the header, spread over nested folders. Deterministic for a given seed.
 */
const PEOPLE = [
  "Maria Lindqvist",
  "Tomas Okafor",
  "Helen Brandt",
  "Ravi Menon",
  "Clara Duval",
  "Jonas Weber",
  "Amina Haddad",
  "Peter Szabo",
];
const COUNTRIES = ["France", "Kenya", "Japan", "Brazil", "Canada", "Norway", "India", "Egypt"];
const CITIES = ["Lyon", "Nairobi", "Osaka", "Recife", "Calgary", "Bergen", "Pune", "Alexandria"];
const TOPICS = ["the harbour project", "grain prices", "the new rail line", "water rights", "the budget"];
const VERBS = ["said", "told reporters", "added", "warned"];

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)] as T;
}

export function syntheticArticle(seed: number, paragraphs = 12): string {
  const next = random(seed * 7919 + 17);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(next() * 28)).padStart(2, "0");
  const lines = [`date 2021-${month}-${day}`, ""];
  for (let p = 0; p < paragraphs; p++) {
    const person = pick(PEOPLE, next);
    const surname = person.split(" ")[1];
    const country = pick(COUNTRIES, next);
    const city = pick(CITIES, next);
    const topic = pick(TOPICS, next);
    lines.push(
      `${person}, a minister from ${country}, met officials in ${city} on Tuesday to discuss ${topic}. ` +
        `“We expect an agreement on ${topic} before the end of the month,” ${surname} ${pick(VERBS, next)}. ` +
        `Talks in ${city} will continue next week, according to a statement from the government of ${country}.`,
      "",
    );
  }
  return lines.join("\n");
}

/** Writes `count` articles under `dir`, in a few nested folders; returns the folder. */
export function writeSyntheticCorpus(dir: string, count: number, paragraphs = 12): string {
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, ["", "a", "a/b", "c"][i % 4] as string);
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, `article-${String(i).padStart(4, "0")}.txt`),
      syntheticArticle(i + 1, paragraphs),
    );
  }
  return dir;
}
