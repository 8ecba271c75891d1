/**
 * Letters written after a British or Commonwealth person's name for a rank, an honour or a seat ("Michael
 * Mansfield QC", "Dame Judi Dench, CBE", "a leading QC"): no organization's name, though the tagger reads the
 * capitals as one (resolve/names/post-nominals.ts). Upper case. Not "PC" (Canada's Progressive Conservatives), "AM"
 * (a time of day), "SC" (a ticker: Shell's "<SC.L>" nine times on the Reuters bench) nor "CH".
 */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  "QC",
  "KC",
  "OBE",
  "MBE",
  "CBE",
  "KBE",
  "DBE",
  "GBE",
  "FRS",
  "MP",
  "MEP",
  "MSP",
  "MLA",
  "MPP",
  "JP",
]);
