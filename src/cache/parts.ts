/**
 * A stored annotation in pieces, so that a command reads only the fields it uses: `entities` reads its
 * documents' grouped entities and not their mentions, sentences' text or summaries (on 19,779 Reuters
 * articles: mentions are 35% of the annotations' JSON, entities 21%, summaries 21%, quotes 7%). The JSON
 * is cut at its top-level members, never parsed; put back together, the pieces are the same bytes.
 */

/** The members stored apart, in the order they hold in an annotation. */
export const ANNOTATION_PARTS = ["mentions", "entities", "quotes", "summary"] as const;
export type AnnotationPart = (typeof ANNOTATION_PARTS)[number];

/** An annotation's JSON cut in pieces: each piece is members as written (`"name":value`), comma-joined. */
export interface AnnotationPieces {
  /** The members before the parts (id, path, date, sizes, sentences). */
  head: string;
  /** Each part's member, or null when the annotation has none. */
  parts: Record<AnnotationPart, string | null>;
  /** The members after the parts (the text and title of `annotate --include-text`). */
  tail: string;
}

const noParts = (): Record<AnnotationPart, string | null> => ({
  mentions: null,
  entities: null,
  quotes: null,
  summary: null,
});

/**
 * Cuts an object's JSON (as JSON.stringify writes it: no white space) at its top-level members. The parts
 * must come together and in their order; otherwise (or if the text is not an object) everything is kept in
 * the head, which is always right, only not smaller to read.
 */
export function cutAnnotation(json: string): AnnotationPieces {
  const whole = { head: json.slice(1, -1), parts: noParts(), tail: "" };
  const members = topLevelMembers(json);
  if (members === null) return whole;
  const names = members.map((m) => m.slice(1, m.indexOf('"', 1)));
  const first = names.findIndex((n) => isPart(n));
  // (A head is never empty: joinedAnnotationSql puts a comma before each part.)
  if (first <= 0) return whole;
  let last = first;
  while (last + 1 < names.length && isPart(names[last + 1] as string)) last++;
  const inParts = names.slice(first, last + 1) as AnnotationPart[];
  const inOrder = inParts.every(
    (n, i) =>
      i === 0 || ANNOTATION_PARTS.indexOf(n) > ANNOTATION_PARTS.indexOf(inParts[i - 1] as AnnotationPart),
  );
  if (!inOrder || names.slice(last + 1).some(isPart)) return whole;
  const parts = noParts();
  inParts.forEach((name, i) => {
    parts[name] = members[first + i] as string;
  });
  return { head: members.slice(0, first).join(","), parts, tail: members.slice(last + 1).join(",") };
}

/** The JSON of the pieces, with the parts given (all of them: the exact JSON that was cut). */
export function joinAnnotation(head: string, parts: readonly (string | null)[], tail: string): string {
  const members = [head, ...parts, tail].filter((m): m is string => m !== null && m.length > 0);
  return `{${members.join(",")}}`;
}

/**
 * The SQL expression of joinAnnotation over the columns of `table` (e.g. "r."), with the parts given: the
 * string is made by SQLite, and crosses into JavaScript once, where six columns would cross as six strings.
 */
export function joinedAnnotationSql(table: string, parts: readonly AnnotationPart[]): string {
  const joined = parts.map((p) => `coalesce(',' || ${table}${p}, '')`);
  const tail = `(CASE WHEN ${table}tail = '' THEN '' ELSE ',' || ${table}tail END)`;
  return ["'{'", `${table}head`, ...joined, tail, "'}'"].join(" || ");
}

function isPart(name: string): boolean {
  return (ANNOTATION_PARTS as readonly string[]).includes(name);
}

/** The top-level members of an object's JSON text, as written; null when it is not an object. */
function topLevelMembers(json: string): string[] | null {
  if (!json.startsWith("{") || !json.endsWith("}") || json.length < 3) return null;
  const members: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 1;
  const end = json.length - 1;
  for (let i = 1; i < end; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
    else if (c === 44 && depth === 0) {
      members.push(json.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || inString) return null;
  members.push(json.slice(start, end));
  return members.every((m) => m.startsWith('"')) ? members : null;
}
