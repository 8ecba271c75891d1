/** Corpus entity records written as one string, for tables of the corpus-wide naming rules. */
import type { CorpusEntityRecord, EntityType } from "../../src/types.js";

/** "Dana Whitlow/person/12/6/Whitlow" → a record of 12 mentions in 6 documents, with the alias Whitlow. */
export function record(spec: string): CorpusEntityRecord {
  const [name, type, count, documents, ...aliases] = spec.split("/");
  return {
    name: name as string,
    type: type as EntityType,
    count: Number(count),
    documents: Number(documents),
    aliases: [name as string, ...aliases],
  };
}
