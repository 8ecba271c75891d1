/**
 * Nouns that name a person by role ("the president", "a spokeswoman", "the Chilean leader"), each with the
 * titles (lower case, as seen before names: "President Whitlow", "Sen. Lowe") of the people it may refer to.
 * An empty list means the role does not point at a title: the resolver then relies on context alone.
 */
const ROLES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["president", ["president", "pres."]],
  ["vice president", ["vice president", "vice-president"]],
  ["prime minister", ["prime minister", "premier", "pm"]],
  ["premier", ["premier", "prime minister"]],
  // Ireland's prime minister and deputy, by their Irish names (session 42 probe, the 2018 referendum: "described by
  // the Taoiseach as …" was a speaker named "Taoiseach").
  ["taoiseach", ["taoiseach", "prime minister"]],
  ["tánaiste", ["tánaiste", "tanaiste"]],
  ["tanaiste", ["tánaiste", "tanaiste"]],
  ["chancellor", ["chancellor"]],
  ["minister", ["minister", "foreign minister", "prime minister", "defense minister", "defence minister"]],
  ["foreign minister", ["foreign minister", "minister"]],
  ["secretary", ["secretary", "secretary of state", "sec."]],
  [
    "leader",
    [
      "president",
      "prime minister",
      "premier",
      "chancellor",
      "king",
      "queen",
      "leader",
      "supreme leader",
      "emir",
      "sheikh",
      "ayatollah",
      "chairman",
    ],
  ],
  ["head of state", ["president", "king", "queen", "emir"]],
  ["king", ["king"]],
  ["queen", ["queen"]],
  ["prince", ["prince", "crown prince"]],
  // Session 31: royals and peers styled by a place ("the Duke of Edinburgh ... the duke said": resolve/names/
  // styled-persons.ts gives the style's first word as the title). Not "earl": a first name too ("Earl Johnson",
  // Reuters: two speakers lost their first names to it).
  ["princess", ["princess"]],
  ["duke", ["duke"]],
  ["duchess", ["duchess"]],
  ["countess", ["countess"]],
  ["pope", ["pope"]],
  // The news's other words for a pope and a reigning king or queen: "the 84-year-old pontiff told officials" after
  // "Pope Francis" (session 40 probe, a papal visit: the quote had no speaker phrase at all).
  ["pontiff", ["pope"]],
  ["monarch", ["king", "queen"]],
  ["senator", ["sen.", "senator"]],
  ["congressman", ["rep.", "representative", "congressman"]],
  ["congresswoman", ["rep.", "representative", "congresswoman"]],
  ["mp", ["mp"]],
  ["mep", ["mep"]],
  // Canadian provincial members: "Ontario MPP Jane Roe", "an NDP MLA".
  ["mpp", ["mpp"]],
  ["mla", ["mla"]],
  // "Coun. Mark Denholm" (Canadian house style) and the American spelling: the same office (invented city-hall
  // report: "the councillor said" went to nobody).
  ["councillor", ["councillor", "cllr", "coun.", "councilor"]],
  ["councilor", ["councilor", "councillor", "cllr", "coun."]],
  ["coach", ["coach", "manager"]],
  ["boss", ["boss", "manager", "coach", "chief executive", "ceo"]],
  ["captain", ["captain", "capt."]],
  // British sport's word for a team's captain: "England captain Ben Hollis … the skipper said" (invented cricket
  // and football reports: the skipper went to nobody).
  ["skipper", ["skipper", "captain", "capt."]],
  ["lawmaker", ["sen.", "senator", "rep.", "representative"]],
  ["governor", ["gov.", "governor"]],
  ["mayor", ["mayor"]],
  ["ambassador", ["ambassador", "amb."]],
  ["envoy", ["envoy", "ambassador"]],
  ["general", ["gen.", "general"]],
  ["commander", ["cmdr.", "commander", "gen.", "general"]],
  ["chairman", ["chairman"]],
  ["chairwoman", ["chairwoman"]],
  // The neutral forms ("Berit Reiss-Andersen, chair of the Norwegian Nobel Committee, said": session 40 probe, where
  // the committee had the quote), which "Chair Jo Roe" titles too.
  ["chair", ["chair", "chairman", "chairwoman", "chairperson"]],
  ["chairperson", ["chairperson", "chair"]],
  ["chief executive", ["ceo"]],
  ["ceo", ["ceo"]],
  ["judge", ["judge", "justice"]],
  ["justice", ["justice", "judge"]],
  ["spokesman", []],
  ["spokeswoman", []],
  ["spokesperson", []],
  ["official", []],
  ["officials", []],
  ["aide", []],
  ["adviser", []],
  ["advisor", []],
  ["diplomat", []],
  ["director", ["director"]],
  ["candidate", []],
  ["nominee", []],
  ["front-runner", []],
  ["frontrunner", []],
  ["billionaire", []],
  ["businessman", []],
  ["businesswoman", []],
  ["analyst", []],
  ["expert", []],
  ["economist", []],
  ["professor", ["prof.", "professor"]],
  ["pollster", []],
  ["strategist", []],
  ["source", []],
  ["sources", []],
  ["counterpart", ["president", "prime minister", "minister", "foreign minister"]],
  ["manager", []],
  // "Acme's CEO Dana Whitlow … the executive said": a chief executive is the executive a business story means
  // (invented business reports: "the executive" after a CEO went to nobody).
  ["executive", ["chief executive", "ceo"]],
  ["attorney", []],
  ["lawyer", []],
  ["commissioner", ["commissioner"]],
  ["sheriff", ["sheriff"]],
  ["officer", ["officer"]],
  // British and Commonwealth police ranks before a name: "Detective Inspector Laura Frost … the detective said"
  // (invented court and crime reports: the detective went to nobody).
  [
    "detective",
    [
      "detective",
      "det.",
      "detective inspector",
      "detective sergeant",
      "detective constable",
      "detective chief inspector",
      "detective superintendent",
      "detective chief superintendent",
    ],
  ],
  ["columnist", []],
  ["author", []],
  ["host", []],
  ["activist", []],
  ["founder", []],
  ["chief", ["chief"]],
  ["speaker", ["speaker"]],
  ["mogul", []],
  ["entrepreneur", []],
  ["candidate", []],
  ["representative", ["rep.", "representative"]],
  ["inspector general", []],
  ["attorney general", ["attorney general"]],
  ["secretary-general", ["secretary-general", "secretary general"]],
  ["secretary general", ["secretary-general", "secretary general"]],
  // "said another leading court advocate, Jane Roe" (FIT half of seed 20261231: the court was given the quote).
  ["advocate", []],
  // British ranks and seats (session 30 lead's probe, a 2005 Lords story: "The Labour peer, a leading QC, told the
  // House" gave the quote to an organization "QC"): the letters name a barrister's rank, "peer" a member of the
  // Lords, whose titles follow it.
  ["qc", []],
  ["kc", []],
  ["barrister", []],
  ["peer", ["lord", "lady", "baroness", "baron", "viscount", "earl"]],
  // Clergy (session 37 probe, BBC 2004 Iraq: "the radical Shia cleric Moqtada Sadr", his name read as an
  // organization, was lost: no office before it).
  ["cleric", ["ayatollah", "sheikh", "imam", "grand ayatollah"]],
  ["imam", ["imam"]],
  ["rabbi", ["rabbi"]],
  ["bishop", ["bishop", "archbishop"]],
  ["archbishop", ["archbishop"]],
  ["pastor", ["pastor", "rev.", "reverend"]],
  ["priest", ["father", "fr.", "rev.", "reverend"]],
];

