/**
 * resolve/names: firms, brands and products that the tagger reads as people (issue 11, "companies, products and
 * apps"). Each rule has its own table; all names are invented, and the guard rows keep people who share a word
 * with a firm.
 */
import { describe, expect, it } from "vitest";
import { nameBeforeCompanyForm } from "../src/resolve/names/company-form-names.js";
import { firmPartnersOf } from "../src/resolve/names/short-names.js";
import { peopleOf } from "./helpers/document.js";

/** The document's people, each once, in order of first mention. */
const people = peopleOf;

describe("a name the document also writes with a company form is the firm (company-form-names.ts)", () => {
  it.each([
    ["Hollis Fenwick Plc said profits rose. Hollis Fenwick also said it would buy a brewer.", []],
    ["Dale Emerson Inc said profits rose. Dale Emerson also said it would buy a rival.", []],
    ["Marta Kessel Inc said it would close. Marta Kessel shares fell 2 cts.", []],
    // The firm's first word alone follows the firm (no person of the document holds it).
    ["Curtis Paper Co said sales rose. Curtis Paper is the largest maker. Curtis has raised prices.", []],
    ["Holly Cane Corp said sales rose. Shares of Holly Cane fell. Holly will hold talks, the firm said.", []],
    // A firm whose first word is a person's first name, beside that person.
    ["Harlan Steel Corp hired Harlan Moss. Harlan Steel said Harlan Moss would start soon.", ["Harlan Moss"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person who shares a word with a firm stays (company-form-names.ts)", () => {
  it.each([
    // A surname of a full name in the document: the lone surname may be either.
    [
      "Tarrant Group Inc fell. Boyd Tarrant said he would resign. Tarrant said the firm was sound.",
      ["Boyd Tarrant"],
    ],
    // A titled full name holds the word: the lone surname may be either.
    [
      "Harrow Investors Inc, an affiliate of Tolland and Co, will vote, said Chairman Rick Tolland. Tolland said so.",
      ["Rick Tolland"],
    ],
    // A titled mention says person.
    ["Pellam Ltd was sold to Mr Pellam, who founded Pellam Ltd in 1970.", ["Pellam"]],
    // A firm of other words beside a person.
    [
      "Dana Whitlow bought Tarrow Mills Ltd in May. Tarrow Mills makes yarn, Dana Whitlow said.",
      ["Dana Whitlow"],
    ],
    // No firm in the document: nothing changes.
    ["Dana Whitlow said profits rose.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("nameBeforeCompanyForm", () => {
  it.each([
    ["Hollis Fenwick Plc", "Hollis Fenwick"],
    ["Acme Co, Inc.", "Acme"],
    ["Zentrix NV", "Zentrix"],
    ["Whitlow and Co Inc", "Whitlow"],
    ["Corvell Holdings", null],
    ["Inc", null],
    ["Dana Whitlow", null],
    // One form test with firmPartnersOf (company-form-words.ts): forms spelled out.
    ["Whitlow and Company", "Whitlow"],
    ["Veldkamp Cie", "Veldkamp"],
  ])("%s", (name, expected) => {
    expect(nameBeforeCompanyForm(name)).toBe(expected);
  });
});

describe("firmPartnersOf", () => {
  it.each([
    ["Dana Whitlow and Co Ltd", "Dana Whitlow"],
    ["Whitlow & Company", "Whitlow"],
    // One form test with nameBeforeCompanyForm (company-form-words.ts): forms as written, a trailing comma.
    ["Veldkamp and Co NV", "Veldkamp"],
    ["Veldkamp and Co, Inc.", "Veldkamp"],
    ["House and Senate", null],
    ["and Co", null],
    ["Acme Inc", null],
  ])("%s", (name, expected) => {
    expect(firmPartnersOf(name)).toBe(expected);
  });
});

describe("a name that modifies a market job is the employer (employer-modifiers.ts)", () => {
  it.each([
    [
      '"The market is weak," said Corvan Pratley analyst Tom Ruddock. Corvan Pratley raised its target.',
      ["Tom Ruddock"],
    ],
    ["Corvan Pratley chief economist Lee Okafor said rates would rise.", ["Lee Okafor"]],
    ["A Dean Whitlow analyst said the stock was cheap. Dean Whitlow cut its rating.", []],
    // A firm's or a party's founder, chairman or boss.
    ["Tavrix founder Robert Kilmarten said his party would win seats.", ["Robert Kilmarten"]],
    ["Quillan chairman Dana Whitlow said the terms were fair.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person before a job's word stays (employer-modifiers.ts)", () => {
  it.each([
    // A verb between the name and the job.
    ["Dana Whitlow told analysts Acme would grow. Dana Whitlow is the chief executive.", ["Dana Whitlow"]],
    ["Dana Whitlow replaces economist Tom Ruddock at the bank.", ["Dana Whitlow", "Tom Ruddock"]],
    // A plural job and a verb after it, no article: a person's name may lead it.
    ["Whitlow analysts expect profits to rise, Dana Whitlow said.", ["Dana Whitlow"]],
    // A firm named after the name, in apposition.
    ['"It is cheap," said Lee Okafor, a Corvan Pratley analyst.', ["Lee Okafor"]],
    ["Senator Dana Whitlow said analysts expected a deal.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a name whose possessive holds a firm's officers or accounts is the firm (firm-possessions.ts)", () => {
  it.each([
    ["Hollis's chairman, Dana Whitlow, said the offer was too low.", ["Dana Whitlow"]],
    ["Hollis's chief executive, Dana Whitlow, said profits rose.", ["Dana Whitlow"]],
    ["Marta Kessel's chief executive, Dana Whitlow, said profits rose.", ["Dana Whitlow"]],
    ["Analysts expect Lee Hollis's net income to rise this year.", []],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person's possessive stays (firm-possessions.ts)", () => {
  it.each([
    ["Dana Whitlow's chief of staff said the senator would vote no.", ["Dana Whitlow"]],
    // Nouns a player's or a designer's are too.
    ["Lee Okafor's earnings rose after the transfer.", ["Lee Okafor"]],
    ["Marta Kessel's products sell well in Tokyo, Dana Whitlow said.", ["Marta Kessel", "Dana Whitlow"]],
    // The founder, marked by an age, beside the firm named after her.
    [
      "Marta Kessel, 61, who founded the label, spoke. Marta Kessel's chief executive, Dana Whitlow, agreed.",
      ["Marta Kessel", "Dana Whitlow"],
    ],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a name whose shares move on a market is the firm (firm-possessions.ts)", () => {
  it.each([
    ["Hollis shares fell 2 pence after the news, Dana Whitlow said.", ["Dana Whitlow"]],
    ["Hollis stock rose 2-7/8 to 155-3/4, Dana Whitlow said.", ["Dana Whitlow"]],
    ["Marta Kessel's stock rose 5 pct.", []],
    ["Marta Kessel shares were up 4p at 90p.", []],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person who shares or holds shares stays (firm-possessions.ts)", () => {
  it.each([
    ["Dana Whitlow shares the view that rates will rise.", ["Dana Whitlow"]],
    ["Dana Whitlow's shares were sold to a trust last year.", ["Dana Whitlow"]],
    ["Marta Kessel shares were offered to the staff, Dana Whitlow said.", ["Marta Kessel", "Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a founder written as a person beside the firm named after him stays (person-marks.ts)", () => {
  it.each([
    [
      "Dale Emerson, head of the investment firm Dale Emerson and Co, said he sold shares. Dale Emerson said so.",
      ["Dale Emerson"],
    ],
    ["Marta Kessel Inc made a profit. Marta Kessel said she would expand.", ["Marta Kessel"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a name a product's noun introduces is no person (introduced.ts, WORK_NOUNS)", () => {
  it.each([
    [
      "Regulators approved the drug Rosalind, and Dana Whitlow said Rosalind would save lives.",
      ["Dana Whitlow"],
    ],
    ["Acme launched the chatbot Gerald, and Gerald answered questions.", []],
    ["Acme unveiled the smartphone Ingrid, which Dana Whitlow praised.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person after a product's noun stays (introduced.ts)", () => {
  it.each([
    ["After the game Dana Whitlow said the team played well.", ["Dana Whitlow"]],
    ["Doctors gave her the drug, Dana Whitlow said.", ["Dana Whitlow"]],
    ["He sold the laptop Dana Whitlow had bought.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a partner in a chain that ends a firm's name is no person (partner-chains.ts)", () => {
  it.each([
    ["The deal was led by Pellow, Garth and Tunbridge Inc and Acme Co.", []],
    ["Dana Whitlow said its Harlan and Pettigrew unit will be sold.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("people beside a partners' chain stay (partner-chains.ts)", () => {
  it.each([
    // Sport's "and Co" is no firm's form.
    ["Okafor, Ruddock and Co were too strong for the visitors, said Dana Whitlow.", ["Dana Whitlow"]],
    // The surnames of the document's people.
    [
      "Dana Whitlow and Lee Okafor met. Whitlow, Okafor and Acme Corp signed the deal.",
      ["Dana Whitlow", "Lee Okafor"],
    ],
    ["Dana Whitlow, a partner at Harlow, Fenwick & Stoat LLP, said the case was weak.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
