/**
 * Words around a language name ("she speaks Farsi", "written in English, ..."): there a demonym names a
 * language, not a country's people.
 */

/** Verbs after which a demonym is a language ("speaks Dutch"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "speak",
  "speaks",
  "spoke",
  "spoken",
  "speaking",
  "translate",
  "translated",
  "translates",
  "translating",
  "fluent",
]);

/**
 * Verbs of learning and teaching: a demonym after one is a language when no noun follows it ("learn English.",
 * "teaching English to immigrants"; not "teaching German students"). CNN/DM and PolNeAR samples: 2 of 2.
 */
export const LEARNING_VERBS: ReadonlySet<string> = new Set([
  "learn",
  "learns",
  "learned",
  "learnt",
  "learning",
  "teach",
  "teaches",
  "taught",
  "teaching",
  "study",
  "studies",
  "studied",
  "studying",
]);

/** Prepositions after which a demonym is a language when no noun follows it ("in English," but not "in Dutch universities"). */
export const LANGUAGE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "into", "from"]);

/** Words after a demonym that make it a language ("the English language", "Spanish-speaking"). */
export const LANGUAGE_NOUNS: ReadonlySet<string> = new Set([
  "language",
  "languages",
  "speaking",
  "speaker",
  "speakers",
  "translation",
  "subtitles",
  "dialect",
]);
