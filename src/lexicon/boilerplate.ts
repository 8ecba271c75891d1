/**
 * Lines of web-page furniture that news text carries along with the story: video prompts, bylines,
 * timestamps, share and follow prompts. A sentence containing one (lower-cased, matched as a phrase) is
 * not a sentence of the story, so it never goes into a summary.
 */
export const BOILERPLATE_PHRASES: readonly string[] = [
  "scroll down for video",
  "scroll down to watch",
  "scroll down for more",
  "click here",
  "watch the video",
  "video courtesy of",
  "read more:",
  "read more here",
  "related:",
  "follow us on",
  "follow @",
  "like us on facebook",
  "sign up for",
  "published:",
  "updated:",
  "last updated at",
  "daily mail reporter",
  "mailonline reporter",
  "associated press reporter",
  "for mailonline",
  "for daily mail australia",
  "for the daily mail",
  "all rights reserved",
  "this story has been updated",
  "contributed to this report",
  "contributed reporting",
  "share this article",
  "image courtesy",
  "photo courtesy",
  "(file photo)",
  "stock image",
];

/**
 * Words of a photo caption. Daily Mail pages run captions into the text without a final period, so a
 * "sentence" carrying one is often a caption glued to a sentence; it is kept but ranked lower.
 */
export const CAPTION_MARKERS: readonly string[] = [
  "pictured",
  "(left)",
  "(right)",
  "(centre)",
  "(center)",
  "(above)",
  "(below)",
  "(top)",
  "(bottom)",
  "(file)",
  "getty images",
];

/** Ways a wire story names its source before the first sentence: "(CNN) --", "(Reuters) -". */
export const DATELINE_SOURCES: readonly string[] = [
  "CNN",
  "Reuters",
  "AP",
  "AFP",
  "UPI",
  "Bloomberg",
  "EW.com",
  "Mashable",
  "CNET",
  "Entertainment Weekly",
  "The Hollywood Reporter",
  "Variety",
];

/**
 * Web-page lines that pages run into the next sentence without a period ("Scroll down for video Volunteers
 * fed the owl..."): the sentence splitter ends a sentence after one when a capital follows.
 */
export const STANDALONE_LINES: readonly string[] = [
  "scroll down for video",
  "scroll down for videos",
  "scroll down to watch the video",
  "scroll down for more",
];

/**
 * Headings of a web page's list of topic tags under the story ("Related Topics" then "Theresa May", "Brexit" on
 * lines of their own: BBC; "Topics: bushfire, taree-2430": ABC; "Tags:"): the tags are no mentions of the story.
 * Lower case; matched as a whole line, or before a colon and the tags on the same line.
 */
export const TOPIC_HEADINGS: readonly string[] = [
  "related topics",
  "topics",
  "tags",
  "more on this story",
  "more on this topic",
  "explore more on these topics",
];

/**
 * The words a scraped BBC page puts before a caption's text ("Media caption Jo Roe: “…”", "Image caption Mrs Roe
 * told MPs …"): a label of the page, no words of the caption. Lower case, as two words.
 */
export const CAPTION_LABELS: readonly string[] = ["image caption", "media caption", "video caption"];
