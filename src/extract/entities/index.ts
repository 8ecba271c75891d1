/**
 * The entity extraction stage: every mention of a person, country, place, organization or demonym in a
 * document, as a span with its type. Naming is resolve/names' job: a person's or organization's `entity` is
 * left as its surface text here.
 *
 * A perceptron tagger (tagger.ts, trained on news) finds the names; gazetteers then say what they are:
 * a LOC is a country (canonical name from world-countries) or a place (with its country), and a MISC that is
 * a demonym becomes a demonym of its country.
 */
import type { SplitDocument } from "../../text/split.js";
import type { Document, Mention } from "../../types.js";
import { abbreviatedOpenerSpans } from "./abbreviated-openers.js";
import { acronymTailsJoined } from "./acronym-tails.js";
import { ampersandNameSpans } from "./ampersand-names.js";
import { apposedNameSpans } from "./apposed-names.js";
import { articleNameSpans } from "./article-names.js";
import { callingPersons } from "./calling-names.js";
import { cityTeamSpans } from "./city-teams.js";
import { classRankSpans } from "./class-ranks.js";
import { clubRoleSpans } from "./club-roles.js";
import {
  andCoJoined,
  compoundFormsNamed,
  loneCompanyFormsNamed,
  namesBeforeFormsJoined,
  writtenFormsJoined,
} from "./company-forms.js";
import { compassPlaceSpans } from "./compass-places.js";
import { coordinatedFirmsSplit } from "./coordinated-firms.js";
import { datedTitleSpans } from "./dated-titles.js";
import {
  companyFormsJoined,
  looseFirms,
  looseSurnames,
  organizationsAsFullNames,
  placesAsSurnames,
  settleNames,
  surnameMentions,
  untaggedDemonyms,
} from "./document-names.js";
import { flagDocument } from "./document-view.js";
import { bracketedNamesJoined } from "./editorial-brackets.js";
import { elidedGivenNameSpans } from "./elided-given-names.js";
import { employerSpans } from "./employer-contexts.js";
import { firstNameMentions } from "./first-name-mentions.js";
import { gazetteer } from "./gazetteer.js";
import { gluedInitialismSpans } from "./glued-initialisms.js";
import { hyphenedFirstNameSpans } from "./hyphened-first-names.js";
import { extendInitials } from "./initials.js";
import { inlineCapitalNameSpans } from "./inline-capitals.js";
import { withoutTurnLabels } from "./interview-labels.js";
import { lineUpSpans } from "./line-ups.js";
import { firmSpeakerMentions, loneNameSpeakerSpans } from "./lone-name-speakers.js";
import { memberTitleSpans } from "./member-titles.js";
import { membersBodySpans } from "./members-bodies.js";
import { middleInitialSpans } from "./middle-initials.js";
import { contextSpans, type SettledNames } from "./name-contexts.js";
import { nameListSpans } from "./name-lists.js";
import { lazyWordPositions, nicknameSpans } from "./nicknames.js";
import { openingBodySpans } from "./opening-body-names.js";
import { ordinaryFirstNameSpans } from "./ordinary-first-names.js";
import { particleNameSpans } from "./particle-names.js";
import { partyTagMentions } from "./party-tags.js";
import { peerageMentions } from "./peerages.js";
import { joinFirstNames, joinInitials, rolePersons } from "./person-joins.js";
import { isTitleCaseLine } from "./person-span.js";
import { placeSpans } from "./place-names.js";
import { placeBeforeTitleSpans } from "./place-titles.js";
import { playerDeedSpans } from "./player-deeds.js";
import { rankLetterSpans } from "./rank-letters.js";
import { regnalSpans } from "./regnal.js";
import { fullNamesOfPersons, personsInResultLists } from "./result-lists.js";
import { saintNameSpans } from "./saint-names.js";
import { scorecardSpans } from "./scorecards.js";
import { segmentsOf } from "./segments.js";
import { Cue, cuesOfWords } from "./sentence-cues.js";
import { spacedInitialSpans } from "./spaced-initials.js";
import { isCapitalizedCommonWord, mentionsOfSpan } from "./span-mentions.js";
import { joinParticles, spansOfTags, type TokenSpan } from "./spans.js";
import { withoutStorms } from "./storms.js";
import { loadTagger, readsPronounNear, tagTokens } from "./tagger.js";
import { teamSlangSplit } from "./team-slang.js";
import { Flag } from "./token-view.js";
import { townDescriptorSpans } from "./town-descriptors.js";
import { unknownFirstNameSpans } from "./unknown-first-names.js";
import { unknownNameContextSpans } from "./unknown-name-contexts.js";
import { factsOfTokens } from "./word-facts.js";

