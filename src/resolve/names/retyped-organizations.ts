/**
 * One way to retype persons as an organization when the document's own words call one of their mentions a firm
 * or a body (appositive-organizations.ts, deal-parties.ts): every untitled person mention with that text follows
 * the one that was called so, since a name is one thing within a document.
 */
import type { Mention } from "../../types.js";

/** The mentions, in place, with each untitled person `isOrganization` accepts, and its namesakes, organizations. */
export function withRetypedOrganizations(
  text: string,
  mentions: Mention[],
  isOrganization: (text: string, m: Mention) => boolean,
): Mention[] {
  let names: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined || !isOrganization(text, m)) continue;
    names ??= new Set();
    names.add(m.text);
  }
  if (names === null) return mentions;
  for (const m of mentions)
    if (m.type === "person" && m.title === undefined && names.has(m.text)) {
      m.type = "organization";
      m.entity = m.text;
    }
  return mentions;
}
