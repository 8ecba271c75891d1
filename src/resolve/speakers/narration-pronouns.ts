/**
 * The narration's own "he" and "she" between quotes, resolved as they come, so that a chain of them keeps its
 * person salient for the next speaker pronoun: `Dunwoody, who …, said tensions were high. He said that he was
 * more focused on the platform and that Sanders had conceded. “…,” he said` is Dunwoody's, not Sanders's.
 */
import { GENDERED_PRONOUNS } from "../../lexicon/pronouns.js";
import { spanAt } from "../../text/token-at.js";
import type { QuoteSpan, TextSpan, Token } from "../../types.js";
import type { SpeakerContext } from "./context.js";
import { byPronoun } from "./pronoun.js";
import { PRONOUN_WEIGHT } from "./salience.js";

/** Nominative pronouns: always a clause's subject, so what the narration is about. */
const SUBJECT_PRONOUNS = new Set(["he", "she"]);

export class NarrationPronouns {
  private next = 0;
  private readonly phrases: Set<number>;

  constructor(
    private readonly context: SpeakerContext,
    private readonly spans: readonly QuoteSpan[],
  ) {
    // A speaker phrase's pronoun is the speaker resolver's to name (once, with its own rules).
    this.phrases = new Set(spans.flatMap((s) => (s.speakerPhrase === null ? [] : [s.speakerPhrase.start])));
  }

  /** Resolves the narration's subject pronouns before `offset` not yet resolved, in text order. */
  upTo(offset: number): void {
    const tokens = this.context.tokens;
    for (; this.next < tokens.length && (tokens[this.next] as Token).start < offset; this.next++) {
      const token = tokens[this.next] as Token;
      if (!SUBJECT_PRONOUNS.has(token.text.toLowerCase()) || this.phrases.has(token.start)) continue;
      if (this.spans.some((s) => s.start <= token.start && token.start < s.end)) continue;
      const subject = this.subjectBefore(token);
      if (subject !== null) this.context.salience.add(token.start, subject, PRONOUN_WEIGHT);
      else
        byPronoun(this.context, { start: token.start, end: token.end, text: token.text } as TextSpan, false);
    }
  }

  /**
   * `And a third, Dan Roe, said that while he was opposed …`: a subject earlier in the pronoun's own sentence
   * whose gender does not disagree is the one it continues, however salient the sentence before left someone
   * else; with none there, the last subject of the sentence before (`Ann Roe, a supporter, is among those who …
   * She had never …`). A person of unknown gender so takes the pronoun's.
   */
  private subjectBefore(token: Token): string | null {
    const { context } = this;
    const here = spanAt(context.sentences, token.start);
    const gender = GENDERED_PRONOUNS.get(token.text.toLowerCase());
    for (const back of [0, 1]) {
      const sentence = context.sentences[here - back];
      if (sentence === undefined) return null;
      const subject = context.clauseSubjects.findLast(
        (s) => s.offset >= sentence.start && s.offset < Math.min(token.start, sentence.end),
      );
      if (subject === undefined) continue;
      const facts = context.people.get(subject.name);
      if (facts === undefined || facts.notPerson || (facts.gender !== null && facts.gender !== gender))
        return null;
      facts.gender ??= gender ?? null;
      return subject.name;
    }
    return null;
  }
}
