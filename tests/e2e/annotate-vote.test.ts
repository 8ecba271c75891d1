/**
 * `annotate`'s corpus-wide type vote (cli/voted-records.ts), end to end: the built binary over a small invented
 * corpus where the tagger reads a firm's one-word name as a person in one document and as an organization in
 * the others. By default the record of that document says organization, as `entities` does; --stream prints
 * each record as its document is done, unvoted. The temporary spill is gone after every run.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entitiesJson } from "../../src/cli/voted-records.js";
import { groupEntities } from "../../src/resolve/entities.js";
import { retypeAnnotation } from "../../src/resolve/retype.js";
import type { Annotation, Mention } from "../../src/types.js";
import { annotationsOf, runCli } from "../helpers/cli.js";

const root = mkdtempSync(path.join(tmpdir(), "corpus-cli-vote-"));
const corpus = path.join(root, "corpus");
const single = path.join(root, "single");
const empty = path.join(root, "empty");
for (const dir of [corpus, single, empty]) mkdirSync(dir);
const DOCUMENTS: Record<string, string> = {
  "a.txt": "Shares of Okafor rose after the firm posted higher profits. Okafor said sales grew in Asia.\n",
  "b.txt": "Okafor reported a loss for the quarter. Analysts expect Okafor to sell its shipping unit.\n",
  "c.txt": "Okafor will buy a rival for $2 billion, Okafor said in a filing.\n",
};
for (const [name, text] of Object.entries(DOCUMENTS)) writeFileSync(path.join(corpus, name), text);
writeFileSync(path.join(single, "a.txt"), DOCUMENTS["a.txt"] as string);

/** Each record's id and its entities as "name/type", from JSON Lines or a JSON array. */
function typesOf(stdout: string, format: string): Record<string, string[]> {
  const records = annotationsOf(stdout, format);
  return Object.fromEntries(
    records.map((r) => [r.id, (r.entities ?? []).map((e) => `${e.name}/${e.type}`).sort()]),
  );
}

/** A run with its own temp folder, which must be empty afterwards (the spill removed). */
function run(args: readonly string[]): { stdout: string; status: number | null } {
  const temp = mkdtempSync(path.join(root, "tmp-"));
  const result = runCli(args, { env: { TMPDIR: temp } });
  expect(readdirSync(temp)).toEqual([]);
  return result;
}

describe("annotate: one name, one type across the corpus", () => {
  it.each([
    // The vote: the document that read the firm as a person reads it as the corpus does.
    [[corpus, "--jsonl", "--no-cache"], "--jsonl", "a.txt", ["Asia/place", "Okafor/organization"]],
    [[corpus, "--json", "--no-cache"], "--json", "a.txt", ["Asia/place", "Okafor/organization"]],
    // Twice with the cache: the second run prints the kept output or the stored records, voted alike.
    [[corpus, "--jsonl"], "--jsonl", "a.txt", ["Asia/place", "Okafor/organization"]],
    [[corpus, "--jsonl"], "--jsonl", "a.txt", ["Asia/place", "Okafor/organization"]],
    // Guards: the documents the vote agrees with are as they were.
    [[corpus, "--jsonl", "--no-cache"], "--jsonl", "b.txt", ["Okafor/organization"]],
    // --stream: each record as its document is done, no vote.
    [[corpus, "--jsonl", "--no-cache", "--stream"], "--jsonl", "a.txt", ["Asia/place", "Okafor/person"]],
    // One document: nothing to vote with.
    [[single, "--jsonl", "--no-cache"], "--jsonl", "a.txt", ["Asia/place", "Okafor/person"]],
  ])("annotate %j: %s", (args, format, id, expected) => {
    const result = run(["annotate", ...args]);
    expect(result.status).toBe(0);
    expect(typesOf(result.stdout, format)[id]).toEqual(expected);
  });

  it("an empty corpus prints nothing and exits 1, leaving no spill", () => {
    const result = run(["annotate", empty, "--jsonl", "--no-cache"]);
    expect(result.stdout).toBe("");
    expect(result.status).toBe(1);
  });

  it("a record the vote does not touch is printed byte for byte as --stream prints it", () => {
    const voted = run(["annotate", corpus, "--jsonl", "--no-cache"]).stdout.split("\n");
    const streamed = run(["annotate", corpus, "--jsonl", "--no-cache", "--stream"]).stdout.split("\n");
    expect(voted.length).toBe(streamed.length);
    expect(voted.filter((line, i) => line !== streamed[i]).length).toBe(1);
  });
});

