/**
 * Text from a DOM subtree, paragraph by paragraph: block elements (p, h1, li, div, ...) become paragraphs
 * separated by a blank line, <br> a line break, whitespace inside a paragraph one space (as a browser
 * renders it). Scripts, styles and other non-text elements are never text. Minified HTML, whose
 * paragraphs touch ("...end.</p><p>Next..."), still splits into sentences this way, where textContent
 * would glue them together.
 */

/** The DOM a page parser gives (linkedom's); only what the walk needs. */
export interface DomNode {
  nodeType: number;
  nodeValue?: string | null;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const NEVER_TEXT = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "head",
  "title",
  "button",
  "select",
  "input",
  "textarea",
]);

const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tr",
  "td",
  "th",
  "ul",
  "body",
]);

/** Page furniture left out when there is no article to extract and the whole body is read. */
export const PAGE_FURNITURE = new Set(["nav", "header", "footer", "aside", "form"]);

export function blockText(root: DomNode, skip: ReadonlySet<string> = NEVER_TEXT): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = "";
  const endLine = (): void => {
    const text = line.replace(/[ \t\n\r\f\u00a0]+/g, (space) => (space === "\u00a0" ? "\u00a0" : " ")).trim();
    if (text !== "") lines.push(text);
    line = "";
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join("\n"));
    lines = [];
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.localName ?? "";
    if (NEVER_TEXT.has(tag) || skip.has(tag)) return;
    if (tag === "br") {
      endLine();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) endParagraph();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode);
    if (block) endParagraph();
  };
  walk(root);
  endParagraph();
  return paragraphs.join("\n\n");
}

export function withFurnitureSkipped(): ReadonlySet<string> {
  return new Set([...NEVER_TEXT, ...PAGE_FURNITURE]);
}
