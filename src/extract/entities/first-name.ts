/**
 * The one first-name test of the naming rules (issue 11, item 4): the tagger's span repair, the per-document
 * person rule, the not-a-person rules and the speaker names all ask it, where each had written its own.
 */
import { firstNameReadings, HAS_GENDER, READS_ALONE } from "../../lexicon/first-names.js";
import { Kind, wordKind } from "./gazetteer.js";
import { factsOf } from "./word-facts.js";

/**
 * How the word is read: "beside a surname" accepts a first name that is also an ordinary word or a place
 * ("Will", "Virginia"), as the first word of a name is; "alone" does not ("West Virginia Democrat" is no name).
 */
export type FirstNameReading = "beside a surname" | "alone";

/**
 * A known first name: in the tagger's gazetteer, or in the first-name lexicon (SSA counts: "Dick", "Jean",
 * unisex "Reagan") when the gazetteer has it as no title (SSA lists "General": "Defense Department Inspector
 * General" is no person). A hyphened name is one when every part is and none is a people's or a country's
 * name ("Jean-Pascal", "Abdul-Aziz"; not "Dutch-German").
 */
export function isKnownFirstName(word: string, reading: FirstNameReading = "beside a surname"): boolean {
  // Answered once per distinct text and kept with its facts: the span repairs ask it for most words of every
  // organization span, and each answer costs three lower-casings and up to four binary searches (2.9% of a
  // one-thread Reuters run, most of it personAfterTitle's).
  const facts = factsOf(word);
  if (facts.firstName < 0) facts.firstName = knownFirstNameBits(word);
  return (facts.firstName & (reading === "alone" ? ALONE : BESIDE_A_SURNAME)) !== 0;
}

const BESIDE_A_SURNAME = 1;
const ALONE = 2;

/**
 * Both readings' answers as bits (BESIDE_A_SURNAME, ALONE), in one pass: the word's gazetteer kind and its
 * first-name look-ups made once, where one pass per reading made each twice (a word's first sight: 1.8% of a cold
 * `--jobs 1` profile of 4,000 Reuters documents, see the commit). "Beside a surname" is "alone" or a name of
 * either sex in the lexicon (firstNameGender), both read from the lexicon at once (firstNameReadings).
 */
function knownFirstNameBits(word: string): number {
  if (word.includes("-")) {
    let bits = BESIDE_A_SURNAME | ALONE;
    for (const part of word.split("-")) {
      if (part === "" || (wordKind(part) & (Kind.demonym | Kind.country)) !== 0) return 0;
      bits &= knownFirstNameBits(part);
      if (bits === 0) return 0;
    }
    return bits;
  }
  const kind = wordKind(word);
  if ((kind & Kind.firstName) !== 0) return BESIDE_A_SURNAME | ALONE;
  if ((kind & Kind.title) !== 0) return 0;
  const lexicon = firstNameReadings(word);
  if ((lexicon & READS_ALONE) !== 0) return BESIDE_A_SURNAME | ALONE;
  return (lexicon & HAS_GENDER) !== 0 ? BESIDE_A_SURNAME : 0;
}
