/**
 * Naming within a document: the canonical `entity` of every person and organization mention, and the type
 * of a one-word name that the document shows to be a person's surname. Extraction (extract/entities) finds the
 * spans and their types; places, countries and demonyms come named by the gazetteer.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import {
  LANGUAGE_NOUNS,
  LANGUAGE_PREPOSITIONS,
  LEARNING_VERBS,
  SPEECH_VERBS,
} from "../../lexicon/language-cues.js";
import { FAMILY_ROLES } from "../../lexicon/speaker-roles.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { displayName } from "../../text/names.js";
import { tokenAt } from "../../text/token-at.js";
import type { Mention, Token } from "../../types.js";
import { withAppositiveOrganizations } from "./appositive-organizations.js";
import { withAppositivePersons } from "./appositive-persons.js";
import { withBands } from "./bands.js";
import { withCapitalSurnames, withCapitalSurnamesAlone } from "./capital-names.js";
import { withoutCharacters } from "./characters.js";
import { citedAuthors } from "./citations.js";
import { withClippedParties, withPartyNames } from "./clipped-parties.js";
import { withCompanyFormNames, withCompanyFormShortNames } from "./company-form-names.js";
import { withConstituencies } from "./constituencies.js";
import { withCoordinatedFirms } from "./coordinated-firm-names.js";
import { withCoordinatedFirmSpans } from "./coordinated-firm-spans.js";
import { withCoordinatedFirstNames } from "./coordinated-first-names.js";
import { coordinatedNames } from "./coordinated-names.js";
import { withCoordinatedPlaces } from "./coordinated-places.js";
import { withoutCredits } from "./credits.js";
import { withCutFirstNames } from "./cut-first-names.js";
import { withDataSources } from "./data-sources.js";
import { withDealParties } from "./deal-parties.js";
import { withDemonymFirms } from "./demonym-firms.js";
import { withoutLeadingDescriptors } from "./descriptor-led-names.js";
import { withEmployerModifiers } from "./employer-modifiers.js";
import { withoutEpithets } from "./epithets.js";
import { withoutEponyms } from "./eponyms.js";
import { withoutFamilies } from "./families.js";
import { withFirmCounts } from "./firm-counts.js";
import { withFirmLedNames } from "./firm-led-names.js";
import { withFirmNouns } from "./firm-nouns.js";
import { withFirmPossessions } from "./firm-possessions.js";
import { withFirmRelatives } from "./firm-relatives.js";
import { withFirmResults } from "./firm-results.js";
import { withFirmStatements } from "./firm-statements.js";
import { withFirmTickers } from "./firm-tickers.js";
import { withFoundedFirms } from "./founded-firms.js";
import { type Gender, genderOfFullName, genderOfKinBefore, genderOfTitle, isRoleTitle } from "./gender.js";
import { ungluedNames } from "./glued-names.js";
import { withHeadlineTeams } from "./headline-teams.js";
import { withoutHeadlineWords } from "./headline-words.js";
import { splitWivesByHusbandsNames } from "./husbands-names.js";
import { joinInitialedNames } from "./initialed-names.js";
import { withoutJoinedNames } from "./joined-names.js";
import { withKinSurnames } from "./kin-surnames.js";
import { withLexiconPersons } from "./lexicon-persons.js";
import { splitAtLineBreaks } from "./line-break-names.js";
import { withLocalThings } from "./local-things.js";
import { withoutModifierNames } from "./modifier-names.js";
import { withNameEdgesCut } from "./name-edges.js";
import { withArticledSurnamesAlone, withWholeNames } from "./name-order.js";
import { withoutNamedThings } from "./named-things.js";
import { withNewsBrands } from "./news-brands.js";
import { dropWords, withoutWorks } from "./not-people.js";
import { settleOneWordPersons } from "./one-word-persons.js";
import { splitOrganizationRunOns } from "./organization-run-ons.js";
import { withPossessiveInstitutions } from "./organization-spans.js";
import { documentSpellings, nameOrganizations } from "./organizations.js";
import { withOtherNames } from "./other-names.js";
import { withPartnerChains } from "./partner-chains.js";
import { withoutPeoples } from "./peoples.js";
import { withPersonalNames } from "./personal-names.js";
import { personKey, personRule } from "./persons.js";
import { withoutPetsAndAwards } from "./pets-and-awards.js";
import { withPlaceBodies } from "./place-bodies.js";
import { withPlaceContexts } from "./place-contexts.js";
import { withPlaceFirms } from "./place-firms.js";
import { withPlaceFirstNames } from "./place-first-names.js";
import { joinPlaceSurnames } from "./place-surnames.js";
import { withPlatforms } from "./platforms.js";
import { withPluralTeams } from "./plural-teams.js";
import { withPollsters } from "./pollsters.js";
import { withPossessivePlaces } from "./possessive-places.js";
import { withPossessorPersons } from "./possessor-persons.js";
import { withoutPostNominals } from "./post-nominals.js";
import { withPublicationIssues } from "./publication-issues.js";
import { withoutRacehorses } from "./racehorses.js";
import { relabelSurnames } from "./relabeled-surnames.js";
import { splitRunInSurnames } from "./run-in-surnames.js";
import { withScorers } from "./scorer-deeds.js";
import { settleTypes } from "./settled-types.js";
import { withShapedNames } from "./shaped-names.js";
import { withSharedSurnames } from "./shared-surnames.js";
import { withoutSourceLists } from "./source-lists.js";
import { spellingVariants, withOneSpelling } from "./spellings.js";
import { withStyledPersons } from "./styled-persons.js";
import { withSurnameContexts } from "./surname-contexts.js";
import { withTakeoverBidders } from "./takeover-bidders.js";
import { withTeams } from "./teams.js";
import { withTitledBodies } from "./titled-bodies.js";
import { withTitledNames, withTitlesBefore } from "./titled-names.js";
import { splitTitledNamesakes } from "./titled-namesakes.js";
import { splitTitledSpans } from "./titled-spans.js";
import { withoutTopicLists } from "./topic-lists.js";
import { withTownsByState } from "./towns-by-state.js";
import { withTranscriptLabels } from "./transcript-labels.js";
import { withVenuesAndEvents } from "./venues-and-events.js";
import { withWordSurnamesAsFirms } from "./word-surnames.js";
import { withoutRankedWorks } from "./work-rankings.js";
import { withoutWornLabels } from "./worn-labels.js";

/**
 * Sets `entity` of the person mentions (in place) by the person rule. The canonical form is the longest
 * name as written, in mixed case where the document has it ("HASSAN ROUHANI" in a headline).
 */
