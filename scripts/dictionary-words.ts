/**
 * Build-time code: the ordinary English words of the Hunspell en_US dictionary (the dictionary-en package), with
 * their suffixed forms ("hammer" → "hammers", "hammered", "hammering"). Hunspell lists proper nouns capitalized
 * ("Trump", "Bill", "Tesla") and common words in lower case, so a word is ordinary when it is listed only in
 * lower case: "crooked", "candidate", "beauty" are; "trump" (also "Trump") and "bill" (also "Bill") are not.
 * compromise's lexicon, the other source of ordinary words, lacks most of these (about 14k words in all).
 */
import dictionary from "dictionary-en";
import britishDictionary from "dictionary-en-gb";

type Hunspell = { aff: Uint8Array; dic: Uint8Array };

interface SuffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

/** SFX rules of an affix file, by flag (prefixes are left out: "re-", "un-" forms add nothing a reader needs). */
function suffixRules(aff: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split("\n")) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] !== "SFX" || fields.length < 5) continue;
    const [, flag, strip, add, condition] = fields as [string, string, string, string, string];
    const list = rules.get(flag) ?? [];
    list.push({
      strip: strip === "0" ? "" : strip,
      add: (add === "0" ? "" : add).split("/")[0] as string,
      condition: new RegExp(`${condition}$`),
    });
    rules.set(flag, list);
  }
  return rules;
}

/** The dictionary's words and suffixed forms, lower-cased, by how the dictionary lists them. */
function listedForms(source: Hunspell = dictionary): { lower: Set<string>; capitalized: Set<string> } {
  const decoder = new TextDecoder();
  const rules = suffixRules(decoder.decode(source.aff));
  const lower = new Set<string>();
  const capitalized = new Set<string>();
  const lines = decoder.decode(source.dic).split("\n").slice(1);
  for (const line of lines) {
    const [stem = "", flags = ""] = line.trim().split("/");
    if (!/^\p{L}[\p{L}']*$/u.test(stem)) continue;
    const forms = [stem];
    for (const flag of flags) {
      for (const rule of rules.get(flag) ?? []) {
        if (!rule.condition.test(stem) || !stem.endsWith(rule.strip)) continue;
        forms.push(stem.slice(0, stem.length - rule.strip.length) + rule.add);
      }
    }
    const into = /^\p{Ll}+$/u.test(stem) ? lower : /^\p{Lu}\p{Ll}*$/u.test(stem) ? capitalized : null;
    if (into !== null) for (const form of forms) into.add(form.toLowerCase());
  }
  return { lower, capitalized };
}

/** Every lower-case word and suffixed form of the dictionary whose capitalized form it does not also list. */
export function dictionaryWords(): string[] {
  const { lower, capitalized } = listedForms();
  return [...lower].filter((word) => /^[a-z]+$/.test(word) && !capitalized.has(word)).sort();
}

/**
 * The ordinary words of en_US, and those of en_GB (the dictionary-en-gb package) that en_GB lists only in lower case
 * and that spell an ordinary word of en_US the British way (americanSpellings). British news spells "neighbour", "organiser", "councillor", which en_US lacks, so
 * the rules that drop an ordinary word from a name's edge kept them ("Neighbour Doris Kowalczyk": session 36
 * probe). For the rules' ordinary words only: the world regions' filter keeps en_US (gazetteer-build.ts), so that
 * the tagger's gazetteer kinds, and its training, stay as they were.
 */
export function ordinaryWordsOfBothSpellings(): string[] {
  const american = new Set(dictionaryWords());
  const british = listedForms(britishDictionary);
  const words = new Set(american);
  for (const word of british.lower)
    if (
      /^[a-z]+$/.test(word) &&
      !british.capitalized.has(word) &&
      americanSpellings(word).some((us) => american.has(us))
    )
      words.add(word);
  return [...words].sort();
}

/**
 * The American spellings a British word may have ("neighbour" → "neighbor", "organiser" → "organizer", "centre" →
 * "center", "travelled" → "traveled", "catalogue" → "catalog", "defence" → "defense"): a British word is added only
 * as the spelling of a word en_US lists as ordinary, not as a word of its own ("tsarevna": GUM train, a tsarevna's
 * name lost its title and took two tsars' mentions).
 */
function americanSpellings(word: string): string[] {
  return [
    word.replace(/our/g, "or"),
    word.replace(/is(e|ed|es|ing|er|ers|ation|ations)$/, "iz$1"),
    word.replace(/ys(e|ed|es|ing|er|ers)$/, "yz$1"),
    word.replace(/tre(s?)$/, "ter$1"),
    word.replace(/ll(ed|ing|er|ers|or|ors)$/, "l$1"),
    word.replace(/ine(s?)$/, "in$1"),
    word.replace(/ogue(s?)$/, "og$1"),
    word.replace(/ence(s?)$/, "ense$1"),
  ].filter((us) => us !== word);
}

/** Every lower-case word and suffixed form, whether or not the dictionary also lists it capitalized ("bill"). */
export function lowerCaseWords(): string[] {
  return [...listedForms().lower].filter((word) => /^[a-z]+$/.test(word)).sort();
}
