/**
 * A script's source with every character outside ASCII escaped, its meaning kept (scripts/bundle-cli.ts: the bundle,
 * read as Latin-1 into a one-byte string by bin/bundled-cli.js). esbuild escapes strings and plain templates already
 * (its default charset), but not regular expression literals, `String.raw` templates or comments: 431 such
 * characters in the bundle of session 27 (quotation marks and dashes in patterns, the report's page script, letters
 * in comments) made its whole 1.9 MB source a two-byte string.
 */
import ts from "typescript";

/** A UTF-16 code unit outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

const escapeOf = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Outside a `String.raw` template a character becomes its `\uXXXX` escape, which means that character in a regular
 * expression (with the `u` flag or not, in a class or not), a string or an identifier, and is only text in a
 * comment; one outside the BMP becomes its two surrogates' escapes, which a `u` pattern reads as one code point and
 * any other as two code units, as it read the character. In a `String.raw` template (the report's page script, some
 * patterns) an escape would be kept as its six characters, so the character becomes a substitution of a string
 * holding it (`${"\u2013"}`), which gives the same text. Stops on what it cannot keep: a backslash before such a
 * character (the escape would become a backslash and letters), or one in a template with another tag.
 */
export function asciiSource(source: string): string {
  if (/\\[\u0080-\uffff]/.test(source))
    throw new Error("ascii-source: a backslash before a non-ASCII character");
  if (!NON_ASCII.test(source)) return source;
  // Where each String.raw template's own text is ([start, end) of its head, middles, tail), in order.
  const raw: [number, number][] = [];
  const file = ts.createSourceFile("source.js", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node)) {
      const { template } = node;
      const parts: ts.Node[] = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      const ranges = parts.map((part): [number, number] => [part.getStart(file), part.end]);
      const holdsOne = ranges.some(([start, end]) => NON_ASCII.test(source.slice(start, end)));
      if (holdsOne && node.tag.getText(file) !== "String.raw")
        throw new Error(`ascii-source: a non-ASCII character in a template tagged ${node.tag.getText(file)}`);
      if (holdsOne) raw.push(...ranges);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  raw.sort((a, b) => a[0] - b[0]);
  let next = 0;
  return source.replace(/[\u0080-\uffff]/g, (c, at: number) => {
    while (next < raw.length && (raw[next] as [number, number])[1] <= at) next++;
    const range = raw[next];
    return range !== undefined && range[0] <= at ? `\${"${escapeOf(c)}"}` : escapeOf(c);
  });
}