function namePersons(mentions: Mention[], text: string): void {
  const persons = mentions.filter((m) => m.type === "person");
  // No person, nothing to name: none of the maps below is made (their Maps were 4% of resolve/names' allocation).
  if (persons.length === 0) return;
  const coordinated = coordinatedNames(text, persons);
  // A name cut by editorial brackets ("[Dana] Whitlow", extract/entities/editorial-brackets.ts) is named without them.
  const writtenAs = (m: Mention): string =>
    coordinated?.get(m) ?? (m.text.includes("]") ? m.text.replace(/[[\]]/g, "") : m.text);
  // Each mention's key made once: the loops below ask it up to seven times a mention. A name spelled two ways
  // takes the key of its first spelling (spellings.ts).
  const keys = new Map<Mention, string>();
  for (const m of persons) keys.set(m, personKey(writtenAs(m)));
  const variants = spellingVariants(keys.values());
  if (variants !== null) for (const [m, key] of keys) keys.set(m, variants.get(key) ?? key);
  const keyOf = (m: Mention): string => keys.get(m) as string;
  // Lower-cased name → the preferred written form (mixed case over all capitals).
  const forms = new Map<string, string>();
  for (const mention of persons) {
    const key = keyOf(mention);
    const known = forms.get(key);
    if (known === undefined || (!/\p{Ll}/u.test(known) && /\p{Ll}/u.test(mention.text)))
      forms.set(key, writtenAs(mention));
  }
  // Gender of a name from its own titles ("Mrs Mary Smith"), else from its first name ("Mary Smith"). A role noun's
  // gender yields to a first name's: British news writes "Conservative spokesman Caroline Spelman", and the role
  // made her a man whom "Mrs Spelman" could not join (session 32, an invented BBC politics story).
  const titleGender = new Map<string, Gender | null>();
  for (const mention of persons) {
    const gender = mention.title === undefined ? null : genderOfTitle(mention.title);
    if (gender === null) continue;
    const key = keyOf(mention);
    if (isRoleTitle(mention.title as string) && genderOfFullName(key) !== null) continue;
    const known = titleGender.get(key);
    titleGender.set(key, known === undefined || known === gender ? gender : null);
  }
  // A full name a family noun introduces ("her brother Robin Hale") takes that noun's gender where its first name
  // tells none (gender.ts, genderOfKinBefore).
  const kinGender = new Map<string, Gender | null>();
  for (const mention of persons) {
    if (!mention.text.includes(" ") || mention.title !== undefined) continue;
    const gender = genderOfKinBefore(text, mention.start);
    if (gender === null) continue;
    const key = keyOf(mention);
    const known = kinGender.get(key);
    kinGender.set(key, known === undefined || known === gender ? gender : null);
  }
  // A first name the lexicon reads as a woman's is no evidence against a man's title where no other person named in
  // full shares the surname ("Erin O'Toole" and "Mr. O'Toole": session 36-37 probes, CP 2019; the lexicon reads some
  // men's names as women's, as the speakers' title-gender.ts found), while a man's first name keeps a woman's title
  // apart ("Kevin Ashworth" and his widow "Mrs Ashworth": session 37 probe, BBC court report).
  const surnames = new Map<string, number>();
  for (const key of forms.keys()) {
    const space = key.lastIndexOf(" ");
    if (space > 0) surnames.set(key.slice(space + 1), (surnames.get(key.slice(space + 1)) ?? 0) + 1);
  }
  const lexiconGender = (key: string): Gender | null => {
    const gender = genderOfFullName(key);
    if (gender !== "female") return gender;
    return (surnames.get(key.slice(key.lastIndexOf(" ") + 1)) ?? 0) > 1 ? gender : null;
  };
  const genderOf = (key: string): Gender | null =>
    titleGender.has(key)
      ? (titleGender.get(key) ?? null)
      : (lexiconGender(key) ?? kinGender.get(key) ?? null);
  const written = new Map<string, number>();
  for (const mention of persons) {
    const key = keyOf(mention);
    written.set(key, (written.get(key) ?? 0) + 1);
  }
  const titles = new Map<string, Set<string>>();
  for (const mention of persons) {
    if (mention.title === undefined) continue;
    const key = keyOf(mention);
    const known = titles.get(key);
    if (known === undefined) titles.set(key, new Set([mention.title.toLowerCase()]));
    else known.add(mention.title.toLowerCase());
  }
  const firstWritten = new Map<string, number>();
  for (const mention of persons)
    if (!firstWritten.has(keyOf(mention))) firstWritten.set(keyOf(mention), mention.start);
  const canonicalOf = personRule(forms.keys(), {
    firstNames: true,
    firstWrittenAt: (key) => firstWritten.get(key) ?? 0,
    genderOf,
    mentionsOf: (key) => written.get(key) ?? 0,
    isFirstName: isKnownFirstName,
    titlesOf: (key) => titles.get(key),
  });
  const titleOf = (mention: Mention) =>
    mention.title === undefined
      ? undefined
      : { gender: genderOfTitle(mention.title), title: mention.title.toLowerCase() };
  // Where each person the rule settles is named: a short name it leaves between candidates ("Smith" beside
  // "John Smith" and "Mary Smith") means the one named last before it, else the one named next after it.
  const namedAt = new Map<string, number[]>();
  for (const mention of persons) {
    const key = canonicalOf(keyOf(mention), titleOf(mention));
    const starts = namedAt.get(key);
    if (starts === undefined) namedAt.set(key, [mention.start]);
    else starts.push(mention.start);
  }
  // Where a relative of another person is named in that person's relative clause ("Michael Roe, whose daughter
  // Samya Roe died"): a later "Roe" is the clause's person, whom the story follows (nearestNamed).
  const relatives = new Set<number>();
  for (const mention of persons) {
    const noun = WHOSE_KIN_BEFORE.exec(text.slice(Math.max(0, mention.start - 24), mention.start))?.[1];
    if (noun !== undefined && FAMILY_ROLES.has(noun)) relatives.add(mention.start);
  }
  for (const mention of persons) {
    const nearest = (candidates: readonly string[]): string | null =>
      nearestNamed(candidates, namedAt, mention.start, relatives);
    const key = canonicalOf(keyOf(mention), titleOf(mention), nearest);
    mention.entity = displayName(forms.get(key) ?? key);
  }
}

