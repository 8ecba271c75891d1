// The peer: compromise's full parse of each document (nlp + people + places), in one process.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import nlp from "compromise";

const dir = process.argv[2];
let people = 0;
let places = 0;
for (const name of readdirSync(dir).sort()) {
  const doc = nlp(readFileSync(path.join(dir, name), "utf8"));
  people += doc.people().out("array").length;
  places += doc.places().out("array").length;
}
process.stdout.write(`${people} people, ${places} places\n`);
