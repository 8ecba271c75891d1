/**
 * Span repairs of session 11 (#11), each on the tagger's spans as invented text shows them: a nationality before a
 * person read as one MISC name, an initial and a surname read as a person and a place in a scorecard, a dateline's
 * town read as its club, a surname and a land run together in a headline, a club's country inside its name and a
 * venue heading results. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { datelinePlaces } from "../src/extract/entities/datelines.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { extendInitials } from "../src/extract/entities/initials.js";
import { organizationPlaces } from "../src/extract/entities/organization-places.js";
import { personAfterTitle } from "../src/extract/entities/person-joins.js";
import { placesAfterSurnames } from "../src/extract/entities/place-names.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

describe("a nationality before a first name and a surname read as one MISC name: the person follows it", () => {
  it.each([
    ["[MISC American Dana Whitlow] defended his title.", "American [PER Dana Whitlow] defended his title."],
    [
      "a win over fellow [MISC Canadian Mark Ellery] in the bout",
      "a win over fellow Canadian [PER Mark Ellery] in the bout",
    ],
    // A first name alone, an organization's or an event's name after the nationality: left as the tagger read it.
    ["[MISC American Dana] won.", "[MISC American Dana] won."],
    // A place, or a word that is a first name only beside a surname, after the nationality: no person.
    ["the [MISC British West Indies] team", "the [MISC British West Indies] team"],
    ["the [MISC Chinese Long March] rocket", "the [MISC Chinese Long March] rocket"],
    ["[MISC German Marshall Fund] said.", "[MISC German Marshall Fund] said."],
    ["the [MISC Irish Dana Whitlow Classic] began", "the [MISC Irish Dana Whitlow Classic] began"],
    ["the [MISC Australian Open] began", "the [MISC Australian Open] began"],
    // Session 23: a demonym naming one person ("Englishman", "Spaniard") before a name no list knows; not a
    // people's adjective ("Kenyan"), not a first name ("Dane"), not a firm's or a place's words after it.
    ["[MISC Englishman Tavoru Menzaghi] finished third.", "Englishman [PER Tavoru Menzaghi] finished third."],
    ["the [MISC Spaniard Ilkovan Okwuosa] won", "the Spaniard [PER Ilkovan Okwuosa] won"],
    ["[MISC Welshman Okwuosa] scored.", "Welshman [PER Okwuosa] scored."],
    ["[MISC Kenyan Tavoru Menzaghi] won.", "[MISC Kenyan Tavoru Menzaghi] won."],
    ["[MISC Dane Tavoru Menzaghi] won.", "[MISC Dane Tavoru Menzaghi] won."],
    ["the [MISC Englishman Hotel] closed", "the [MISC Englishman Hotel] closed"],
    ["the [MISC Briton Ferry Company] said", "the [MISC Briton Ferry Company] said"],
    ["the [MISC Frenchman Tavoru Cup] began", "the [MISC Frenchman Tavoru Cup] began"],
  ])("%j", (marked, expected) => {
    const { text, spans } = parse(marked);
    const tokens = tokenize(text);
    expect(
      show(
        text,
        Array.from(spans, (span) => personAfterTitle(span, tokens, gazetteer())),
      ),
    ).toBe(expected);
  });
});

describe("an initial read as a person and the surname after it as a place: one person where a score follows", () => {
  it.each([
    [
      "Corby 214 ([PER P. Ashby] 84; [PER M.] [LOC Dorrance] 4-55)",
      "Corby 214 ([PER P. Ashby] 84; [PER M. Dorrance] 4-55)",
    ],
    ["Harlow 185 ([PER A.] [LOC Quennell] 70)", "Harlow 185 ([PER A. Quennell] 70)"],
    // No score after it: the place stands.
    ["trade with [PER E.] [LOC Europe] rose", "trade with [PER E.] [LOC Europe] rose"],
    ["a letter from [PER M.] [LOC Dorrance] said", "a letter from [PER M.] [LOC Dorrance] said"],
  ])("%j", (marked, expected) => {
    const { text, spans } = parse(marked);
    const tokens = tokenize(text);
    expect(show(text, extendInitials(spans, tokens, text, tokens.length, gazetteer()))).toBe(expected);
  });
});

describe("a dateline's town read as an organization or a person is a place", () => {
  it.each([
    ["[ORG HARLOW] , England 2004-05-01\nHarlow won.", "[LOC HARLOW] , England 2004-05-01\nHarlow won."],
    ["[ORG KELDWICK] , Faroe Islands 1996-08-31", "[LOC KELDWICK] , Faroe Islands 1996-08-31"],
    ["[PER CORBY] 1996-08-30\nThe council met.", "[LOC CORBY] 1996-08-30\nThe council met."],
    ["[ORG TORONTO] — Police said on Monday.", "[LOC TORONTO] — Police said on Monday."],
    ["[ORG TORONTO] (Reuters) - Police said.", "[LOC TORONTO] (Reuters) - Police said."],
    // A slug before a dash, an organization the gazetteer knows, a name inside a line, a name in lower case: stay.
    ["[ORG ATHLETICS] - WHITLOW WINS AGAIN", "[ORG ATHLETICS] - WHITLOW WINS AGAIN"],
    ["[ORG NATO] 1996-08-29\nThe council met.", "[ORG NATO] 1996-08-29\nThe council met."],
    ["[ORG BARLEY]\n MAY7412 1/2L", "[ORG BARLEY]\n MAY7412 1/2L"],
    ["He met [ORG HARLOW] , England 2004-05-01", "He met [ORG HARLOW] , England 2004-05-01"],
    ["[ORG Harlow] , England 2004-05-01", "[ORG Harlow] , England 2004-05-01"],
  ])("%j", (marked, expected) => {
    const { text, spans } = parse(marked);
    expect(show(text, datelinePlaces(spans, text, tokenize(text), gazetteer()))).toBe(expected);
  });
});

describe("a dateline's region after its town, read as an organization or a person, is a place", () => {
  it.each([
    ["[LOC SAINT JOHN], [ORG N.B.] — The mayor said.", "[LOC SAINT JOHN], [LOC N.B.] — The mayor said."],
    ["[LOC RED DEER], [ORG Alta]. — Police said.", "[LOC RED DEER], [LOC Alta]. — Police said."],
    ["[LOC HALIFAX], [PER N.S.] (CP) - Police said.", "[LOC HALIFAX], [LOC N.S.] (CP) - Police said."],
    // Not after a town inside a line, nor a firm or a person named after the dash, nor before another word.
    ["He met in [LOC HALIFAX], [ORG N.S.] — and left.", "He met in [LOC HALIFAX], [ORG N.S.] — and left."],
    ["[LOC HALIFAX] — [ORG Acme] said.", "[LOC HALIFAX] — [ORG Acme] said."],
    ["[LOC HALIFAX], [PER Dana Whitlow] said.", "[LOC HALIFAX], [PER Dana Whitlow] said."],
  ])("%j", (marked, expected) => {
    const { text, spans } = parse(marked);
    expect(show(text, datelinePlaces(spans, text, tokenize(text), gazetteer()))).toBe(expected);
  });
});

describe("a surname and a land read as one person: the person and the place", () => {
  it.each([
    ["Premier backs [PER Whitlow Bavaria] plan", "Premier backs [PER Whitlow] [LOC Bavaria] plan"],
    ["Premier backs [PER Whitlow Tasmania] plan", "Premier backs [PER Whitlow] [LOC Tasmania] plan"],
    ["Premier backs [PER Whitlow Kosovo] plan", "Premier backs [PER Whitlow] [LOC Kosovo] plan"],
    // A first name, an ordinary word, a town or a place before it, a land the gazetteer does not know: it stands.
    ["[PER Paul Jordan] scored", "[PER Paul Jordan] scored"],
    ["[PER New Jersey] town meetings", "[PER New Jersey] town meetings"],
    ["Premier backs [PER Whitlow Ruritania] peace plan", "Premier backs [PER Whitlow Ruritania] peace plan"],
    ["[PER Whitlow Paris] said", "[PER Whitlow Paris] said"],
    ["on [PER Keldwick Island] last week", "on [PER Keldwick Island] last week"],
    ["[PER Bosnia Kosovo] talks", "[PER Bosnia Kosovo] talks"],
  ])("%j", (marked, expected) => {
    const { text, spans } = parse(marked);
    expect(show(text, placesAfterSurnames(spans, tokenize(text), gazetteer()))).toBe(expected);
  });
});

describe("a club or a firm and its country read as one organization; a venue heading results read as its club", () => {
  it.each([
    [
      "drew 1-1 with [ORG Corby of Austria] in the final",
      "drew 1-1 with [ORG Corby] of [LOC Austria] in the final",
    ],
    ["[ORG Zentrix of Japan] said", "[ORG Zentrix] of [LOC Japan] said"],
    [
      "(W. Ashby 54) [ORG Swindon] : [ORG Harlow] 199 and 426",
      "(W. Ashby 54) [LOC Swindon] : [ORG Harlow] 199 and 426",
    ],
    // One name with "of" in it, a heading that is no known place, a colon before prose: they stay.
    ["the [ORG Bank of Japan] said", "the [ORG Bank of Japan] said"],
    ["[ORG Zentrix of America] said", "[ORG Zentrix of America] said"],
    ["[ORG Zentrix of Harlow] said", "[ORG Zentrix of Harlow] said"],
    ["[ORG Acme Co of Japan] said", "[ORG Acme Co of Japan] said"],
    ["[ORG Inc of Japan] said", "[ORG Inc of Japan] said"],
    ["the [ORG Duke of Rutland] said", "the [ORG Duke of Rutland] said"],
    ["[ORG Zentrix] : Harlow 199", "[ORG Zentrix] : Harlow 199"],
    ["[ORG Swindon] : the council met", "[ORG Swindon] : the council met"],
  ])("%j", (marked, expected) => {
    const { text, spans } = parse(marked);
    expect(show(text, organizationPlaces(spans, tokenize(text), gazetteer()))).toBe(expected);
  });
});

describe("a wire's newsroom in its sign-off is an organization; the town before a lower-case newsroom a place", () => {
  it.each([
    ["-- [LOC Corby] Newsroom +44 1536 200", "-- [ORG Corby Newsroom] +44 1536 200"],
    ["-- [LOC Corby] [LOC Newsroom] +44 1536 200", "-- [ORG Corby Newsroom] +44 1536 200"],
    [
      "-- Dana Whitlow, [ORG Corby] newsroom +44 1536 200",
      "-- Dana Whitlow, [LOC Corby] newsroom +44 1536 200",
    ],
    [
      "-- Dana Whitlow, [LOC Corby] newsroom +44 1536 200",
      "-- Dana Whitlow, [LOC Corby] newsroom +44 1536 200",
    ],
  ])("%j", (marked, expected) => {
    const { text, spans } = parse(marked);
    expect(show(text, organizationPlaces(spans, tokenize(text), gazetteer()))).toBe(expected);
  });
});

describe("a given name's initials written together, read alone, open the person (session 37)", () => {
  it.each([
    ["[ORG T.J.] Oshkay is not involved", "[PER T.J. Oshkay] is not involved"],
    ["Tenn. — [PER P.K.] [PER Subbarow] scored", "Tenn. — [PER P.K. Subbarow] scored"],
    ["[ORG J.R.R.] Tollam wrote", "[PER J.R.R. Tollam] wrote"],
    // guards: a place's or a legal form's letters; an organization's letters before an office
    ["[ORG N.Z.] Dlrs rose", "[ORG N.Z.] Dlrs rose"],
    ["[ORG N.V.] Tarvex said", "[ORG N.V.] Tarvex said"],
    ["[ORG U.N.] Secretary-General Ban spoke", "[ORG U.N.] Secretary-General Ban spoke"],
  ])("%j", (marked, expected) => {
    const { text, spans } = parse(marked);
    const tokens = tokenize(text);
    expect(show(text, extendInitials(spans, tokens, text, tokens.length, gazetteer()))).toBe(expected);
  });
});