/** "whose daughter ", "whose son, " right before a name: group 1 the family noun. */
const WHOSE_KIN_BEFORE = /(?:^|[^\p{L}])whose\s+(\p{Ll}+),?\s+$/u;

/**
 * Of `candidates`, the one named last before `at`, else the one named first after it; a name written as a
 * relative in another's clause (`relatives`, by start) only when no other candidate is named before. Invented AP
 * story (session 32): "Michael Stumo, whose daughter Samya Rose Stumo died in the crash, ... “He needs to go,”
 * Stumo said" gave the quote to the daughter.
 */
function nearestNamed(
  candidates: readonly string[],
  namedAt: ReadonlyMap<string, number[]>,
  at: number,
  relatives: ReadonlySet<number>,
): string | null {
  let before: { key: string; start: number } | null = null;
  let relativeBefore: { key: string; start: number } | null = null;
  let after: { key: string; start: number } | null = null;
  for (const key of candidates)
    for (const start of namedAt.get(key) ?? []) {
      if (start < at && relatives.has(start)) {
        if (relativeBefore === null || start > relativeBefore.start) relativeBefore = { key, start };
        continue;
      }
      if (start < at && (before === null || start > before.start)) before = { key, start };
      if (start > at && (after === null || start < after.start)) after = { key, start };
    }
  return before?.key ?? relativeBefore?.key ?? after?.key ?? null;
}

