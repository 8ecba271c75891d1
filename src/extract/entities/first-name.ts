/**
 * The one first-name test of the naming rules (issue 11, item 4): the tagger's span repair, the per-document
 * person rule, the not-a-person rules and the speaker names all ask it, where each had written its own.
 */
import { firstNameGender, isFirstName as readsAloneAsFirstName } from "../../lexicon/first-names.js";
import { Kind, wordKind } from "./gazetteer.js";

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
  if (word.includes("-"))
    return word
      .split("-")
      .every(
        (part) =>
          part !== "" &&
          (wordKind(part) & (Kind.demonym | Kind.country)) === 0 &&
          isKnownFirstName(part, reading),
      );
  const kind = wordKind(word);
  if ((kind & Kind.firstName) !== 0) return true;
  if ((kind & Kind.title) !== 0) return false;
  if (reading === "alone") return readsAloneAsFirstName(word);
  return firstNameGender(word) !== null || readsAloneAsFirstName(word);
}
