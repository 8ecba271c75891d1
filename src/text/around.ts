/**
 * What the text holds right at a name's edge, as the naming rules read it in more than one place: "the" right
 * before (a venue's or an award's name), a name running on right after (an initial's or a surname's run), the gap
 * between two parts of one name (spaces, one line break at most).
 */

const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;

/** Whether "the" stands right before `start` ("the Vallecas ground", "the Dana Whitlow Trophy"). */
export function isTheBefore(text: string, start: number): boolean {
  return THE_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

const RUN_GOES_ON = /^(?:\s+\p{Lu}|[-'’]\p{L}|\.\p{L})/u;

/**
 * Whether a name's run goes on after `end`: a capitalized word after spaces, a letter after a hyphen or an
 * apostrophe, or one after a full stop ("Ann Lee Harlow", "Lee-Harlow", "Lee.Harlow"): a name read up to `end` is
 * cut there.
 */
export function runGoesOn(text: string, end: number): boolean {
  return RUN_GOES_ON.test(text.slice(end, end + 3));
}

const NAME_GAP = /^[ \t]*(?:\r?\n[ \t]*)?$/;

/** Whether only spaces, and at most one line break, stand in [from, to): one name hard-wrapped or spaced. */
export function isNameGap(text: string, from: number, to: number): boolean {
  return from <= to && NAME_GAP.test(text.slice(from, to));
}
