/**
 * Credit lines: the words around the names of a story's writers, editors and photographers ("By Jane Doe",
 * "(Reporting by Jane Doe; Editing by John Roe)", "Photo: Jane Doe", "Jane Doe / The Canadian Press",
 * "REUTERS/Jane Doe", "Jane Doe (File Photo)"). The people they name are not people in the news.
 */

/** Lower-case words that open a credit anywhere on a line; the names follow ("Editing by"). */
export const CREDIT_OPENERS: readonly string[] = [
  "reporting by",
  "additional reporting by",
  "additional reporting from",
  "additional reporting:",
  "with reporting by",
  "with a report from",
  "with reports from",
  "writing by",
  "editing by",
  "compiled by",
  "with files from",
  // Indian papers' wire credit at a story's end ("(With inputs from PTI)", "(With inputs from Jane Doe)"), 1 of 3
  // invented Indian-style credits kept as a person (session 21).
  "with inputs from",
  "photo by",
  "photos by",
  "photograph by",
  "photographs by",
  "photography by",
  "illustration by",
  "graphic by",
  "video by",
  "story by",
  "text by",
  "words by",
  "photo:",
  "photos:",
  "photograph:",
  "photo credit:",
  "credit:",
  "credits:",
  "contributing:",
  "image:",
  "illustration:",
  "graphic:",
  "video:",
  "pictures:",
  // British and Australian papers credit a photo as a "Picture" ("Picture: Jane Doe/AAP", "Pictures by Jane Doe"),
  // and a photographer's own copyright line ("© Jane Doe 2019"); Daily Mail's "Pictured: X" names the news's
  // subject, and does not match ("Picture" then "d"). 1 of 40 invented articles in other house styles (session 19).
  "picture:",
  "pictures by",
  "picture by",
  "picture credit:",
  "pic:",
  "pics:",
  "©",
];

/** Words that open a byline only at the start of a line and capitalized ("By Jane Doe"; a hard-wrapped "by" is prose). */
export const BYLINE_OPENERS: readonly string[] = ["by", "words by", "written by", "edited by", "produced by"];

/** Lower-case words that close a credit after the names ("Jane Doe (File Photo)", "Jane Doe, Staff Writer"). */
export const CREDIT_CLOSERS: readonly string[] = [
  "file photo",
  "file",
  "staff writer",
  "staff reporter",
  "staff photographer",
  "special to",
  "contributing writer",
];

/**
 * Agencies and words that sit on the other side of a slash from a photographer's name ("REUTERS/Jane Doe",
 * "Jane Doe / The Canadian Press"). Only these: "Royal Dutch/Shell" or "Santos/Hodeidah" are not credits.
 */
export const CREDIT_AGENCIES: readonly string[] = [
  "reuters",
  "ap",
  "ap photo",
  "afp",
  "afp photo",
  "getty images",
  "getty",
  "epa",
  "the canadian press",
  "canadian press",
  "the associated press",
  "associated press",
  "bloomberg",
  "photo",
  "file photo",
  "pool",
  "handout",
  "xinhua",
  // Other countries' agencies ("— Jane Doe (IANS)", "WAM/Jane Doe", "Jane Doe / Bernama").
  "ians",
  "pti",
  "ani",
  "wam",
  "bernama",
  "kyodo",
  "yonhap",
  "dpa",
  "efe",
  "ansa",
  "anadolu",
  "kuna",
  "aap",
  "rnz",
  "inq",
  "tass",
  // Britain's national agency as photo credits write it ("Jane Doe/PA Wire"; not "PA" alone, a US state's code).
  "pa wire",
  "pa media",
  "pa images",
  "press association",
];

/**
 * News outlets whose name follows a writer's on a credit line ("Jane Doe, CNN", "Jane Doe · CBC News", "Jane Doe
 * for The Washington Post"), beside the agencies above. Lower case.
 */
export const CREDIT_OUTLETS: readonly string[] = [
  "cnn",
  "cbc",
  "cbc news",
  "ctv news",
  "global news",
  "postmedia news",
  // Canada's largest chain signs its photographers' credits with its bare name ("Jane Doe / Postmedia").
  "postmedia",
  "nbc news",
  "abc news",
  "cbs news",
  "fox news",
  "npr",
  "bbc",
  "bbc news",
  "the new york times",
  "the washington post",
  "the wall street journal",
  "the globe and mail",
  "the toronto star",
  "toronto star",
  "national post",
  "the guardian",
  "usa today",
  "politico",
];

/** Lower-case nouns of a writer's job, before the names ("Associated Press writer Jane Doe") or after ("is a reporter"). */
export const WRITER_NOUNS: readonly string[] = [
  "writer",
  "writers",
  "reporter",
  "reporters",
  "correspondent",
  "correspondents",
  "editor",
  "columnist",
  "photographer",
  "producer",
  "author",
  // A critic's byline ("Jane Doe\nTheatre Critic"): session 27 probe, the beat's first word listed as a person.
  "critic",
];

/**
 * Lower-case words that end a credit line after the names ("Jane Doe and John Roe contributed reporting.",
 * "Jane Doe contributed to this report."), and the words around a writer's social-media handle ("Follow Jane Doe
 * on Twitter").
 */
export const CREDIT_TAILS: readonly string[] = [
  "contributed",
  "contributed reporting",
  "contributed research",
  "contributed to this report",
  "contributed to this story",
  "contributed to this article",
];
/**
 * Lower-case words after a writer's name on a line of its own at a story's end ("Jane Doe can be reached at
 * jdoe@example.com").
 */
export const CONTACT_TAILS: readonly string[] = ["can be reached", "may be reached", "can be contacted"];
/**
 * Lower-case headings of a press release's contact block, before a colon ("Media Contact:\nJane Doe",
 * "For further information: Jane Doe, Investor Relations, 416-555-0100"): the people named are the issuer's
 * staff to call, not people in the news.
 */
export const CONTACT_HEADINGS: readonly string[] = [
  "contact",
  "contacts",
  "media contact",
  "media contacts",
  "press contact",
  "press contacts",
  "investor contact",
  "investor contacts",
  "media inquiries",
  "media enquiries",
  "press inquiries",
  "press enquiries",
  "for further information",
  "for more information",
  "for media inquiries",
  "for media enquiries",
];
export const FOLLOW_OPENERS: readonly string[] = ["follow", "contact", "reach", "email"];
export const FOLLOW_CLOSERS: readonly string[] = ["on twitter", "on facebook", "on instagram", "on x", "at"];
