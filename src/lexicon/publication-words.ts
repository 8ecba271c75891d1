/**
 * Words of newspapers', magazines' and broadcasters' names. A place or a people's adjective written right before
 * one is the publication's name, not a mention of the place ("Irish Times", "Jerusalem Post", "China Daily",
 * "The Canadian Press"): resolve/names/publications.ts. Capitalized in text; listed in lower case.
 */
export const PUBLICATION_TITLE_WORDS: ReadonlySet<string> = new Set([
  "times",
  "post",
  "herald",
  "tribune",
  "journal",
  "gazette",
  "observer",
  "telegraph",
  "guardian",
  "independent",
  "express",
  "chronicle",
  "standard",
  "star",
  "sun",
  "mail",
  "daily",
  "inquirer",
  "examiner",
  "courier",
  "enquirer",
  "bulletin",
  "mirror",
  "globe",
  "dispatch",
  "sentinel",
  "press",
  "news",
  "radio",
  "television",
  "broadcasting",
  // Session 18: "<Country> Today", a newspaper's or a magazine's title, was counted as the country (issue 11).
  "today",
]);

/**
 * Lower-case nouns written after a publication's name ("told Time magazine", "the Forbes magazine", "the Sun
 * tabloid"): the name before one is the publication, whatever the tagger read it as.
 */
export const PUBLICATION_NOUNS: ReadonlySet<string> = new Set([
  "magazine",
  "newspaper",
  "tabloid",
  "weekly",
  "broadsheet",
  "newsletter",
  // Session 12: "the Kurjer Corby daily said" (CoNLL dev FIT, seed 20261224: a Polish paper read as a person, three times).
  "daily",
]);

/**
 * Words before "issue of" or "edition of" that make the noun a publication's number, so the name after "of" is the
 * publication's ("the latest issue of X", "the May edition of X"; not "the issue of X's taxes", a topic):
 * resolve/names/publication-issues.ts. Lower case.
 */
export const ISSUE_MODIFIERS: ReadonlySet<string> = new Set([
  "latest",
  "current",
  "recent",
  "new",
  "next",
  "special",
  "previous",
  "upcoming",
  "print",
  "online",
  "digital",
  "weekend",
  "sunday",
  "saturday",
  "anniversary",
  "inaugural",
  "spring",
  "summer",
  "autumn",
  "winter",
  "holiday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "week's",
  "month's",
  "today's",
]);

/**
 * Words fused after "News" into one programme's or outlet's name ("Newsnight", "Newsround", "Newsday"):
 * resolve/names/news-brands.ts. Only these: "Newsome" and "Newsham" are surnames. Lower case.
 */
export const NEWS_FUSED_TAILS: readonly string[] = [
  "night",
  "round",
  "beat",
  "day",
  "week",
  "hour",
  "desk",
  "line",
  "wire",
  "max",
  "talk",
  "watch",
  "reel",
];

/**
 * Media words fused, in lower case, after a place's or a topic's word into an outlet's name ("Kentmail",
 * "Yorkshireonline", "Skynews"): resolve/names/news-brands.ts. No person's name ends so.
 */
export const FUSED_MEDIA_ENDINGS: readonly string[] = ["mail", "online", "news"];
