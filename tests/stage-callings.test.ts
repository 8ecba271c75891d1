/**
 * Session 21: a performer's calling written in capitals before the name ("DJ", "MC"), which the tagger read with
 * the name as a firm (extract/entities/calling-names.ts, lexicon CAPITALIZED_CALLINGS). Invented names and text.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a name after DJ or MC is a person, without the calling", () => {
  it.each([
    ["Radio 1 DJ Dana Whitlow said the show would return in May.", ["Dana Whitlow"]],
    ["The breakfast show, hosted by DJ Kofi Mensah, drew two million listeners.", ["Kofi Mensah"]],
    ["The rapper Kofi Blaze and the DJ Saroya will open the shows.", ["Kofi Blaze", "Saroya"]],
    ["MC Zarvo and the band will also perform on Friday.", ["Zarvo"]],
    // Guards: the calling before a lower-case word; a company's word after the name; the name already read alone.
    ["Tickets are on sale at the DJ booth and the MC stage.", []],
    ["Shares of MC Acme Ltd rose 4 percent on Monday.", []],
    ["DJ Saroya will headline the festival on Saturday.", ["Saroya"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("a one-word name in commas after a definite role is its holder (calling-names.ts)", () => {
  it.each([
    ["The former minister, Chaiwat, had been sentenced to two years in prison.", ["Chaiwat"]],
    ["The defender, Helguera, was sent off after an hour.", ["Helguera"]],
    // Guards: no role before the commas; a firm's comma-written name.
    ["The city, Dunmore, had no comment on the plan.", []],
    ["The company said its adviser, Kestrel, Brandt and Co, would look at offers.", []],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("a calling opening the sentence, read with an unknown name as one firm or work, is dropped (calling-names.ts)", () => {
  it.each([
    ["Singer Chiamaka Eze released her third album on Friday.", ["Chiamaka Eze"]],
    ["Rapper Tavoru Menzaghi signed with a new label.", ["Tavoru Menzaghi"]],
    ["Striker Paisley Dunn scored twice after the break.", ["Paisley Dunn"]],
    // Guards: a company's or an institution's word in the name; the calling not opening the sentence; a known name.
    ["Singer Sewing Co said sales rose 4 percent.", []],
    ["Painter Tavoru Holdings will list its shares in May.", []],
    ["Tickets for the Singer Tavoru Menzaghi show sold out.", []],
    ["Singer Dana Whitlow released her third album on Friday.", ["Dana Whitlow"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("today's showbiz callings before an unknown name (person-nouns.ts CALLINGS, LOWER_CASE_CALLINGS)", () => {
  it.each([
    ["Reality TV star Bolat Sadykov announced his engagement.", ["Bolat Sadykov"]],
    ["The influencer Hamdan Mazrouei posted a video.", ["Hamdan Mazrouei"]],
    ["The chef Sunetra Bhattacharjee opened a restaurant.", ["Sunetra Bhattacharjee"]],
    // Guards: "Star" capitalized opens titles and papers; a nationality after the calling.
    ["Star Wars opened to huge crowds in the summer.", []],
    ["The Star reported the story on Sunday.", []],
    ["Kestrel's star Brazilian forward Dana Whitlow was injured.", ["Dana Whitlow"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("a name after an owned kin noun is a person (calling-names.ts, session 38)", () => {
  it.each([
    ["She is survived by their daughter, Virginia Holt-Marsden.", ["Virginia Holt-Marsden"]],
    ["Her son Dallas Whitcombe said the family was grateful.", ["Dallas Whitcombe"]],
    ["Survivors include his wife, Hunter, and a granddaughter.", ["Hunter"]],
    // Guards: a firm's kin ("its sister company"); a rank before the name is no part of it.
    ["Its sister company, Kestrel Holdings, said the deal was off.", []],
    ["Police said she took her boyfriend, Army Spc. Dale Whitcombe, to a concert.", ["Whitcombe"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
