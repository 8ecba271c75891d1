/**
 * A town's name before a noun for the person named right after ("Glasgow stand-up Frankie Doyle", "Leeds
 * pensioner X"): the town says where the person is from and is a place. The tagger, trained on 1996 Reuters
 * where a town before a noun is most often a club ("Glasgow striker"), reads it as an organization.
 * The town is one or two capitalized words the gazetteer knows as a city or a region (not a country, a US state or
 * an organization), read as an organization; then one lower-case noun of TOWN_PERSON_NOUNS that is no club's post
 * (clubRoleSpans reads those), then a person. Session 29 probe: "Glasgow" an organization before "stand-up";
 * Reuters bench (19,779 documents): no other change once "lawyer" was out of the nouns. Session 36: a town
 * before a plural of its people or public servants (TOWN_PEOPLE_NOUNS: "Hamilton police say") is a place too,
 * with no person after.
 */
import { CLUB_ROLES } from "../../lexicon/match-report-words.js";
import { TOWN_PEOPLE_NOUNS, TOWN_PERSON_NOUNS } from "../../lexicon/person-nouns.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import { keyOf } from "./places.js";
import type { TokenSpan } from "./spans.js";

/** At most this many words of a town's name. */
const MOST_WORDS = 2;

/** The spans with each town before a person's noun and the person read as a place (the file's comment). */
export function townDescriptorSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let s = 0; s < spans.length; s++) {
    const town = spans[s] as TokenSpan;
    const person = spans[s + 1];
    if (town.label !== "ORG" || town.end - town.first > MOST_WORDS || tokens[town.end] === undefined)
      continue;
    // A town's people or public servants after it ("Hamilton police say"), or a person's noun and the person.
    const servants = isTownPeopleNoun(tokens[town.end] as Token);
    if (
      !servants &&
      (person?.label !== "PER" || person.first !== town.end + 1 || !isPersonNoun(tokens, town.end))
    )
      continue;
    if (!oneSpaceApart(tokens, town.end - 1) || (!servants && !oneSpaceApart(tokens, town.end))) continue;
    const key = keyOf(tokens, town.first, town.end);
    const kinds = gaz.phrases.get(key) ?? 0;
    if ((kinds & (Kind.city | Kind.bigCity | Kind.region)) === 0 || gaz.countries.has(key)) continue;
    if ((kinds & (Kind.country | Kind.state | Kind.organization)) !== 0) continue;
    out ??= spans.slice();
    out[s] = { label: "LOC", first: town.first, end: town.end };
  }
  return out ?? (spans as TokenSpan[]);
}

/** Whether a token is a lower-case plural for a town's people or public servants ("police", "residents"). */
function isTownPeopleNoun(word: Token): boolean {
  return word.kind === "word" && TOWN_PEOPLE_NOUNS.has(word.text);
}

/** Whether the token at `at` is a lower-case noun for a person that no club's post is. */
function isPersonNoun(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at] as Token;
  return (
    word.kind === "word" &&
    word.text === word.lower &&
    TOWN_PERSON_NOUNS.has(word.text) &&
    !CLUB_ROLES.has(word.text)
  );
}

/** Whether tokens `a` and `a + 1` are one space apart. */
function oneSpaceApart(tokens: readonly Token[], a: number): boolean {
  return (tokens[a + 1] as Token).start - (tokens[a] as Token).end === 1;
}
