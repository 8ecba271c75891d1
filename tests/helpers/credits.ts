import { withoutCredits } from "../../src/resolve/names/credits.js";
import type { Mention } from "../../src/types.js";

/** A mention of `type` for the first occurrence of `name` in `text` (what the tagger would give). */
export function mentionOf(text: string, name: string, type: Mention["type"] = "person"): Mention {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`${name} is not in the text`);
  return { start, end: start + name.length, text: name, type, entity: name };
}

/** The names among `names` (each a person unless "Name|type") kept in `text`'s mentions (credits.ts). */
export function keptAfterCredits(text: string, names: string[]): string[] {
  const mentions = names.map((n) => {
    const [name, type] = n.split("|") as [string, Mention["type"] | undefined];
    return mentionOf(text, name, type ?? "person");
  });
  return withoutCredits(text, mentions).map((m) => m.text);
}