export const ROLE_TITLES: ReadonlyMap<string, readonly string[]> = new Map(ROLES);

/** The last word of every role, for spotting a role noun phrase from its head word. */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  // ("head of state": its head is "head", not "state", which is in "Brock State University".)
  ROLES.map(([role]) => role.split(" of ")[0]?.split(" ").at(-1) as string),
);

/**
 * Role nouns that name the same role in other words ("the teen's attorney, Dana Roe, …" then "the lawyer said"):
 * a role noun goes to the person the document gave any of them. Not titles (ROLES' lists are offices seen before
 * names; these are no office, so they never make a role an office). Only words that name one trade or one spelling,
 * never a rank ("official", "aide" name many people).
 */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["attorney", ["lawyer"]],
  ["lawyer", ["attorney"]],
  ["adviser", ["advisor"]],
  ["advisor", ["adviser"]],
  // British sport and business write a club's manager or a firm's head as its "boss" ("Rovers boss Gavin Roe",
  // headlines "Acme boss"): "the Rovers manager said" is the boss named before (invented sport reports: such a
  // manager went to nobody). "boss" already takes "manager" among its titles; this is the other direction.
  ["manager", ["boss"]],
]);

/** Roles held by women, for pronoun agreement ("the spokeswoman" ... "she"). */
export const FEMALE_ROLES: ReadonlySet<string> = new Set([
  "spokeswoman",
  "congresswoman",
  "chairwoman",
  "businesswoman",
  "queen",
  "first lady",
  "princess",
  "duchess",
  "countess",
]);
/** Roles held by men. */
export const MALE_ROLES: ReadonlySet<string> = new Set([
  "spokesman",
  "congressman",
  "chairman",
  "businessman",
  "king",
  "prince",
  "pope",
  "duke",
]);

