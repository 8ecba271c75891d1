import { createRequire } from "node:module";

// Loaded on the first file that is not UTF-8: most runs never need it (20 ms of start-up).
const require = createRequire(import.meta.url);

/**
 * Bytes → text. UTF-8 (a BOM is removed) is the norm; text that is not valid UTF-8 but reads as
 * Windows-1252 (no bytes that are undefined there, few control characters) is decoded as such, and anything
 * that looks binary is refused. The caller turns a refusal into a warning and skips the file.
 */
export type Encoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; code: "binary" | "undecodable"; reason: string };

const SAMPLE_BYTES = 8192;
/** Bytes that Windows-1252 leaves undefined: their presence means the file is not text in that encoding. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * A few stray control characters (a NUL pasted into a sentence) do not make a file binary: a document is
 * refused only when there are at least this many and they make up over 1% of the sample.
 */
const MIN_BINARY_CONTROLS = 4;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    // Tab, LF, FF, CR and ESC occur in text files; other C0 controls (NUL above all) mark binary data.
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) controls++;
  }
  return controls >= MIN_BINARY_CONTROLS && controls / n > 0.01;
}

/**
 * One UTF-8 decoder for the thread's documents: decode() without `stream` starts afresh at each call, and making a
 * decoder for each document cost more than decoding it (the 1,500 bench documents' bytes in one process, CPU, 4 runs
 * each: 4.3-6.2 ms with a decoder per document against 1.8-2.8 ms with one). After a decode that throws the next
 * document gets a new decoder, so nothing of a failed decode can reach it.
 */
let utf8Decoder = new TextDecoder("utf-8", { fatal: true });

/** The UTF-16 encoding a byte-order mark announces (Notepad's "Unicode"), or null. */
function utf16ByBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

export function decodeText(bytes: Uint8Array): Decoded {
  // Checked before the binary test: every other byte of English in UTF-16 is a NUL.
  const utf16 = utf16ByBom(bytes);
  if (utf16) {
    try {
      // The decoder drops the BOM, as for UTF-8.
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
    } catch {
      return {
        ok: false,
        code: "undecodable",
        reason: `not valid ${utf16.toUpperCase()} despite its byte-order mark`,
      };
    }
  }
  if (looksBinary(bytes)) return { ok: false, code: "binary", reason: "binary file" };
  try {
    return { ok: true, text: utf8Decoder.decode(bytes), encoding: "utf-8" };
  } catch {
    utf8Decoder = new TextDecoder("utf-8", { fatal: true });
    for (const b of bytes) {
      if (UNDEFINED_IN_1252.has(b))
        return { ok: false, code: "undecodable", reason: "not valid UTF-8 (nor Windows-1252)" };
    }
    // Node's TextDecoder reads "windows-1252" as ISO-8859-1 (0x93 is not “), so iconv-lite decodes it.
    const iconv = require("iconv-lite") as typeof import("iconv-lite");
    return { ok: true, text: iconv.decode(Buffer.from(bytes), "win1252"), encoding: "windows-1252" };
  }
}