describe("retypeAnnotation: what derives from a moved name moves with it", () => {
  const mention = (start: number, text: string, type: "person" | "organization", title?: string) => ({
    start,
    end: start + text.length,
    text,
    type,
    entity: text,
    ...(title ? { title } : {}),
  });
  it.each([
    // A person made an organization: its mentions, its entity, and a quote it spoke (organization's speaker).
    [
      [mention(0, "Okafor", "person"), mention(40, "Okafor", "person")],
      { name: "Okafor", mention: { start: 40, end: 46, text: "Okafor" } },
      "person\u0000Okafor",
      "organization",
      '[{"name":"Okafor","type":"organization","count":2,"aliases":["Okafor"]}]',
      '{"name":null,"mention":{"start":40,"end":46,"text":"Okafor"},"organization":"Okafor"}',
    ],
    // An organization made a person: the speaker is named.
    [
      [mention(0, "Whitlow", "organization")],
      { name: null, mention: { start: 0, end: 7, text: "Whitlow" }, organization: "Whitlow" },
      "organization\u0000Whitlow",
      "person",
      '[{"name":"Whitlow","type":"person","count":1,"aliases":["Whitlow"]}]',
      '{"name":"Whitlow","mention":{"start":0,"end":7,"text":"Whitlow"}}',
    ],
    // An organization made a person joins the document's one full name it ends: mentions, entity, speaker.
    [
      [mention(0, "Dana Whitlow", "person"), mention(40, "Whitlow", "organization")],
      { name: null, mention: { start: 40, end: 47, text: "Whitlow" }, organization: "Whitlow" },
      "organization\u0000Whitlow",
      "person",
      '[{"name":"Dana Whitlow","type":"person","count":2,"aliases":["Dana Whitlow","Whitlow"]}]',
      '{"name":"Dana Whitlow","mention":{"start":40,"end":47,"text":"Whitlow"}}',
    ],
    // ... or the one full name it opens (a first name, or a family name written first).
    [
      [
        mention(0, "Tan Mei Ling", "person"),
        mention(40, "Tan", "organization"),
        mention(60, "Tan", "organization"),
      ],
      { name: "Tan Mei Ling", mention: { start: 0, end: 12, text: "Tan Mei Ling" } },
      "organization\u0000Tan",
      "person",
      '[{"name":"Tan Mei Ling","type":"person","count":3,"aliases":["Tan Mei Ling","Tan"]}]',
      '{"name":"Tan Mei Ling","mention":{"start":0,"end":12,"text":"Tan Mei Ling"}}',
    ],
    // Guard: two full names of that surname, each written once: the moved name stays a person of its own.
    [
      [
        mention(0, "Dana Whitlow", "person"),
        mention(20, "Lee Whitlow", "person"),
        mention(40, "Whitlow", "organization"),
      ],
      { name: null, mention: { start: 40, end: 47, text: "Whitlow" }, organization: "Whitlow" },
      "organization\u0000Whitlow",
      "person",
      '[{"name":"Dana Whitlow","type":"person","count":1,"aliases":["Dana Whitlow"]},' +
        '{"name":"Lee Whitlow","type":"person","count":1,"aliases":["Lee Whitlow"]},' +
        '{"name":"Whitlow","type":"person","count":1,"aliases":["Whitlow"]}]',
      '{"name":"Whitlow","mention":{"start":40,"end":47,"text":"Whitlow"}}',
    ],
    // A name ending in an organization's noun ("<Surname> Administrations", a cut name the document took as a
    // person's) is no full name to join: the moved surname stays a person of its own.
    [
      [mention(0, "Okafor Administrations", "person"), mention(40, "Okafor", "organization")],
      { name: null, mention: { start: 40, end: 46, text: "Okafor" }, organization: "Okafor" },
      "organization\u0000Okafor",
      "person",
      '[{"name":"Okafor","type":"person","count":1,"aliases":["Okafor"]},' +
        '{"name":"Okafor Administrations","type":"person","count":1,"aliases":["Okafor Administrations"]}]',
      '{"name":"Okafor","mention":{"start":40,"end":46,"text":"Okafor"}}',
    ],
    // Guard: a short plural is a surname ("Banks"): the moved first name joins the full name.
    [
      [mention(0, "Dana Banks", "person"), mention(40, "Dana", "organization")],
      { name: null, mention: { start: 40, end: 44, text: "Dana" }, organization: "Dana" },
      "organization\u0000Dana",
      "person",
      '[{"name":"Dana Banks","type":"person","count":2,"aliases":["Dana Banks","Dana"]}]',
      '{"name":"Dana Banks","mention":{"start":40,"end":44,"text":"Dana"}}',
    ],
    // Guard: a name the vote did not move is untouched.
    [
      [mention(0, "Dana Whitlow", "person", "Mayor")],
      { name: "Dana Whitlow", mention: { start: 0, end: 12, text: "Dana Whitlow" } },
      "person\u0000Okafor",
      "organization",
      null,
      null,
    ],
  ])("%j", (mentions, speaker, key, type, entities, speakerAfter) => {
    const annotation = {
      mentions,
      entities: groupEntities(mentions as Mention[]),
      quotes: [{ start: 20, end: 30, text: "x", partial: false, speaker, cue: null }],
    } as unknown as Annotation;
    const changed = retypeAnnotation(
      annotation,
      new Map([[key, { type: type as "organization" | "person" }]]),
    );
    expect(changed).toBe(entities !== null);
    if (entities !== null) {
      expect(JSON.stringify(annotation.entities)).toBe(entities);
      expect(JSON.stringify(annotation.quotes?.[0]?.speaker)).toBe(speakerAfter);
    }
  });
});

