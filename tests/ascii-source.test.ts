import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { asciiSource } from "../scripts/lib/ascii-source.js";

/*
 * The bundle's characters outside ASCII escaped (scripts/lib/ascii-source.ts): the source is all ASCII and every
 * expression gives what it gave.
 */
const evaluate = (source: string): unknown => vm.runInNewContext(source);

describe("asciiSource", () => {
  it.each([
    ["a pattern with the u flag", `["’", "'", "x"].map((s) => /^[’'-]$/u.test(s)).join()`],
    ["a pattern without it", `/a’b/.test("a’b") + "," + /a’b/.test("a'b")`],
    ["a character outside the BMP, u pattern", `/^😀$/u.test("😀") + "," + /^.$/u.test("😀")`],
    ["a character outside the BMP, other pattern", `/^😀$/.test("😀") + "," + /^..$/.test("😀")`],
    // The report's page script is such a template: an escape in it would stay six characters.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template, evaluated
    ["String.raw text, with a backslash kept", "String.raw`a–b\\n${1 + 1}c’`"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template, evaluated
    ["String.raw with a substitution holding a template", "String.raw`x${`–${'é'}`}y–`"],
    ["a pattern built from String.raw", "new RegExp(String.raw`^[’\\-]+$`, 'u').test('’-')"],
    ["a comment", "1 + // Okabe–Ito\n2"],
    ["a string", `"é" + '—'`],
  ])("%s: ASCII, same value", (_name, source) => {
    const ascii = asciiSource(source);
    expect(/[\u0080-\uffff]/.test(ascii)).toBe(false);
    expect(evaluate(ascii)).toEqual(evaluate(source));
  });

  it("leaves an ASCII source as it is", () => {
    const source = "String.raw`a\\u2019` + /\\u2019/u.source // plain";
    expect(asciiSource(source)).toBe(source);
  });

  it.each([
    ["a backslash before the character", String.raw`"\’"`],
    ["a template with another tag", "((s) => s.raw[0])`–`"],
  ])("stops on what it cannot keep: %s", (_name, source) => {
    expect(() => asciiSource(source)).toThrow(/ascii-source/);
  });
});
