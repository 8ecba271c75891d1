/**
 * Session 16: a first name, a nickname in quotes and a surname are one person span (nicknames.ts), in CoNLL's
 * spaced quotes and in ordinary ones, when the document calls the person by the surname alone; the span keeps
 * the nickname whole through trimSpan and personBounds. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { extractMentions } from "../src/extract/entities/index.js";
import { lazyWordPositions, nicknameSpans } from "../src/extract/entities/nicknames.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, nicknameSpans(spans, tokens, 0, tokens.length, gazetteer(), lazyWordPositions(tokens)));
}

describe("a first name, a nickname in quotes and a surname are one person", () => {
  it.each([
    [
      '[PER Dario] " Iron Fist " Menotti won. Menotti left.',
      '[PER Dario " Iron Fist " Menotti] won. Menotti left.',
    ],
    [
      '[PER Tomas] " [ORG Bulldog] " [MISC Kravic] won. Kravic left.',
      '[PER Tomas " Bulldog " Kravic] won. Kravic left.',
    ],
    [
      'Maria "Queen of [PER Soul]" [PER Delvecchio] sang. Delvecchio left.',
      '[PER Maria "Queen of Soul" Delvecchio] sang. Delvecchio left.',
    ],
    // a title or an office right before the first name names a person, called so once (session 38)
    [
      'state [PER Del.] Marcia "Cia" Pryce (D-Newport News), shouted',
      'state [PER Del.] [PER Marcia "Cia" Pryce] (D-Newport News), shouted',
    ],
    ['Speaker Thomas "Tip" O\'Nolan said', 'Speaker [PER Thomas "Tip" O\'Nolan] said'],
    [
      'Senate President [PER Vicente] "Tito" Sottel said',
      'Senate President [PER Vicente "Tito" Sottel] said',
    ],
    // the surname never alone, or after another first name: GUM's convention keeps the parts apart
    ['[PER Dario] " Iron Fist " Menotti won.', '[PER Dario] " Iron Fist " Menotti won.'],
    [
      '[PER Dario] "Ace" Menotti won. [PER Lena Menotti] and Menotti left.',
      '[PER Dario] "Ace" Menotti won. [PER Lena Menotti] and Menotti left.',
    ],
    // no first name before, a sentence in the quotes, an ordinary word after: unchanged
    [
      'the boxer " Iron Fist " Menotti won. Menotti left.',
      'the boxer " Iron Fist " Menotti won. Menotti left.',
    ],
    [
      '[PER Dana] said " we will win " Menotti. Menotti left.',
      '[PER Dana] said " we will win " Menotti. Menotti left.',
    ],
    ['[PER Dana] " Great " Win for us. Win left.', '[PER Dana] " Great " Win for us. Win left.'],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

function persons(text: string): string {
  const doc = { id: "t", path: "t", text, date: null, headers: {}, bodyStart: 0, encoding: "utf-8" } as const;
  return extractMentions(doc, splitDocument(doc))
    .filter((m) => m.type === "person")
    .map((m) => m.text)
    .join(" | ");
}

describe("through extractMentions", () => {
  it.each([
    [
      'Boxing legend Dario " Hands of Steel " Menotti fights on Saturday. Menotti is 45.',
      'Dario " Hands of Steel " Menotti | Menotti',
    ],
    [
      'Police held Joaquin "The Locksmith" Ferreira on Friday. Ferreira denied it.',
      'Joaquin "The Locksmith" Ferreira | Ferreira',
    ],
  ])("%s → %s", (text, expected) => {
    expect(persons(text)).toBe(expected);
  });
});
