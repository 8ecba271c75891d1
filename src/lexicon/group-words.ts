/**
 * Capitalized words for a faith, an ethnic group or a community, never one person's name ("Muslim", "Latino",
 * "African-American"; singular and plural). A one-word "person" that is one of them is none.
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  "muslim",
  "muslims",
  "islamic",
  "christian",
  "christians",
  "catholic",
  "catholics",
  "protestant",
  "protestants",
  "evangelical",
  "evangelicals",
  "orthodox",
  "jewish",
  "jew",
  "jews",
  "hindu",
  "hindus",
  "sikh",
  "sikhs",
  "buddhist",
  "buddhists",
  "mormon",
  "mormons",
  "sunni",
  "sunnis",
  "shia",
  "shiite",
  "shiites",
  "latino",
  "latinos",
  "latina",
  "latinas",
  "latinx",
  "hispanic",
  "hispanics",
  "african-american",
  "african-americans",
  "asian-american",
  "asian-americans",
  "indigenous",
  "aboriginal",
  "aboriginals",
  "inuit",
  "metis",
  "métis",
  "millennials",
  // People of a US state, a Canadian province or a big city, which world-countries' demonyms lack.
  "texan",
  "texans",
  "iowan",
  "iowans",
  "californian",
  "californians",
  "floridian",
  "floridians",
  "ohioan",
  "ohioans",
  "new yorker",
  "new yorkers",
  "virginian",
  "virginians",
  "albertan",
  "albertans",
  "ontarian",
  "ontarians",
  "quebecer",
  "quebecers",
  "québécois",
  "manitoban",
  "manitobans",
  "nova scotian",
  "nova scotians",
  "newfoundlander",
  "newfoundlanders",
  "british columbian",
  "british columbians",
  "torontonian",
  "torontonians",
  "londoner",
  "londoners",
  "vancouverite",
  "vancouverites",
  "montrealer",
  "montrealers",
  "calgarian",
  "calgarians",
  // Session 12, a second FIT draw: "Caucasian" in a list of groups, listed as a person.
  "caucasian",
  "caucasians",
  // Session 28 probe (invented Canadian Press story): "Acadian musicians" listed as a person.
  "acadian",
  "acadians",
  "cajun",
  "cajuns",
]);

/**
 * Plural nouns of a people's members or institutions after its name ("Cree elders", "Maasai herders", "the
 * Mi'kmaq, Wolastoqiyik and Peskotomuhkati peoples"): a one-word name before one, or a list of such names ending
 * in one, is a people, no person (resolve/names/peoples.ts). Nouns that follow a leader's name as often ("Trump
 * supporters", "Obama officials", "Clinton aides", "Trudeau representatives") are not here.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  "elder",
  "elders",
  "people",
  "peoples",
  "community",
  "communities",
  "tribe",
  "tribes",
  "nation",
  "nations",
  "clan",
  "clans",
  "herders",
  "chiefs",
  "leaders",
  "members",
  "language",
  "territory",
  "reservation",
  "homeland",
]);

/**
 * The opening word of a Māori iwi's or hapū's name ("Ngāti Whakaue", "Ngāi Tahu": Māori "descendants of"), with
 * and without the macron, lower case: such a name is a people's.
 */
export const IWI_OPENERS: ReadonlySet<string> = new Set(["ngāti", "ngati", "ngāi", "ngai"]);

/**
 * A party's members in the plural ("Christian Democrats", "New Democrats", "Hill Democrats", "Young
 * Conservatives"): a name that ends with one is a party or a group, never one person.
 */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set([
  "democrats",
  "republicans",
  "conservatives",
  "liberals",
  "socialists",
  "communists",
  "nationalists",
  "tories",
  "unionists",
  "greens",
  "libertarians",
  "progressives",
]);
