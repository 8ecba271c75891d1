import { describe, expect, it } from "vitest";
import { askedAlready } from "../src/commands/annotate.js";

/**
 * askedAlready (commands/annotate.ts): annotate asks for its first document before it loads the vote's modules,
 * so that a run's worker thread starts first. The source is a generator that records what was asked and whether it
 * was closed; each row is how the command takes the items.
 */
function source(items: readonly (string | Error)[]) {
  const log: string[] = [];
  async function* gen(): AsyncGenerator<string> {
    try {
      for (const item of items) {
        log.push("asked");
        if (item instanceof Error) throw item;
        yield item;
      }
    } finally {
      log.push("closed");
    }
  }
  return { items: gen(), log };
}

type Taken = { got: string[]; error: string | null };

async function take(items: AsyncIterable<string>, stopAt = Number.POSITIVE_INFINITY): Promise<Taken> {
  const got: string[] = [];
  try {
    for await (const item of items) {
      got.push(item);
      if (got.length >= stopAt) break;
    }
  } catch (error) {
    return { got, error: (error as Error).message };
  }
  return { got, error: null };
}

describe("askedAlready", () => {
  it("asks for the first item at once, before anything is taken", async () => {
    const { items, log } = source(["a", "b"]);
    askedAlready(items);
    expect(log).toEqual(["asked"]);
  });

  it.each([
    ["all items, in order", ["a", "b", "c"], undefined, { got: ["a", "b", "c"], error: null }, 3],
    ["no items", [], undefined, { got: [], error: null }, 0],
    [
      "a first item that fails: thrown where it is taken",
      [new Error("unreadable")],
      undefined,
      { got: [], error: "unreadable" },
      1,
    ],
    ["a later item that fails", ["a", new Error("broken")], undefined, { got: ["a"], error: "broken" }, 2],
    ["leaving after the first: the source is closed", ["a", "b", "c"], 1, { got: ["a"], error: null }, 1],
  ] as const)("%s", async (_name, list, stopAt, expected, asks) => {
    const { items, log } = source(list);
    const asked = askedAlready(items);
    // The command loads its modules meanwhile: a turn of the event loop passes before it takes the items.
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(await take(asked, stopAt)).toEqual(expected);
    expect(log.filter((e) => e === "asked")).toHaveLength(asks);
    expect(log.at(-1)).toBe("closed");
  });

  it("closes the source when the command leaves before taking anything", async () => {
    const { items, log } = source(["a", "b"]);
    const asked = askedAlready(items);
    await asked[Symbol.asyncIterator]().return?.();
    expect(log).toEqual(["asked", "closed"]);
  });
});
