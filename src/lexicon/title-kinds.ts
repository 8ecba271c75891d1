/**
 * Kinds of title the rules tell apart: a title only a person bears, the titles a speaker phrase is stripped of,
 * and title words that also open the names of things. The titles themselves, and those that tell a gender, are
 * lexicon/person-titles.ts'.
 */

/**
 * Titles of address that only a person bears, never the first word of an organization's name (unlike
 * "General" or "King"): a speaker phrase opening with one names a person whatever the tagger made of the
 * name ("said Baroness Hollis"). Lower case, without the period.
 */
export const PERSONAL_TITLES: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "professor",
  "sir",
  "dame",
  "lord",
  "lady",
  "baroness",
  "baron",
  "rev",
  "reverend",
  "cllr",
  "councillor",
  "shri",
  "shrimati",
  "alhaji",
  "alhaja",
  "tan sri",
  "puan sri",
  "datuk",
  "datuk seri",
  "dato",
  "datin",
]);

/**
 * Titles that a speaker phrase may put before a name ("President Whitlow said", "Sen. Smith said"), stripped to
 * find the name; any capitalized abbreviation ending in a dot ("Dr.", "Gen.") is stripped too.
 */
export const SPEAKER_PHRASE_TITLES: readonly string[] = [
  "President",
  "Senator",
  "Governor",
  "Minister",
  "Prime Minister",
  "Secretary",
  "General",
  "Judge",
  "Mayor",
  "Chairman",
  "Officer",
  "Rep.",
  "Sen.",
  "Gov.",
];

/**
 * Title words that also open names of things, places and companies ("General Motors", "Major League", "King
 * Street", "Prince George", "Premier Inn", "Father Christmas"): a capitalized word after one of them is no
 * evidence of a person the tagger missed (resolve/names/titled-names.ts). Lower case.
 */
export const AMBIGUOUS_TITLES: ReadonlySet<string> = new Set([
  "general",
  "major",
  "private",
  "father",
  "sister",
  "brother",
  "marshal",
  "commander",
  "captain",
  "king",
  "queen",
  "prince",
  "princess",
  "crown prince",
  "duke",
  "duchess",
  "emperor",
  "empress",
  "sultan",
  "shah",
  "cardinal",
  "bishop",
  "premier",
  "patriarch",
  "supreme leader",
  "comrade",
  "madame",
  "monsieur",
  "envoy",
  "garda",
]);

/**
 * Titles of courtesy, which give a person no office ("Mr Roe" is not a minister, a senator or a judge): an office
 * resolved to the subject before it may still be that person's. Lower case, without the period.
 */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "miss", "mx"]);

/**
 * Titles that name nobody written alone, no surname of their own (not "King", "Major", "Judge", "Bishop", "Pope",
 * "Prince", "Lord", "General": surnames too): a one-word "person" that is one of them is the title the tagger cut
 * from a name ("Mr" of "Mr Justice Calvert-Smith", "(Texas Sen.) Ted Cruz", "Missouri Secretary of State Jason
 * Kander": session 32, invented BBC court story and a PolNeAR train read). Lower case, without the period; the
 * courtesy titles with them.
 */
export const LONE_TITLES: ReadonlySet<string> = new Set([
  ...COURTESY_TITLES,
  "sen",
  "rep",
  "gov",
  "lt",
  "gen",
  "col",
  "sgt",
  "supt",
  "insp",
  "cllr",
  "coun",
  "prof",
  "dr",
  "secretary",
  "president",
  "minister",
  "senator",
  "governor",
  "premier",
  "councillor",
  "inspector",
  "sergeant",
  "constable",
  "detective",
  "professor",
  "representative",
  "congressman",
  "congresswoman",
  "ambassador",
  "commissioner",
  "superintendent",
]);

/**
 * Titles a monarch's family bears before a given name ("Prince William", "Queen Elizabeth", "Pope Benedict"): the
 * name is theirs alone, no commoner's who has that first name ("William Hague"). Lower case.
 */
export const ROYAL_TITLES: ReadonlySet<string> = new Set([
  "prince",
  "princess",
  "king",
  "queen",
  "emperor",
  "empress",
  "pope",
  "archduke",
  "archduchess",
]);
