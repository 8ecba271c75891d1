/**
 * Session 23: a given name, a Germanic or Arabic particle and a surname the tagger left untagged or cut to the
 * surname (particle-names.ts) are one person's name. On the tagger's spans as invented text shows them.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { particleNameSpans } from "../src/extract/entities/particle-names.js";
import { joinParticles } from "../src/extract/entities/spans.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, particleNameSpans(spans, tokens, 0, tokens.length, gazetteer()));
}

describe("a given name, a particle and a surname are one person's name", () => {
  it.each([
    ["Tavoru von [MISC Menzaghi], who led it, quit", "[PER Tavoru von Menzaghi], who led it, quit"],
    ["Karl-Heinz von Okwuosa resigned on Friday.", "[PER Karl-Heinz von Okwuosa] resigned on Friday."],
    ["said Ilkovan van der [ORG Meeren] today", "said [PER Ilkovan van der Meeren] today"],
    ["[PER Dana Maria] von Okwuosa said", "[PER Dana Maria von Okwuosa] said"],
    ["Nilufar bin [LOC Azimova] was held", "[PER Nilufar bin Azimova] was held"],
    // Session 34: a listed first name that is an ordinary word or a place too ("robin", "Jordan") opens it
    ["before Robin van [PER Menzaghi] added a third", "before [PER Robin van Menzaghi] added a third"],
    ["Jordan van der [ORG Meeren] said", "[PER Jordan van der Meeren] said"],
    // Guards: a name already whole; Romance particles (places, firms); an ordinary word before the particle; a
    // known place after it; the particle capitalized; a longer span over the given name.
    ["[PER Tavoru von Menzaghi] said", "[PER Tavoru von Menzaghi] said"],
    ["in Rio de [LOC Janeiro] today", "in Rio de [LOC Janeiro] today"],
    ["Banco de [ORG Tavoru] said", "Banco de [ORG Tavoru] said"],
    ["Sale van [ORG Menzaghi] said", "Sale van [ORG Menzaghi] said"],
    ["Tavoru von [LOC London] said", "Tavoru von [LOC London] said"],
    ["Tavoru Van [ORG Menzaghi] said", "Tavoru Van [ORG Menzaghi] said"],
    ["Prince Sultan ibn [PER Menzaghi] said", "Prince Sultan ibn [PER Menzaghi] said"],
    ["[ORG Acme Tavoru Holdings] von Menzaghi said", "[ORG Acme Tavoru Holdings] von Menzaghi said"],
  ])("%j", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

function joined(marked: string): string {
  const { text, spans } = parse(marked);
  return show(text, joinParticles(spans, tokenize(text)));
}

describe("two persons with only name particles between them are one name (spans.ts joinParticles)", () => {
  it.each([
    ["[PER Dana] van der [PER Meeren] said", "[PER Dana van der Meeren] said"],
    // Session 27: Spanish plural articles after "de"
    ["[PER Juan Carlos] de los [PER Rios] said", "[PER Juan Carlos de los Rios] said"],
    ["[PER Ana] de las [PER Heras] won", "[PER Ana de las Heras] won"],
    // Guards: a place between two persons; a word no particle between them
    ["[PER Juan Rios] flew to [LOC Los Angeles]", "[PER Juan Rios] flew to [LOC Los Angeles]"],
    ["[PER Juan] de los [LOC Andes] said", "[PER Juan] de los [LOC Andes] said"],
    ["[PER Juan] met los [PER Rios]", "[PER Juan] met los [PER Rios]"],
  ])("%j", (marked, expected) => {
    expect(joined(marked)).toBe(expected);
  });
});
