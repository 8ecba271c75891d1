/**
 * Irregular past tenses that follow a clause's subject before a participle or infinitive cue ("Ann Lee took
 * to Twitter, writing: …", "Tom Reid went on to say: …"): the regular ones end in -ed and need no list.
 * Words that are as often adjectives or nouns ("left", "set", "read", "lead") are left out.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  (
    "began brought broke came chose drew felt fell fought found gave got held kept led lost made met paid " +
    "ran rose sat saw sent shook shot sought spoke stood struck swore taught thought threw told took went " +
    "won wrote " +
    // "His office put out a statement saying …" (session 14, FIT half of seed 20261241).
    "put"
  ).split(" "),
);

/**
 * Irregular past participles that open a participle's clause between commas, as a regular -ed one does: "Ann
 * Lee, born in Leeds, said", "Tom Reid, clad in oilskins with a cap that bore his club's crest, said" (PolNeAR
 * train's FIT part: the clause's last name was read as the subject). Lower case.
 */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  "born borne clad held kept led made found brought bought caught built sent bound fed hit struck".split(" "),
);
