/**
 * Plain data passed between the pipeline stages:
 * read (Document) → split (Sentence, Token) → extract (Mention, Quote) → resolve (Entity, Speaker)
 * → aggregate (Report) → format.
 * Every span is a pair of UTF-16 offsets into `Document.text`, the file's text exactly as read
 * (BOM removed, nothing else changed), so `text.slice(start, end)` always gives the span's text back.
 */

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Document {
  /** Path relative to the input root it came from ("-" for stdin). */
  id: string;
  /** The path as given or found. */
  path: string;
  /** The whole text as read (BOM removed). */
  text: string;
  /** From a `date YYYY-MM-DD` header, or null. */
  date: string | null;
  /** Other `key value` header lines (title, source, url, ...). */
  headers: Record<string, string>;
  /** Offset where the body starts (after the header); analysis ignores text before it. */
  bodyStart: number;
  /** Encoding the bytes were decoded with. */
  encoding: "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";
}

export type TokenKind = "word" | "number" | "punct";

export interface Token extends TextSpan {
  kind: TokenKind;
  /**
   * `text.toLowerCase()`, made once by the tokenizer: the passes after it (the tagger's rules, names, speakers,
   * quotes, summaries) each lower-cased a token's text again to look it up in a list, ~3 times per token over a run.
   */
  lower: string;
}

export interface Sentence extends Span {
  /** Index of the first token of the sentence in the document's token array. */
  firstToken: number;
  /** Index one past the last token of the sentence. */
  endToken: number;
}

export type EntityType = "person" | "country" | "place" | "organization";
export type MentionType = EntityType | "demonym";

export interface Mention extends TextSpan {
  type: MentionType;
  /**
   * Canonical name of the entity it refers to (for a demonym: its country). Extraction sets it for places,
   * countries and demonyms (the gazetteer's reading) and leaves a person's or organization's surface text,
   * which resolve/names replaces by the canonical name.
   */
  entity: string;
  /** A title seen before a person's name ("President", "Dr."). */
  title?: string;
  /**
   * "player": a player of a sports line-up (extract/entities/line-ups.ts), a person whatever the word. Extraction
   * marks it; resolve/names (one-word-persons.ts) reads it and takes it off, so no output carries it. Always a key
   * (extract/mention.ts), undefined on every other mention.
   */
  role?: "player" | undefined;
}

export interface EntityRecord {
  name: string;
  type: EntityType;
  count: number;
  aliases: string[];
  /** Mentions that were demonyms of this country ("Icelandic"). */
  demonyms?: number;
  /** Titles seen with a person ("President"). */
  titles?: string[];
  /** For a place: the country it lies in, where known. */
  country?: string;
}

export interface QuoteSpeaker {
  name: string | null;
  mention: TextSpan | null;
  /** Set when the speaker is an organization rather than a person. */
  organization?: string;
}

/** The words naming a quote's speaker, as extraction finds them, with the kind of words they are. */
export interface SpeakerPhrase extends TextSpan {
  /** "interviewee": the label opening an interview's answer ("A", "ABERNATHY", "PR"; extract/quotes/interviews.ts). */
  kind: "name" | "pronoun" | "role" | "organization" | "interviewee";
  /** For an interviewee's label: where the interview's first turn opens (the introduction is the text before). */
  introEnd?: number;
}

/** A quote as extraction finds it: its span, cue and speaker phrase, before the speaker is named. */
export interface QuoteSpan extends Span {
  /** The quoted content, without the quotation marks. */
  text: string;
  partial: boolean;
  /** The words of the attribution that name the speaker, or null. */
  speakerPhrase: SpeakerPhrase | null;
  /**
   * The index of the earlier quote whose speaker this one continues, or null: with no speaker phrase, or with
   * one that is only the subject of the sentence before (then used only when it names a person).
   */
  continues: number | null;
  /** The speaker phrase is only the name opening the sentence before a quote standing alone. */
  subjectOnly?: true;
  cue: TextSpan | null;
}

