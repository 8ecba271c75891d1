/**
 * A hyphened first name no list knows ("Tavoru-Ilke"), read alone as an organization or a place, and the name
 * word right after it that the tagger left untagged, are one person ("Tavoru-Ilke Menzaghi won"): the tagger
 * reads the hyphened word as a firm's or a region's ("Acme-Zentrix", "Alsace-Lorraine") and stops there. Only when
 * each part of the hyphened word and the word after it are name words no list reads as anything else (no place,
 * organization, people, title or ordinary word: "Coca-Cola Bottling", "Rhein-Main Airport" stay), one space
 * apart, and no capitalized word follows. Invented rows (40 first names from many countries, session 14's check,
 * scripts/eval/ner-invented-names.ts): "hyphenated" missed 7 of 40.
 */
import { isCapitalized, isTwoTitleCasedParts } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import type { Gazetteer } from "./gazetteer.js";
import { isPersonWord } from "./middle-initials.js";
import { replaceSpans } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

function isHyphenedFirstName(word: string, gaz: Gazetteer): boolean {
  if (!isTwoTitleCasedParts(word)) return false;
  return word.split("-").every((part) => isPersonWord(part, false, gaz));
}

/** The spans with this file's readings. */
export function hyphenedFirstNameSpans(
  text: string,
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentEnd: number,
  gaz: Gazetteer,
): TokenSpan[] {
  return replaceSpans(spans, (span, s) => {
    const next = tokens[span.end];
    const word = tokens[span.first] as Token;
    if (
      (span.label === "ORG" || span.label === "LOC") &&
      span.end - span.first === 1 &&
      span.end + 1 <= segmentEnd &&
      next !== undefined &&
      (spans[s + 1]?.first ?? segmentEnd) > span.end &&
      next.start - word.end === 1 &&
      text[word.end] === " " &&
      isHyphenedFirstName(word.text, gaz) &&
      isPersonWord(next.text, false, gaz) &&
      !(span.end + 1 < segmentEnd && isCapitalized(tokens[span.end + 1]?.text ?? ""))
    )
      return { spans: [{ label: "PER", first: span.first, end: span.end + 1 }], last: s };
    return null;
  });
}
