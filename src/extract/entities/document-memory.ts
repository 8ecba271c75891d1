/**
 * What the tagger decided about each capitalized word earlier in the same document (extended prediction history,
 * Ratinov & Roth 2009): "Brisco" tagged PER in one sentence is evidence for PER in the next. A word's value holds
 * the MEMORY_TYPES it was given as bits (a name's type, or O where the capital was not sentence-initial), how
 * often each (COUNT_BITS each, capped), and the majority type of those counts (0: tied or none). One Map per
 * document (token-view.ts's DocumentMemory), one look-up per capitalized token. Also the features of that memory.
 */
import { isCapitalized } from "../../text/word-shape.js";
import { type DocumentMemory, Flag, type TokenView } from "./token-view.js";

const MEMORY_TYPES = ["PER", "LOC", "ORG", "MISC", "O"] as const;
const TYPE_BITS = (1 << MEMORY_TYPES.length) - 1;
const COUNT_BITS = 3;
const COUNT_MAX = (1 << COUNT_BITS) - 1;
const COUNT_BASE = MEMORY_TYPES.length;
const MAJORITY_BASE = COUNT_BASE + COUNT_BITS * MEMORY_TYPES.length;
/** Majority codes: 0 (tied, or one type) and 1 + the index of each type. */
const MAJORITIES = MEMORY_TYPES.length + 1;
/** Neighbours' memory states (recalledTypes' values): the type bits. */
export const MEMORY_TYPE_STATES = TYPE_BITS + 1;
/** Memory states (recalled's values): type bits × majority code. */
export const MEMORY_STATES = (TYPE_BITS + 1) * MAJORITIES;

/** A word's key in the document memory: lower-cased when capitalized, else null (not remembered). */
export function memoryKey(text: string): string | null {
  return isCapitalized(text) ? text.toLowerCase() : null;
}

/** The memory state of a memory value: its type bits and majority code, below MEMORY_STATES (0: nothing). */
function stateOf(value: number): number {
  return (value & TYPE_BITS) * MAJORITIES + (value >>> MAJORITY_BASE);
}

/** The memory state (below MEMORY_STATES; 0: nothing) for this token's word; `key` as memoryKey gives it. */
export function recalled(view: TokenView, key = memoryKey(view.text)): number {
  return recalledIn(view.memory, key);
}

/** recalled, from the document's memory (undefined: none). */
export function recalledIn(memory: DocumentMemory | undefined, key: string | null): number {
  if (memory === undefined || key === null) return 0;
  return stateOf(memory.get(key) ?? 0);
}

/** The type bits alone (below TYPE_BITS + 1) of a neighbour's word; `key` as memoryKey gives it. */
export function recalledTypes(view: TokenView | undefined, key: string | null): number {
  return view === undefined ? 0 : recalledTypesIn(view.memory, key);
}

/** recalledTypes, from the document's memory (undefined: none). */
export function recalledTypesIn(memory: DocumentMemory | undefined, key: string | null): number {
  if (memory === undefined || key === null) return 0;
  return (memory.get(key) ?? 0) & TYPE_BITS;
}

/** Records the tag (index into TAGS) given to this token. */
export function remember(view: TokenView, tag: number, key = memoryKey(view.text)): void {
  rememberIn(view.memory, view.flags, tag, key);
}

/** remember, in the document's memory (undefined: none), for a token of these flags. */
export function rememberIn(
  memory: DocumentMemory | undefined,
  flags: number,
  tag: number,
  key: string | null,
): void {
  if (memory === undefined || key === null) return;
  let type: number;
  if (tag > 0) type = (tag - 1) >> 1;
  else if ((flags & (Flag.initial | Flag.headline)) === 0) type = 4;
  else return;
  const value = memory.get(key) ?? 0;
  let best = 0;
  let bestCount = 0;
  let tied = false;
  let counts = 0;
  for (let t = 0; t < MEMORY_TYPES.length; t++) {
    const shift = COUNT_BASE + COUNT_BITS * t;
    let count = (value >>> shift) & COUNT_MAX;
    if (t === type && count < COUNT_MAX) count++;
    counts |= count << shift;
    if (count > bestCount) {
      best = t + 1;
      bestCount = count;
      tied = false;
    } else if (count === bestCount && count > 0) tied = true;
  }
  memory.set(key, ((value & TYPE_BITS) | (1 << type) | counts | ((tied ? 0 : best) << MAJORITY_BASE)) >>> 0);
}

/**
 * Features of a memory state (none for an empty memory): the types seen, and where more than one was, the
 * majority (`mm=`; only in a model trained with NER_HISTORY=1).
 */
export function memoryFeatures(state: number): string[] {
  const bits = Math.floor(state / MAJORITIES);
  if (bits === 0) return [];
  if ((bits & (bits - 1)) === 0) return [`m=${bits}`];
  return [`m=${bits}`, `mm=${state % MAJORITIES}`];
}

/** Features of the memory's type bits of the word before (offset -1) or after (+1): `-1m=`, `1m=` (NER_HISTORY=1). */
export function neighbourMemoryFeatures(offset: -1 | 1, bits: number): string[] {
  return bits === 0 ? [] : [`${offset}m=${bits}`];
}

/** Whether a model has the features of the neighbours' memory (its feature table's `has`). */
export function usesNeighbourMemory(has: (name: string) => boolean): boolean {
  for (let bits = 1; bits <= TYPE_BITS; bits++) if (has(`-1m=${bits}`) || has(`1m=${bits}`)) return true;
  return false;
}
