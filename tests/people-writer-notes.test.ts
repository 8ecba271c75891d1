/**
 * Session 27: a writer's note closing a local story names no person in the news (resolve/names/writer-notes.ts;
 * bylines "at" a venue, credit-patterns.ts BYLINE_TAIL; a critic's job line, lexicon WRITER_NOUNS). Invented names
 * and text only (a probe of 42 invented 2018-19 North American and 2004-05 British local articles).
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

const STORY = "Council approved the budget on Monday, Kofi Mensah said.";

describe("a writer's note closing a local story names no person in the news", () => {
  it.each([
    [
      `${STORY}\n\nDana Whitlow covers Millbrook and Clay County. Reach her at dwhitlow@example.com or 555-0142.`,
      ["Kofi Mensah"],
    ],
    [`${STORY}\n\nDana Whitlow: dwhitlow@example.com; Twitter: @dwhitlow`, ["Kofi Mensah"]],
    [`${STORY}\n\nStar Tribune. Dana Whitlow • 612-555-0190`, ["Kofi Mensah"]],
    [
      `By Dana Whitlow\n\n${STORY}\n\nDana Whitlow is a business reporter. Follow her on Twitter: @dwhitlow\n\nRelated: Budget passes\n\nRelated: Council meets\n\nCopyright 2019`,
      ["Kofi Mensah"],
    ],
    [`By Dana Whitlow\n\n${STORY}\n\nDana Whitlow is a freelance writer in Bozeman.`, ["Kofi Mensah"]],
    [`${STORY}\n\nStaff writer Dana Whitlow contributed from Easton. Email: dw@example.com`, ["Kofi Mensah"]],
    [`${STORY}\n\nPhoto: The band plays on the waterfront. Dana Whitlow/Metro`, ["Kofi Mensah"]],
    [`${STORY}\n\nDana Whitlow's column runs every Sunday.`, ["Kofi Mensah"]],
    [`By Dana Whitlow\nTheatre Critic\n\n${STORY}`, ["Kofi Mensah"]],
    [`By Dana Whitlow at Bellfield Park\n\n${STORY}`, ["Kofi Mensah"]],
    // Guards: a contact in the person's own sentence; a beat with no reach-me sentence; a reporter in the news,
    // named before the story's last lines; a caption's subject.
    ["Dana Whitlow, a spokeswoman, said callers could reach the hotline at 555-0142.", ["Dana Whitlow"]],
    ["Dana Whitlow covers the cost of the repairs, the council said.", ["Dana Whitlow"]],
    [
      "Dana Whitlow is a reporter in Cairo.\n\nShe was held on Monday, her paper said.\n\nIt asked for her release.\n\nOfficials did not comment.",
      ["Dana Whitlow"],
    ],
    ["Photo: Dana Whitlow opens the new library on Monday.", ["Dana Whitlow"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
