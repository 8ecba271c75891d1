import { createHash } from "node:crypto";

/** `--shard I/N`: the I-th of N disjoint slices of the input (1 ≤ I ≤ N). */
export interface Shard {
  index: number;
  count: number;
}

export class ShardError extends Error {}

/** Parses "I/N" (1-based, as GNU parallel's {#} and most job schedulers number their tasks). */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1) {
    throw new ShardError(`--shard takes I/N, e.g. 2/8, not "${text}"`);
  }
  if (index < 1 || index > count) throw new ShardError(`--shard ${text}: I must be between 1 and ${count}`);
  return { index, count };
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/**
 * The shard a document belongs to, from a hash of its id (its path relative to the input root): stable
 * across machines, runs and corpus growth (adding files never moves another file to a different shard),
 * and independent of the order in which files are listed.
 */
export function shardOf(id: string, count: number): number {
  const digest = createHash("sha256").update(id).digest();
  // 48 bits of the hash modulo N: uniform enough for any N a cluster would use.
  return (digest.readUIntBE(0, 6) % count) + 1;
}

export function inShard(id: string, shard: Shard): boolean {
  return shardOf(id, shard.count) === shard.index;
}
