/**
 * Organizations a careful reader takes a speaker's noun to mean (session 14): "the newspaper", "the paper" is the
 * publication the document names, not the organization it wrote about last. All text here is invented.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("a publication's noun as a speaker", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`According to the newspaper,` after the lobby it wrote about: the newspaper",
      'The Harbour Daily Herald said the Rifle Owners League is a threat. It says the league blocks every reform. According to the newspaper, "Dealers sell to almost anyone."',
      { "Harbour Daily Herald": { type: "organization" }, "Rifle Owners League": { type: "organization" } },
      [[null, "the newspaper", "Harbour Daily Herald"]],
    ],
    [
      "`the paper said` after a firm named last: the paper",
      'The Kestrel Times reported on Acme Corp. "The deal is off and the talks are over for now," the paper said.',
      { "Kestrel Times": { type: "organization" }, "Acme Corp": { type: "organization" } },
      [[null, "the paper", "Kestrel Times"]],
    ],
    [
      "guard: with no publication named, the organization named last, as before",
      'Acme Corp talked to reporters. "The deal is off," the newspaper said.',
      { "Acme Corp": { type: "organization" } },
      [[null, "the newspaper", "Acme Corp"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
