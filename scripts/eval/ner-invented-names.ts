/**
 * `npx tsx scripts/eval/ner-invented-names.ts [--show]`: session 14's check of persons whose first name no list
 * knows: 40 invented-text first names from many countries (each unknown to the tagger's gazetteer and to the
 * first-name lexicon) × 10 contexts, run through annotate's mentions; prints the misses per context and in all.
 * Every name and sentence is invented; no evaluation text.
 */
import { parseHeader } from "../../src/corpus/header.js";
import { isKnownFirstName } from "../../src/extract/entities/first-name.js";
import { nameDocument } from "../../src/pipeline/annotate.js";
import { splitDocument } from "../../src/text/split.js";
import type { Document } from "../../src/types.js";

const FIRST = [
  "Kwabena",
  "Chidinma",
  "Thandeka",
  "Nomvula",
  "Bakhyt",
  "Yerlan",
  "Dauren",
  "Aigerim",
  "Otabek",
  "Dilnoza",
  "Saltanat",
  "Temuulen",
  "Batbayar",
  "Enkhjin",
  "Sokha",
  "Vannak",
  "Kittipong",
  "Wiremu",
  "Aroha",
  "Sione",
  "Losana",
  "Epeli",
  "Teuila",
  "Eero",
  "Jorunn",
  "Bjarni",
  "Eydis",
  "Zdzislaw",
  "Grazyna",
  "Bohumil",
  "Ljupco",
  "Besnik",
  "Gjergj",
  "Hovhannes",
  "Tamuna",
  "Nodar",
  "Farrukh",
  "Behnoosh",
  "Xochitl",
  "Yupanqui",
  "Amaru",
  "Illari",
  "Quilla",
  "Kusi",
  "Nikoloz",
  "Guram",
  "Parviz",
  "Dragica",
  "Fatos",
  "Ardian",
];
const SURNAMES = [
  "Asante",
  "Okonkwo",
  "Dlamini",
  "Mthembu",
  "Serikbay",
  "Nurpeisov",
  "Abenov",
  "Tokayeva",
  "Rakhimov",
  "Yusupova",
  "Zhanibek",
  "Ganbold",
  "Tserendorj",
  "Batsaikhan",
  "Chhay",
  "Sovann",
  "Wongsakul",
  "Tamihana",
  "Ngata",
  "Tuilagi",
  "Vakaloloma",
  "Ratuva",
  "Leiataua",
  "Kurkinen",
  "Brekke",
  "Thorvaldsson",
  "Gudmundsdottir",
  "Wrobel",
  "Kaczmarek",
  "Dvorak",
  "Trajkovski",
  "Hoxha",
  "Gjoka",
  "Sargsyan",
  "Beridze",
  "Kvaratskhelia",
  "Mirzaev",
  "Tehrani",
  "Cuauhtli",
  "Mamani",
];
const CONTEXTS: readonly [string, (f: string, s: string, g: string) => [string, string]][] = [
  ["sentence start", (f, s) => [`${f} ${s} opened the meeting on Tuesday.`, `${f} ${s}`]],
  ["after a role", (f, s) => [`Finance Minister ${f} ${s} said the budget would pass.`, `${f} ${s}`]],
  ["after by", (f, s) => [`The talks were led by ${f} ${s}, the union's negotiator.`, `${f} ${s}`]],
  ["in a list", (f, s) => [`Speakers included Mara Holt, ${f} ${s} and Peter Lang.`, `${f} ${s}`]],
  ["hyphenated", (f, s, g) => [`${f}-${g} ${s} won the regional title on Sunday.`, `${f}-${g} ${s}`]],
  ["with an initial", (f, s) => [`${f} K. ${s}, 41, was charged with fraud.`, `${f} K. ${s}`]],
  ["said after a quote", (f, s) => [`"We will rebuild," said ${f} ${s}, a local farmer.`, `${f} ${s}`]],
  ["according to", (f, s) => [`According to ${f} ${s}, the bridge was closed.`, `${f} ${s}`]],
  ["in apposition", (f, s) => [`Her coach, ${f} ${s}, declined to comment.`, `${f} ${s}`]],
  ["named as", (f, s) => [`Police named the victim as ${f} ${s} of Ashford.`, `${f} ${s}`]],
];

function mentionsOf(text: string): string[] {
  const { date, headers, bodyStart } = parseHeader(text);
  const doc: Document = { id: "-", path: "-", text, date, headers, bodyStart, encoding: "utf-8" };
  return nameDocument(doc, splitDocument(doc)).mentions.map((m) => `${m.type}:${m.text}`);
}

const show = process.argv.includes("--show");
const first = FIRST.filter((f) => !isKnownFirstName(f)).slice(0, 40);
if (first.length < 40) throw new Error(`only ${first.length} unknown first names`);
let missed = 0;
for (const [name, make] of CONTEXTS) {
  let here = 0;
  first.forEach((f, i) => {
    const [text, want] = make(f, SURNAMES[i] as string, first[(i + 1) % first.length] as string);
    const got = mentionsOf(text);
    if (!got.includes(`person:${want}`)) {
      here++;
      if (show) console.log(`${name}\t${text}\t${got.join(" | ")}`);
    }
  });
  missed += here;
  console.log(`${name}: missed ${here}/${first.length}`);
}
console.log(`all: missed ${missed}/${first.length * CONTEXTS.length}`);
