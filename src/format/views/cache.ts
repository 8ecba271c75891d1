import type { CacheInfo } from "../../cache/admin.js";
import type { Column } from "../columns.js";

export interface CacheInfoRow {
  measure: string;
  value: string;
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `cache info` as a table: the value column (a long path, explanations) wraps to the terminal. */
export const cacheInfoColumns: Column<CacheInfoRow>[] = [
  { header: "cache", value: (r) => r.measure, style: "name" },
  { header: "value", value: (r) => r.value, grow: 1 },
];

export function cacheInfoRows(info: CacheInfo): CacheInfoRow[] {
  return [
    { measure: "file", value: info.file },
    { measure: "size", value: megabytes(info.bytes) },
    {
      measure: "output files",
      value: `${megabytes(info.outputBytes)} (commands' whole outputs, beside the file; oldest removed beyond ${megabytes(info.outputBudget)})`,
    },
    { measure: "entries", value: String(info.entries) },
    { measure: "current", value: `${info.current} (written by this version with default options)` },
    { measure: "versions", value: `${info.variants} (pipeline versions or option sets with entries)` },
    {
      measure: "files",
      value: `${info.files} (known unchanged by path, size, times and inode: not read again)`,
    },
    {
      measure: "corpus results",
      value: `${info.corpusResults} (a command's output over a corpus, printed again while no file changes)`,
    },
  ];
}
