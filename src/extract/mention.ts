/**
 * Mentions built key by key in one order, never by object spread: a spread copy of a mention gets another
 * hidden class than the literal extraction builds (checked with %HaveSameMap), and every resolver that met both
 * threw its optimized code away ("wrong map" in --trace-deopt, one thread over 1,500 bench documents). `title`
 * and `role` are always keys (undefined until set; JSON leaves them out). Extraction and every naming rule that
 * adds or cuts a mention build it here.
 */
import type { Mention } from "../types.js";

/**
 * A mention of `text` at [start, end), naming `entity` (its own text unless told). `role` is always a key too
 * (undefined but for a line-up's player): set after the mention is built, a new key gave the mention another
 * hidden class, and a rebuild here that left it out dropped the mark (session 29's review).
 */
export function mentionAt(
  start: number,
  end: number,
  text: string,
  type: Mention["type"],
  entity: string = text,
  title: string | undefined = undefined,
  role: Mention["role"] = undefined,
): Mention {
  return { start, end, text, type, entity, title, role };
}

/** The mention cut to end at `end`, its text (and entity) `text`, its title and role kept. */
export function shortened(m: Mention, end: number, text: string): Mention {
  return mentionAt(m.start, end, text, m.type, text, m.title, m.role);
}