/**
 * A demonym that names a language is no mention of its country: after a speech verb ("speaks Dutch"), before a
 * language noun ("the English language"), or after "in"/"into"/"from" or a verb of learning with no noun after it
 * ("written in English, but ..."; "teaching English to"; "in Dutch universities" stays the Netherlands).
 */
function dropLanguages(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  return mentions.filter((m) => {
    if (m.type !== "demonym") return true;
    const at = tokenAt(tokens, m.start);
    const before = tokens[at - 1]?.lower ?? "";
    const after = tokens[tokenAt(tokens, m.end)];
    const next = after?.lower ?? "";
    if (
      SPEECH_VERBS.has(before) ||
      LANGUAGE_NOUNS.has(next) ||
      (next === "-" && LANGUAGE_NOUNS.has(tokens[tokenAt(tokens, m.end) + 1]?.lower ?? ""))
    )
      return false;
    if (!LANGUAGE_PREPOSITIONS.has(before) && !LEARNING_VERBS.has(before)) return true;
    return after !== undefined && after.kind === "word" && !STOPWORDS.has(next);
  });
}

/**
 * Names a document's mentions (text order): credit lines' people left out, types settled by the document,
 * then canonical names.
 */
export function nameMentions(found: Mention[], text: string, tokens: readonly Token[]): Mention[] {
  // Step by step, in this order (each takes the one before's mentions).
  let mentions = withoutHeadlineWords(
    splitTitledSpans(
      withLexiconPersons(
        withPersonalNames(
          splitOrganizationRunOns(
            withTranscriptLabels(
              text,
              withCutFirstNames(
                joinInitialedNames(
                  joinPlaceSurnames(
                    // Session 33: a place read from a person's first name ("Jordan Henderson": place-first-names.ts).
                    // Session 34: two known firms read as one across "and" (coordinated-firm-spans.ts).
                    withPlaceFirstNames(
                      text,
                      // Session 37: "in France Gomis is put through" (run-in-surnames.ts).
                      splitRunInSurnames(
                        text,
                        splitAtLineBreaks(withTitledBodies(withCoordinatedFirmSpans(found), text)),
                      ),
                    ),
                    text,
                  ),
                  text,
                ),
                text,
              ),
            ),
          ),
          text,
        ),
        text,
      ),
    ),
    text,
  );
  // Session 30: "QC", "CBE" after a name are no organizations.
  mentions = withoutPostNominals(mentions);
  // Session 32: "Lib Dem" read as a person is the party (clipped-parties.ts); a garment or a glued participle
  // after a name, a clause's opener before it, are cut off ("Bernie Sanders T-shirts", "If Trump": name-edges.ts).
  mentions = withNameEdgesCut(withClippedParties(mentions));
  // Session 34: a party's name read as a person or a place ("Plaid Cymru": clipped-parties.ts).
  mentions = withPartyNames(text, mentions);
  mentions = withCapitalSurnamesAlone(withCapitalSurnames(mentions, tokens, text), tokens, text);
  mentions = withTitlesBefore(withTitledNames(mentions, tokens, text), tokens, text);
  mentions = withoutSourceLists(text, withoutCredits(text, withShapedNames(mentions, tokens, text)));
  // Session 38: a page's topic tags under the story ("Related Topics", "Topics:": topic-lists.ts).
  mentions = withoutTopicLists(text, mentions);
  mentions = withVenuesAndEvents(text, withoutNamedThings(text, withPossessiveInstitutions(mentions, text)));
  mentions = withoutJoinedNames(
    text,
    withHeadlineTeams(text, withPluralTeams(text, withTeams(text, mentions))),
  );
  mentions = withoutCharacters(text, withoutWorks(text, ungluedNames(text, tokens, mentions)));
  mentions = withWholeNames(
    withDemonymFirms(dropLanguages(dropWords(withoutEpithets(text, mentions), tokens), tokens), text, tokens),
    tokens,
    text,
  );
  mentions = withArticledSurnamesAlone(mentions, tokens);
  mentions = withoutWornLabels(text, withoutFamilies(text, withConstituencies(mentions, tokens, text)));
  mentions = withoutRacehorses(text, withoutPetsAndAwards(text, withLocalThings(text, mentions)));
  mentions = withoutPeoples(text, mentions);
  mentions = withoutRankedWorks(text, withoutEponyms(text, withoutModifierNames(text, mentions)));
  mentions = withAppositivePersons(text, withAppositiveOrganizations(text, withFirmLedNames(text, mentions)));
  mentions = withPossessorPersons(text, mentions);
  // Session 33: a full name read as a firm whose surname is a person's alone ("Stone, 17, said": surname-contexts.ts).
  mentions = withSurnameContexts(text, mentions);
  mentions = withPlaceContexts(text, withPossessivePlaces(text, mentions));
  // Session 34: a place's name holding a public body's word is the body ("Ghana Cocoa Board": place-bodies.ts).
  mentions = withPlaceBodies(mentions);
  mentions = withFirmNouns(text, withDealParties(text, mentions));
  mentions = withFirmResults(text, withFirmPossessions(text, withEmployerModifiers(text, mentions)));
  mentions = withPlaceFirms(text, withFirmStatements(text, mentions));
  mentions = withFoundedFirms(text, withFirmTickers(text, withFirmRelatives(text, mentions)));
  mentions = withDataSources(text, withPollsters(text, withFirmCounts(text, mentions)));
  mentions = withBands(text, withPlatforms(text, withTakeoverBidders(text, mentions)));
  mentions = withNewsBrands(text, mentions);
  mentions = withPartnerChains(text, mentions);
  mentions = withCompanyFormNames(withoutLeadingDescriptors(withPublicationIssues(text, mentions)), text);
  // Session 31: "the Duke of Edinburgh", "the Prince of Wales" (styled-persons.ts), after every shape rule.
  mentions = withStyledPersons(text, mentions);
  // Session 31: a one-word "person" coordinated with a firm is a firm ("Tesco and Asda": coordinated-firm-names.ts).
  mentions = withCoordinatedFirms(text, mentions);
  // Session 32: a "person" listed among towns is a town ("Sioux Lookout, Kenora and Moosonee": coordinated-places.ts).
  mentions = withCoordinatedPlaces(text, mentions);
  // Session 32: a town before its state's or province's abbreviation ("Ajax, Ont.": towns-by-state.ts).
  mentions = withTownsByState(text, mentions);
  // Session 32: a player read as an organization before a deed with the ball ("Didier Drogba headed": scorer-deeds.ts).
  mentions = withScorers(text, mentions);
  // Session 32: a first name the tagger left beside a coordinated person ("Joe and Katherine Jaxon": coordinated-first-names.ts).
  mentions = withCoordinatedFirstNames(text, mentions);
  // Session 37: "Xbox Live", "Harken Oil" firms, not persons (word-surnames.ts).
  mentions = withWordSurnamesAsFirms(text, tokens, mentions);
  settleTypes(mentions, text);
  const cited = citedAuthors(text, mentions);
  relabelSurnames(mentions, text);
  namePersons(mentions, text);
  splitTitledNamesakes(mentions, text);
  splitWivesByHusbandsNames(mentions);
  // Session 39: "Mrs Whitcombe's husband, Steve," is Steve Whitcombe (kin-surnames.ts).
  withKinSurnames(mentions, text);
  const named = withCompanyFormShortNames(settleOneWordPersons(mentions, tokens, cited), text);
  const organized = nameOrganizations(
    named,
    text,
    tokens,
    documentSpellings(() => wordTexts(tokens)),
  );
  const shared = withSharedSurnames(organized, text);
  withOneSpelling(shared);
  return singleSpacedEntities(withOtherNames(text, shared));
}

/** A run of white space or a line break. */
const RAGGED_SPACE = /\s\s|[^\S ]/u;

/**
 * The mentions, in place, with every entity written with single spaces: a name a wire wrapped ("Cherry⏎Valley") or a
 * web page wrote with a no-break space ("Marco Rubio" with U+00A0 in a PolNeAR story was listed apart from the same
 * name in the other stories) is listed as the reader writes it. The mention's `text` keeps the text as written.
 */
function singleSpacedEntities(mentions: Mention[]): Mention[] {
  for (const m of mentions) if (RAGGED_SPACE.test(m.entity)) m.entity = m.entity.replace(/\s+/gu, " ");
  return mentions;
}

/** The texts of the word tokens, pushed (a packed array) in one pass: no filtered copy of the tokens first. */
function wordTexts(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const t of tokens) if (t.kind === "word") words.push(t.text);
  return words;
}