describe("entitiesJson: a record's entities found without parsing it", () => {
  it.each([
    [
      '{"id":"a","mentions":[],"entities":[{"name":"A ] \\" ,\\"entities\\":[","type":"person"}],"quotes":[]}',
      1,
    ],
    ['{"id":"a","mentions":[],"entities":[],"quotes":[]}', 0],
    ['{"id":"a","sentences":[]}', null],
  ])("%s", (json, count) => {
    const found = entitiesJson(json);
    expect(found === null ? null : (JSON.parse(found) as unknown[]).length).toBe(count);
  });
});

describe("retypeAnnotation: a place the document's text settles keeps its type", () => {
  const mention = (start: number, text: string, type: "place" | "country", entity = text) => ({
    start,
    end: start + text.length,
    text,
    type,
    entity,
  });
  /** The document's mentions as "text/type" after the vote moved `moved` (a place) to `to`. */
  function after(
    mentions: ReturnType<typeof mention>[],
    moved: string,
    to: "organization" | "person",
  ): string[] {
    const annotation = {
      mentions,
      entities: groupEntities(mentions as Mention[]),
      quotes: [],
    } as unknown as Annotation;
    retypeAnnotation(annotation, new Map([[`place\u0000${moved}`, { type: to }]]));
    return (annotation.mentions ?? []).map((m) => `${m.text}/${m.type}`);
  }
  it.each([
    // A known town written with its state after a comma ("... a plant in Springfield, Ohio, ...").
    [
      [mention(30, "Springfield", "place"), mention(43, "Ohio", "place")],
      "Springfield",
      "organization",
      ["Springfield/place", "Ohio/place"],
    ],
    // ... or with its country.
    [
      [mention(30, "Springfield", "place"), mention(43, "United States", "country")],
      "Springfield",
      "organization",
      ["Springfield/place", "United States/country"],
    ],
    // A dateline: the known town in capitals opening the text ("SPRINGFIELD (Wire) - ...").
    [
      [mention(0, "SPRINGFIELD", "place", "Springfield"), mention(40, "Springfield", "place")],
      "Springfield",
      "organization",
      ["SPRINGFIELD/place", "Springfield/place"],
    ],
    // The district after its city ("in Washington, DC, on Monday"): a short form the gazetteer gives no country.
    [
      [mention(30, "Washington", "place"), mention(42, "DC", "place")],
      "DC",
      "organization",
      ["Washington/place", "DC/place"],
    ],
    [
      [mention(30, "Springfield", "place"), mention(43, "Ill.", "place")],
      "Ill.",
      "organization",
      ["Springfield/place", "Ill./place"],
    ],
    // Guards: the town written alone is moved as the corpus votes.
    [[mention(30, "Springfield", "place")], "Springfield", "organization", ["Springfield/organization"]],
    [
      [mention(30, "Springfield", "place"), mention(52, "Ohio", "place")],
      "Springfield",
      "organization",
      ["Springfield/organization", "Ohio/place"],
    ],
    // A name the gazetteer does not place ("Kestrelford, Ohio"): no evidence it is the town.
    [
      [mention(30, "Kestrelford", "place"), mention(43, "Ohio", "place")],
      "Kestrelford",
      "organization",
      ["Kestrelford/organization", "Ohio/place"],
    ],
    // Two capitals alone are no state: the vote stands.
    [[mention(30, "DC", "place")], "DC", "organization", ["DC/organization"]],
    // A surname the tagger read as a place after a known one ("in Springfield, Okafor said"): the vote's person.
    [
      [mention(30, "Springfield", "place"), mention(43, "Okafor", "place")],
      "Okafor",
      "person",
      ["Springfield/place", "Okafor/person"],
    ],
  ])("%j: %s", (mentions, moved, to, expected) => {
    expect(after(mentions, moved, to as "organization" | "person")).toEqual(expected);
  });
});