export interface Quote extends Span {
  /** The quoted content, without the quotation marks. */
  text: string;
  partial: boolean;
  speaker: QuoteSpeaker;
  cue: TextSpan | null;
}

/**
 * What kind of problem a diagnostic is about. Read and decode problems come from src/corpus/, the rest from
 * the per-document pipeline; "quotation-mark" is the input's own typography (an unclosed or unopened mark),
 * which the CLI summarizes in one line unless --verbose.
 */
export type DiagnosticCode =
  /** The file could not be read (permissions, gone, a symlink loop): skipped. */
  | "unreadable"
  /** Larger than the size limit: skipped. */
  | "too-large"
  /** Looks like binary data: skipped. */
  | "binary"
  /** Not valid in any encoding tried: skipped. */
  | "undecodable"
  /** Not valid UTF-8 (a file, or a CSV file of records), read as Windows-1252: a guess, so it is said. */
  | "windows-1252"
  /** The pipeline failed on the document (a defect): skipped. */
  | "not-annotated"
  /** A quotation mark without its partner in the text. */
  | "quotation-mark"
  /** A JSON Lines line that is not a JSON object: skipped. */
  | "bad-json"
  /** A CSV/TSV row the parser could not read (unbalanced quotes, a different number of fields): skipped. */
  | "bad-row"
  /** A record with no text, or whose text is empty: skipped. */
  | "no-text"
  /** A date that none of the known formats reads: the record is kept, without a date. */
  | "bad-date"
  /** A line longer than a record may be: skipped. */
  | "too-long"
  /** The file could not be read on (I/O error, damaged gzip data): the records after it are lost. */
  | "read-error"
  /** An HTML page in which no text was found: skipped. */
  | "no-html-text"
  /** Bytes that are not UTF-8 in a record, replaced by U+FFFD. */
  | "bad-utf8";

/**
 * A problem with one input document, as data: attached to the document's result (or, for a document that
 * was skipped, reported in its place). It never names the document: the reporter adds the path.
 */
export interface Diagnostic {
  code: DiagnosticCode;
  message: string;
  /** 1-based line of the document's text where the problem is, when it is at a place. */
  line?: number;
  /** UTF-16 offset into Document.text, when it is at a place. */
  offset?: number;
}

/**
 * A problem the quote scanner (extract/quotes/marks.ts) finds; the pipeline turns it into a Diagnostic
 * (pipeline/annotate.ts).
 */
export interface QuoteMarkProblem {
  document: string;
  offset: number;
  message: string;
  severity: "warning" | "info";
}

/** The per-document record of `annotate --jsonl` (docs/annotate-contract.md). */
export interface Annotation {
  id: string;
  path: string;
  date: string | null;
  chars: number;
  tokens: number;
  sentences: Span[];
  mentions?: Mention[];
  entities?: EntityRecord[];
  quotes?: Quote[];
  summary?: TextSpan[];
  /** With `annotate --include-text`: the document's title (a record's or page's, a headline), or null. */
  title?: string | null;
  /** With `annotate --include-text`: the text that offsets index. */
  text?: string;
}

/** An entity over the whole corpus: `entities --json` prints an array of these, most mentioned first. */
export interface CorpusEntityRecord extends EntityRecord {
  documents: number;
  /**
   * A person's mentions and documents titled for each gender ("Mr", "Mrs"), for the corpus's naming to split a
   * name titled both ways (aggregate/entities.ts); not in its result.
   */
  titledParts?: { male?: TitledPart; female?: TitledPart };
  /**
   * In a piece of the corpus kept as JSON (cli/pieces.ts): the record counts the mentions of a place its
   * documents settle (resolve/settled-places.ts), not a name's entity; not in a result.
   */
  settled?: true;
}

/** Mentions and documents of a person's name under titles of one gender. */
export interface TitledPart {
  count: number;
  documents: number;
}
