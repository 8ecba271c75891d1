/**
 * Names a document introduces as a work or an organization: after "the film", "the album", "the festival"
 * ("the film Zorblatt,") a name is a work; after "the company", "the app", "the band" an organization. Only when
 * the name ends its phrase (punctuation after it): "the film Spielberg directed" and "the company Smith founded"
 * name a person. Every mention of that name in the document goes the same way.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { INTRODUCED_ORGANIZATION_NOUNS, WORK_NOUNS } from "../../lexicon/introducing-nouns.js";
import type { Mention, Token } from "../../types.js";

const DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "new",
  "hit",
  "latest",
]);
const PHRASE_END = /^[,.;:)!?—–]$/u;

type Introduced = "work" | "organization";

const CAPITALIZED = /^\p{Lu}/u;

/**
 * The names the document introduces, by their text: after a determiner and an introducing noun, capitalized
 * words with single spaces between, then the end of the phrase. A name led by a known first name is left alone:
 * a person in apposition ("the campaign Jane Roe ran" aside, the rule wants the phrase to end).
 */
function introducedNames(text: string, tokens: readonly Token[]): Map<string, Introduced> | null {
  let found: Map<string, Introduced> | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const noun = (tokens[i] as Token).text;
    const kind: Introduced | null = WORK_NOUNS.has(noun)
      ? "work"
      : INTRODUCED_ORGANIZATION_NOUNS.has(noun)
        ? "organization"
        : null;
    if (kind === null || !DETERMINERS.has((tokens[i - 1] as Token).text.toLowerCase())) continue;
    let end = i;
    while (
      end + 1 < tokens.length &&
      end - i < 4 &&
      CAPITALIZED.test((tokens[end + 1] as Token).text) &&
      (tokens[end + 1] as Token).start === (tokens[end] as Token).end + 1
    )
      end++;
    const after = tokens[end + 1];
    if (end === i || (after !== undefined && !PHRASE_END.test(after.text))) continue;
    const name = text.slice((tokens[i + 1] as Token).start, (tokens[end] as Token).end);
    if (end > i + 1 && isKnownFirstName((tokens[i + 1] as Token).text)) continue;
    found ??= new Map();
    found.set(name, kind);
  }
  return found;
}

/**
 * The mentions with the persons the document introduces as works left out, and those it introduces as
 * organizations made organizations. Returns the same array when none.
 */
export function withIntroducedNames(mentions: Mention[], text: string, tokens: readonly Token[]): Mention[] {
  if (!mentions.some((m) => m.type === "person")) return mentions;
  const introduced = introducedNames(text, tokens);
  if (introduced === null) return mentions;
  const kept: Mention[] = [];
  for (const m of mentions) {
    const kind = m.type === "person" ? introduced.get(m.text) : undefined;
    if (kind === "work") continue;
    if (kind === "organization") {
      m.type = "organization";
      m.entity = m.text;
    }
    kept.push(m);
  }
  return kept;
}
