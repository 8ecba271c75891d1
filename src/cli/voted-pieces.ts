/**
 * `annotate`'s two passes (cli/voted-records.ts) over a corpus kept in pieces (cli/pieces.ts): the vote's
 * aggregate is each piece's, from the cache when its files are unchanged, so that a corpus grown by a few files
 * reads and parses only its changed pieces' records for the vote. Pass 1: the pieces in order; a piece made
 * from its documents spills their records (and keys) as VotedRecords does, and is stored for the next run.
 * The vote. Pass 2: the records in order, a stored piece's read again from the per-document cache (without
 * their diagnostics: the piece gave its warnings in pass 1), a made piece's from the spill. The pieces' vote
 * is the documents' (EntityAggregator.merge keeps first-seen order), so the bytes are those of VotedRecords.
 * A cold run makes every piece and spills every record, as VotedRecords.
 */
import { EntityAggregator } from "../aggregate/entities.js";
import { LineSpill } from "../corpus/spill.js";
import { RawJson, type RowSink } from "../format/printer.js";
import { annotationJson, type DocumentResult } from "../pipeline/result.js";
import type { CorpusEntityRecord } from "../types.js";
import type { PieceAggregate } from "./pieces.js";
import type { KeptPieces } from "./run.js";
import { addToVote, spillRecord, voted, votedJson, votedRecordOf } from "./voted-records.js";

type VoteState = EntityAggregator | CorpusEntityRecord[];

/** A piece as pass 2 prints it: its files, and how many records it spilled (none when stored). */
interface PlannedPiece {
  from: number;
  to: number;
  stored: boolean;
  spilled: number;
}

/** Votes over the pieces and prints every record to `sink`; returns how many were printed. */
export async function printVotedPieces(kept: KeptPieces, sink: RowSink<RawJson>): Promise<number> {
  let spill: LineSpill | null = null;
  let spilled = 0;
  const aggregate: PieceAggregate<VoteState> = {
    kind: "annotate-vote/1",
    empty: () => new EntityAggregator(),
    add: (state: VoteState, result: DocumentResult) => {
      const record = votedRecordOf(result);
      addToVote(state as EntityAggregator, record);
      spill ??= new LineSpill("corpus-cli-annotate");
      spillRecord(spill, record);
      spilled += 1;
    },
    toJSON: (state: VoteState) => (state instanceof EntityAggregator ? state.records() : state),
    fromJSON: (json: unknown) => json as CorpusEntityRecord[],
    merge: (into: VoteState, piece: VoteState) => (into as EntityAggregator).merge(piece),
  };
  try {
    const corpus = new EntityAggregator();
    const plan: PlannedPiece[] = [];
    let before = 0;
    for await (const { state, from, to, stored } of kept.runs(aggregate)) {
      corpus.merge(state);
      plan.push({ from, to, stored, spilled: spilled - before });
      before = spilled;
    }
    const retypings = corpus.retypings(true);
    let count = 0;
    // The stored pieces' files, read again in one pass (4 bytes a file).
    const storedFiles = new Uint32Array(plan.reduce((n, p) => n + (p.stored ? p.to - p.from : 0), 0));
    let filled = 0;
    for (const p of plan) if (p.stored) for (let f = p.from; f < p.to; f++) storedFiles[filled++] = f;
    const read = storedFiles.length > 0 ? kept.again(storedFiles) : null;
    const lines = (spill as LineSpill | null)?.lines() ?? null;
    try {
      let next = read ? await read.next() : null;
      for (const piece of plan) {
        if (piece.stored) {
          while (next && !next.done && next.value.seq < piece.to) {
            const { result } = next.value;
            if (result) {
              const json = annotationJson(result) ?? JSON.stringify(result.annotation);
              sink.write(new RawJson(votedJson(json, retypings)));
              count += 1;
            }
            next = await (read as AsyncGenerator<{ seq: number; result: DocumentResult | null }>).next();
          }
          continue;
        }
        for (let k = 0; k < piece.spilled; k++) {
          const keys = lines?.next().value as string;
          const json = lines?.next().value as string;
          sink.write(new RawJson(voted(json, keys, retypings)));
          count += 1;
        }
      }
    } finally {
      await read?.return(undefined);
    }
    sink.end();
    return count;
  } finally {
    (spill as LineSpill | null)?.remove();
  }
}
