/**
 * Marks that a name is a person's, for the passes that read a name as a firm's (company-form-names.ts, and
 * firm-possessions.ts, firm-results.ts, firm-relatives.ts through retyped-organizations.ts): a title on the
 * mention, or right after it an age in commas ("Dale Emerson, 64,"), "who", an apposition that opens with a
 * person's office ("Dale Emerson, head of ...", ", founder of", ", chairman of"; lexicon/person-nouns.ts
 * FIRM_HEAD_OFFICES), or "said he"/"said she". A founder is written so beside the firm named after him (Reuters bench: "<Name>, head
 * of investment firm <Name> and Co, said he ...").
 */
import { FIRM_HEAD_OFFICES } from "../../lexicon/person-nouns.js";
import { anyOf } from "../../text/escape-regexp.js";
import type { Mention } from "../../types.js";

const PERSON_AFTER = new RegExp(
  String.raw`^(?:,\s+(?:\d{1,3},|who\b|(?:the\s+)?${anyOf([...FIRM_HEAD_OFFICES])}\b)|\s+(?:said|says)\s+(?:he|she)\b)`,
  "u",
);

/** Whether a person mention carries a person's mark (the file's comment). */
export function isMarkedPerson(m: Mention, text: string): boolean {
  return m.title !== undefined || PERSON_AFTER.test(text.slice(m.end, m.end + 24));
}