export { loadTagger };

/**
 * Which tokens of the document a span covers (extractMentions' scratch, grown to the longest document; it holds
 * nothing between calls): a typed array of more than 64 bytes lives outside V8's heap and costs 8-12 times a
 * small one's time to make, and one per document was a quarter of extractMentions' own samples.
 */
let coveredTokens = new Uint8Array(4096);

/** The document's mention spans in text order; a person's or organization's `entity` is its text until resolve/names names it. */
export function extractMentions(doc: Document, split: SplitDocument): Mention[] {
  const { tokens } = split;
  if (tokens.length === 0) return [];
  const { turns } = split;
  const sentences = segmentsOf(
    doc.text,
    tokens,
    split.sentences,
    turns.map((t) => t.content),
  );
  const gaz = gazetteer();
  const facts = factsOfTokens(tokens);
  const view = flagDocument(facts, sentences, readsPronounNear());
  // The rules gated by the document's words (sentence-cues.ts): those reading past a sentence's end.
  const documentCues = cuesOfWords(facts, 0, tokens.length);
  const flags = view.flags;
  const mentions: Mention[] = [];
  if (coveredTokens.length < tokens.length)
    coveredTokens = new Uint8Array(Math.max(tokens.length, 2 * coveredTokens.length));
  const covered = coveredTokens.fill(0, 0, tokens.length);
  const headlineSpans: { span: TokenSpan; mention: Mention | null }[] = [];
  const settled: SettledNames = new Map();
  const looseWords: number[] = [];
  const firmSpeakers: number[] = [];
  const wordPositions = lazyWordPositions(tokens);
  // The start offsets of a line-up's players (line-ups.ts), whose mentions are marked at the end.
  const lineUpPlayers = new Set<number>();
  // A callback, not a for-of loop in this body: with the loop here every span rule was inlined into
  // extractMentions, which TurboFan then compiled 7 times (1,016 ms) and deoptimized 6 times over a Reuters run,
  // against 3 times (176 ms) and 2 with the callback (--trace-opt --trace-deopt, --jobs 1).
  sentences.forEach((sentence) => {
    const tags = tagTokens(view, sentence.firstToken, sentence.endToken);
    // The gated rules run only in a sentence that holds one of their cue words (sentence-cues.ts).
    const cues = cuesOfWords(facts, sentence.firstToken, sentence.endToken);
    const elided = elidedGivenNameSpans(
      joinParticles(
        // Session 34: a body's name opening the sentence ("Home Office minister": opening-body-names.ts).
        openingBodySpans(
          // Session 34: "Fort St." and "James" one place (saint-names.ts).
          saintNameSpans(spansOfTags(tags, sentence.firstToken), tokens),
          tokens,
          sentence.firstToken,
          sentence.endToken,
        ),
        tokens,
      ),
      tokens,
      sentence.endToken,
      gaz,
    );
    // Session 34: "Ernst & Young" one firm (ampersand-names.ts).
    const ampersand =
      (cues & Cue.ampersand) === 0
        ? elided
        : ampersandNameSpans(elided, tokens, sentence.firstToken, sentence.endToken);
    // Session 34: "Moqtada al-Sadr" one person (article-names.ts).
    const articled =
      (cues & Cue.articleName) === 0
        ? ampersand
        : articleNameSpans(ampersand, tokens, sentence.firstToken, sentence.endToken, gaz);
    const particles =
      (cues & Cue.particleName) === 0
        ? articled
        : particleNameSpans(articled, tokens, sentence.firstToken, sentence.endToken, gaz);
    const inline =
      (cues & Cue.capitals) === 0
        ? particles
        : inlineCapitalNameSpans(particles, tokens, sentence.firstToken, sentence.endToken, gaz);
    const joined = joinInitials(
      // Session 29: an ordinary word before a person is its first name ("Earl", "Hope"; ordinary-first-names.ts).
      ordinaryFirstNameSpans(
        joinFirstNames(
          (cues & Cue.hyphened) === 0
            ? inline
            : datedTitleSpans(inline, tokens, sentence.firstToken, sentence.endToken, gaz),
          tokens,
          sentence.firstToken,
          gaz,
        ),
        tokens,
        sentence.firstToken,
      ),
      tokens,
      gaz,
    );
    // Session 30: initials written as capitals without stops ("P R Bhavke") open one person.
    const extended = spacedInitialSpans(
      doc.text,
      extendInitials(joined, tokens, doc.text, sentence.endToken, gaz),
      tokens,
      sentence.firstToken,
      sentence.endToken,
      gaz,
    );
    const called = callingPersons(
      rolePersons(
        (documentCues & Cue.regnal) === 0 ? extended : regnalSpans(extended, tokens, gaz),
        tokens,
        gaz,
      ),
      tokens,
      gaz,
    );
    // Session 37: a legislator's title in capitals before a name ("MP Lawrence MacAulay": member-titles.ts).
    const titled = memberTitleSpans(called, tokens, sentence.firstToken, sentence.endToken, gaz);
    const tagged = rankLetterSpans(titled, tokens, sentence.endToken, gaz);
    const opened = abbreviatedOpenerSpans(doc.text, tagged, tokens, sentence.endToken);
    const unknown = unknownFirstNameSpans(
      doc.text,
      contextSpans(
        doc.text,
        placeSpans(
          doc.text,
          gluedInitialismSpans(
            (cues & Cue.compassPlace) === 0
              ? opened
              : compassPlaceSpans(opened, tokens, sentence.firstToken, sentence.endToken, gaz),
            tokens,
            sentence.firstToken,
            sentence.endToken,
            gaz,
          ),
          tokens,
          sentence.endToken,
          gaz,
          sentence.firstToken,
        ),
        tokens,
        sentence.firstToken,
        sentence.endToken,
        gaz,
        settled,
      ),
      tokens,
      sentence.firstToken,
      sentence.endToken,
      gaz,
    );
    // Session 14's readings, each on the one before's spans: a hyphened first name, unknown name words in a person's context, a middle
    // initial, a scorecard's dismissals, a list of names.
    const hyphened =
      (cues & Cue.hyphened) === 0
        ? unknown
        : hyphenedFirstNameSpans(doc.text, unknown, tokens, sentence.endToken, gaz);
    // Session 36: a one-word name opening its sentence with a person's noun in apposition ("Drake, the rapper,").
    const contexts = apposedNameSpans(
      unknownNameContextSpans(hyphened, tokens, sentence.firstToken, sentence.endToken, gaz),
      tokens,
      sentence.firstToken,
      sentence.endToken,
      gaz,
    );
    const initials = middleInitialSpans(
      doc.text,
      contexts,
      tokens,
      sentence.firstToken,
      sentence.endToken,
      gaz,
    );
    const scorecards =
      (cues & Cue.scorecard) === 0
        ? initials
        : scorecardSpans(initials, tokens, sentence.firstToken, sentence.endToken);
    const listed = nicknameSpans(
      nameListSpans(scorecards, tokens, sentence.firstToken, sentence.endToken, gaz),
      tokens,
      sentence.firstToken,
      sentence.endToken,
      gaz,
      wordPositions,
    );
    // Session 28: a side's line-up under its name and a colon names players only (line-ups.ts).
    const lineUps = lineUpSpans(
      doc.text,
      listed,
      tokens,
      sentence.firstToken,
      sentence.endToken,
      gaz,
      lineUpPlayers,
    );
    // Session 15: a firm named by the words around it (an analyst's "at", an office's "of", "'s board").
    const employers = employerSpans(lineUps, tokens, sentence.firstToken, sentence.endToken, gaz, settled);
    // Session 24: a town before a club's post ("Rochdale manager") is the club.
    const clubs =
      (cues & Cue.clubRole) === 0
        ? employers
        : clubRoleSpans(employers, tokens, sentence.firstToken, sentence.endToken, gaz);
    // Session 29: a town before a person's noun and the person ("Glasgow stand-up X") is a place.
    // Session 36: a place before a title and its holder ("Virginia Gov. Ralph Northam") is a place and a person.
    // Session 36: a US forces' grade and class before a name ("Petty Officer 2nd Class X") is a title.
    const towns = classRankSpans(
      placeBeforeTitleSpans(townDescriptorSpans(clubs, tokens, gaz), tokens, gaz),
      tokens,
      sentence.firstToken,
      sentence.endToken,
    );
    // Session 30: a town and a plural nickname ("the Calgary Flames") is a team.
    const teams = membersBodySpans(
      doc.text,
      cityTeamSpans(doc.text, towns, tokens, sentence.endToken, gaz),
      tokens,
      sentence.firstToken,
      sentence.endToken,
    );
    // Session 24: a surname before a deed only a player does ("<name> took three wickets") is the player.
    const players =
      (cues & Cue.playerDeed) === 0
        ? teams
        : playerDeedSpans(teams, tokens, sentence.firstToken, sentence.endToken, gaz);
    // Session 24: one unknown name word reporting of itself ("<name> said he would") is a person; session 29:
    // with "it" ("<name> said it would"), a firm, named once the document is read (firmSpeakerMentions).
    const spans =
      (cues & Cue.loneNameSpeaker) === 0
        ? players
        : loneNameSpeakerSpans(
            doc.text,
            players,
            tokens,
            sentence.firstToken,
            sentence.endToken,
            gaz,
            firmSpeakers,
          );
    // Only a span reads it: a sentence without one (4,086 of 11,765 in the first 1,500 Reuters documents) skips it.
    const titleCase =
      spans.length > 0 && isTitleCaseLine(tokens, sentence.firstToken, sentence.endToken, gaz);
    for (const span of spans) {
      covered.fill(1, span.first, span.end);
      if (span.label === "MISC" && span.end - span.first === 1) looseWords.push(span.first);
      const spanFlags = flags[span.first] as number;
      if (isCapitalizedCommonWord(tokens, span, spanFlags, gaz)) continue;
      const headline = (spanFlags & Flag.headline) !== 0;
      const mention = mentionsOfSpan(doc, tokens, sentence, span, headline, titleCase, gaz);
      if (headline && span.label !== "PER" && span.end - span.first > 1) {
        headlineSpans.push({ span, mention });
      } else if (mention !== null) mentions.push(mention);
    }
  });
  if (settled.size > 0) settleNames(mentions, settled);
  mentions.push(...untaggedDemonyms(doc, tokens, facts, covered, gaz));
  mentions.push(...surnameMentions(doc, tokens, facts, covered, headlineSpans, mentions));
  mentions.push(...firstNameMentions(doc, tokens, facts, covered, mentions));
  if (looseWords.length > 0) {
    mentions.push(...looseSurnames(doc, tokens, looseWords, mentions, gaz));
    // Session 37: a known firm the tagger read alone as MISC that speaks ("Boeing said": document-names.ts).
    mentions.push(...looseFirms(doc, tokens, looseWords, gaz));
  }
  if (firmSpeakers.length > 0)
    mentions.push(...firmSpeakerMentions(doc, tokens, covered, firmSpeakers, mentions));
  placesAsSurnames(mentions);
  organizationsAsFullNames(doc.text, mentions, gaz);
  personsInResultLists(doc.text, mentions, gaz);
  fullNamesOfPersons(mentions, gaz);
  if ((documentCues & Cue.storm) !== 0) withoutStorms(doc.text, mentions);
  mentions.sort((a, b) => a.start - b.start);
  bracketedNamesJoined(doc.text, mentions);
  companyFormsJoined(doc.text, mentions);
  writtenFormsJoined(doc.text, mentions, gaz);
  andCoJoined(doc.text, mentions);
  loneCompanyFormsNamed(doc.text, mentions);
  namesBeforeFormsJoined(doc.text, mentions);
  // Session 39: a party or firm ending in its acronym, whose first word the tagger read as a person ("Zanu PF").
  acronymTailsJoined(doc.text, mentions);
  teamSlangSplit(doc.text, mentions);
  // Session 27: two firms joined by "and" read as one organization are two (coordinated-firms.ts).
  // Session 31: British peers and royals ("Lord Falconer of Thoroton", "the Duke of Edinburgh": peerages.ts).
  // Session 31: a US lawmaker's party and state after the name ("X Y, R-Ky.,": party-tags.ts).
  const named = partyTagMentions(
    doc.text,
    peerageMentions(doc.text, coordinatedFirmsSplit(doc.text, compoundFormsNamed(doc.text, mentions))),
  );
  const out = turns.length === 0 ? named : withoutTurnLabels(named, turns);
  // The line-up's frame is read here only: resolve/names reads the mark (one-word-persons.ts).
  if (lineUpPlayers.size > 0) for (const m of out) if (lineUpPlayers.has(m.start)) m.role = "player";
  return out;
}
