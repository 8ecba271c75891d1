/**
 * One test of a company's legal form at a name's end, for the passes that take a firm's name apart: the name
 * before its forms (company-form-names.ts: "Hollis Fenwick Plc" -> "Hollis Fenwick") and the partners of "X and
 * Co" (short-names.ts: "Dana Whitlow and Co Ltd" -> "Dana Whitlow"). Each had its own test until session 20, and
 * they differed at the edges ("Company" and "Cie" in one; forms written as-is, "NV", and a trailing comma in the
 * other).
 */
import { isLegalFormWord } from "../../lexicon/organization-suffixes.js";

/** Forms spelled out that end a partners' firm's name ("Whitlow and Company", "Lazard Freres et Cie"). */
const SPELLED_FORMS: ReadonlySet<string> = new Set(["company", "cie", "cie."]);

/**
 * Whether `word` is a company's legal form, a trailing comma aside: "Inc", "Corp.", "Plc", "Company" in any case;
 * "NV", "SpA" as written.
 */
export function isCompanyForm(word: string): boolean {
  const bare = word.endsWith(",") ? word.slice(0, -1) : word;
  return isLegalFormWord(bare) || SPELLED_FORMS.has(bare.toLowerCase());
}

/** Where a name's trailing legal forms begin: the index of the first of them, `words.length` for none. */
export function companyFormsStart(words: readonly string[]): number {
  let end = words.length;
  while (end > 0 && isCompanyForm(words[end - 1] as string)) end--;
  return end;
}

/** Whether a word joins partners before a firm's form ("Whitlow and Co", "Whitlow & Co"). */
export const isPartnersAnd = (word: string | undefined): boolean => word === "and" || word === "&";
