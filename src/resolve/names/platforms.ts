/**
 * A one-word name that things are posted on, or that has users, is a website, an app or a network, in every
 * untitled mention: "posted the video on X", "shared a photo on X", "went viral on X", "users of X", "fans on X",
 * "subscribers to X", "downloads of X". Tech and showbiz news name platforms with no other clue, and the tagger
 * reads a new one's name as a surname (invented texts at 704ec43: 4 of 4 such platforms listed as people; unread
 * PolNeAR dev: a streaming service "streamed on"). Nobody is posted on; a person has followers, members and
 * clients, not users or subscribers ("followers of X" is left). Only a one-word name, not a known first name,
 * not a word of a longer person's name, not a marked mention (person-marks.ts), not a possessive ("posted on
 * X's page"). Read in place at the name's two ends: no document-wide test.
 */
import type { Mention } from "../../types.js";
import { isLoneUnknownName, withRetypedFirms } from "./retyped-organizations.js";

/**
 * A verb of posting, what was posted if a pronoun or a medium's noun ("it", "the video", "a short clip"), then
 * "on " right before the name; or "viral on ", "trending on ". Not any words between: "posted an update on X"
 * and "shared his views on X" speak about X.
 */
const POSTED_ON_BEFORE =
  /(?:^|[^\p{L}])(?:(?:posted|shared|uploaded|streamed|tweeted)(?:\s+(?:it|them|this|(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?(?:videos?|photos?|pictures?|images?|clips?|messages?|posts?|selfies?|footage|tweets?)))?|viral|trending)\s+on\s+$/u;
/** "users of ", "subscribers to ", "downloads of " right before the name. */
const USERS_OF_BEFORE = /(?:^|[^\p{L}])(?:users|subscribers|downloads)\s+(?:of|to|on)\s+$/iu;
/**
 * A platform's people right before it: "users on X", "fans on X", "a young woman on X" (a CNN/DM dev article
 * opening "A young woman on Reddit has shared …" listed the site as a person). A person is not where people are.
 */
const PEOPLE_ON_BEFORE =
  /(?:^|[^\p{L}])(?:users?|fans|commenters?|viewers|followers|people|woman|man|someone|one|many|others)\s+on\s+$/iu;
/** A possessive right after the name. */
const POSSESSIVE_AFTER = /^['’]s?\b/u;

function isPlatform(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  // The cheap test first, in place: "on ", "of " or "to " right before the name.
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  if (before !== "on " && before !== "of " && before !== "to ") return false;
  const context = text.slice(Math.max(0, m.start - 60), m.start);
  const postedOn = before === "on " && (POSTED_ON_BEFORE.test(context) || PEOPLE_ON_BEFORE.test(context));
  if (!postedOn && !USERS_OF_BEFORE.test(context)) return false;
  if (POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 4))) return false;
  return isLoneUnknownName(m, mentions);
}

/** The mentions, in place, with each one-word person that is a platform, and its namesakes, organizations. */
export function withPlatforms(text: string, mentions: Mention[]): Mention[] {
  return withRetypedFirms(text, mentions, (t, m) => isPlatform(t, m, mentions));
}
