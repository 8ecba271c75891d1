/**
 * The labels that open the turns of an interview printed as questions and answers ("Q: …" / "A: …",
 * "Question: …" / "Answer: …"), lower-cased, and the words of an introduction that say the text is an interview
 * (an explainer printed the same way, "Q: What does the levy cost? A: …", answers in the writer's own words).
 */
export const QUESTION_LABELS: ReadonlySet<string> = new Set(["q", "question"]);
export const ANSWER_LABELS: ReadonlySet<string> = new Set(["a", "answer"]);

/** Words of the text before the first question that say an interview follows, lower-cased. */
export const INTERVIEW_CUES: ReadonlySet<string> = new Set([
  "interview",
  "interviews",
  "interviewed",
  "conversation",
  "spoke",
  "speaks",
  "talked",
  "talks",
  "chatted",
  "sat",
  "transcript",
  "q&a",
]);

/**
 * Lower-case nouns before the name of the one asking, besides a writer's job (credit-lines.ts WRITER_NOUNS): "host
 * Ken Roe", "moderated by moderator Jane Roe".
 */
export const INTERVIEWER_NOUNS: ReadonlySet<string> = new Set(["host", "anchor", "interviewer", "moderator"]);
