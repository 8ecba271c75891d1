/**
 * The one first-name test of the naming rules (issue 11, item 4): the tagger's span repair, the per-document
 * person rule, the not-a-person rules and the speaker names all ask it, where each had written its own.
 */
import { firstNameGender, isFirstName as readsAloneAsFirstName } from "../../lexicon/first-names.js";
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
  if (facts.firstName < 0)
    facts.firstName =
      (knownFirstName(word, "beside a surname") ? BESIDE_A_SURNAME : 0) |
      (knownFirstName(word, "alone") ? ALONE : 0);
  return (facts.firstName & (reading === "alone" ? ALONE : BESIDE_A_SURNAME)) !== 0;
}

const BESIDE_A_SURNAME = 1;
const ALONE = 2;

function knownFirstName(word: string, reading: FirstNameReading): boolean {
  if (word.includes("-"))
    return word
      .split("-")
      .every(
        (part) =>
          part !== "" &&
          (wordKind(part) & (Kind.demonym | Kind.country)) === 0 &&
          knownFirstName(part, reading),
      );
  const kind = wordKind(word);
  if ((kind & Kind.firstName) !== 0) return true;
  if ((kind & Kind.title) !== 0) return false;
  if (reading === "alone") return readsAloneAsFirstName(word);
  return firstNameGender(word) !== null || readsAloneAsFirstName(word);
}