/**
 * Family nouns that name a firm's kin too ("Acme's parent", "its sister company", "the twin"): no sign of a person
 * (extract/entities/unknown-name-contexts.ts, calling-names.ts).
 */
export const FIRMS_KIN: ReadonlySet<string> = new Set(["parent", "sibling", "twin", "sister"]);

/**
 * Family nouns that name one person by kinship ("his son said", "the girl's mother said", "Frank Roe, the boy's
 * father"), with the gender each implies (null: none). Kept apart from ROLES: they name no office and open
 * no speaker phrase of their own in extraction; the resolver ties them to the person the document links them to.
 */
export const FAMILY_ROLES: ReadonlyMap<string, "male" | "female" | null> = new Map([
  ["father", "male"],
  ["mother", "female"],
  ["dad", "male"],
  ["mum", "female"],
  ["mom", "female"],
  ["son", "male"],
  ["daughter", "female"],
  ["brother", "male"],
  ["sister", "female"],
  ["husband", "male"],
  ["wife", "female"],
  ["grandfather", "male"],
  ["grandmother", "female"],
  ["grandson", "male"],
  ["granddaughter", "female"],
  ["uncle", "male"],
  ["aunt", "female"],
  ["nephew", "male"],
  ["niece", "female"],
  ["cousin", null],
  ["widow", "female"],
  ["widower", "male"],
  ["fiancé", "male"],
  ["fiancée", "female"],
  ["boyfriend", "male"],
  ["girlfriend", "female"],
  ["stepfather", "male"],
  ["stepmother", "female"],
  ["parent", null],
  ["sibling", null],
  ["twin", null],
]);

/**
 * Kin nouns whose person may bear the family's surname by custom ("Mrs Whitcombe's husband, Steve,", "Mr Lane's son,
 * Peter,"): resolve/names/kin-surnames.ts reads which possessor's surname each takes. Lower case.
 */
export const SURNAME_KIN: ReadonlySet<string> = new Set([
  "husband",
  "wife",
  "son",
  "daughter",
  "brother",
  "sister",
]);

/**
 * Roles of a candidacy, which no title before a name gives ("the Democratic nominee", "the candidate"). PolNeAR
 * train: 18 speakers changed, 15 to the right person (3 to someone named since, of another party); "the front-runner" is often not the latest one named (1 of
 * 4 right), and "the candidates" nobody.
 */
export const CANDIDACY_ROLES: ReadonlySet<string> = new Set(["candidate", "nominee"]);
