// wrap-ansi 7 (the CommonJS release that measures with string-width 4, as cli-table3 does) ships no types.
declare module "wrap-ansi" {
  export default function wrapAnsi(
    input: string,
    columns: number,
    options?: { hard?: boolean; wordWrap?: boolean; trim?: boolean },
  ): string;
}
