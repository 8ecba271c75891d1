/**
 * A name cut by an editor's brackets in quoted speech is one person, named without the brackets
 * (extract/entities/editorial-brackets.ts, resolve/names namePersons). Invented text only; each row: the people of
 * the document, as the per-document naming lists them.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a first name closing a bracket joins the surname after it", () => {
  it.each<[string, string[]]>([
    ["“We told [Dana] Whitlow the plan was dead,” a source said.", ["Dana Whitlow"]],
    ["“[Marta] Okafor was not there,” he said.", ["Marta Okafor"]],
    ["“Voters like [the mayor, Dana] Whitlow,” she said.", ["Dana Whitlow"]],
    ["“It was [Morgan] Tillet who started it,” he said.", ["Morgan Tillet"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("guards: a firm's name running on, no first name, a surname added in brackets, a bracket alone", () => {
  it.each<[string, string[]]>([
    ["“[Dana] Whitlow Holdings will pay,” he said.", ["Dana"]],
    ["“[Acme] Foundation will pay,” he said.", []],
    // Not joined: GUM names such a person by the first name alone (the module's comment).
    ["“Dana [Whitlow] knows it,” he said.", ["Dana"]],
    ["“I met [Dana] on Monday,” Lee Okafor said.", ["Dana", "Lee Okafor"]],
    ["“We told Dana Whitlow the plan was dead,” a source said.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
