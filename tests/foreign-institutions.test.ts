/**
 * A name that holds an institution's word of another language ("Universiteit", "Universidad", "Banco") is an
 * organization whatever the tagger read (resolve/names/named-things.ts), and a person's name stays. Invented text.
 */
import { describe, expect, it } from "vitest";
import { withoutNamedThings } from "../src/resolve/names/named-things.js";
import type { Mention } from "../src/types.js";

describe("an institution's word of another language makes the name an organization", () => {
  it.each([
    [
      "She studied at the Vrije Universiteit Tarvenia last year.",
      "Vrije Universiteit Tarvenia",
      "person",
      "organization",
    ],
    [
      "She studied at the Universidad de Tarvenia last year.",
      "Universidad de Tarvenia",
      "place",
      "organization",
    ],
    ["He left Banco Tarvenio last year.", "Banco Tarvenio", "person", "organization"],
    // guards: no such word; one word of a place
    ["He met Dana Banks last year.", "Dana Banks", "person", "person"],
    ["He flew to Tarvenia last year.", "Tarvenia", "place", "place"],
  ] as const)("%j: %s", (text, name, type, expected) => {
    const start = text.indexOf(name);
    const mention: Mention = { start, end: start + name.length, text: name, type, entity: name };
    expect(withoutNamedThings(text, [mention]).map((m) => m.type)).toEqual([expected]);
  });
});
