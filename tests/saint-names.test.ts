/**
 * Session 34: a name the tagger cut at "St." or "Ste." is one name (extract/entities/saint-names.ts). On the
 * tagger's spans as invented text shows them.
 */
import { describe, expect, it } from "vitest";
import { saintNameSpans } from "../src/extract/entities/saint-names.js";
import { tokenize } from "../src/text/tokenize.js";
import { namedOf as named } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  return show(text, saintNameSpans(spans, tokenize(text)));
}

describe("a name cut at a saint's abbreviation is one", () => {
  it.each([
    ["near [LOC Fort St.] [LOC Kestrel], B.C.", "near [LOC Fort St. Kestrel], B.C."],
    ["from [LOC Port Ste.] [PER Halden] today", "from [LOC Port Ste. Halden] today"],
    ["[MISC St.] [ORG Halden Medical Inc] said", "[ORG St. Halden Medical Inc] said"],
    // Guards: a person's span before; a gap; no stop; another word last.
    ["[PER Dana St.] [LOC Kestrel] said", "[PER Dana St.] [LOC Kestrel] said"],
    ["[LOC Fort St.]  [LOC Kestrel]", "[LOC Fort St.]  [LOC Kestrel]"],
    ["[LOC Fort St] [LOC Kestrel]", "[LOC Fort St] [LOC Kestrel]"],
    ["[LOC Fort Halden] [LOC Kestrel]", "[LOC Fort Halden] [LOC Kestrel]"],
  ])("%j", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

describe("the extractor joins it (wired in extract/entities/index.ts)", () => {
  it("lists one town", () => {
    expect(named("Firefighters battle a wildfire near Fort St. James, B.C., on Tuesday.").mentions).toContain(
      "Fort St. James|place",
    );
  });
});
