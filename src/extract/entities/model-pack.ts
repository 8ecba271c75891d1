/**
 * Packed model files (models/*.pack): what a run loads of the tagger's weights and of the gazetteer, in a form read
 * without parsing. Parsing models/ner.json and building its feature table took ~40 ms of CPU at every process
 * start, and every pool worker paid it again; a Float32Array over the file's bytes takes none.
 *
 * A pack is derived data, written by `npm run build` (scripts/pack-models.ts) from the JSON files beside it. It
 * records each source's size, modification time and digest, and the loaders use it only while the source is the
 * same: its size and time (a stat), or else its bytes (a checkout or an npm install sets other times: reading and
 * hashing the sources costs ~5 ms, parsing them ~60). A retrained model or an edited source is never read through a
 * stale pack (the loaders fall back to the JSON).
 *
 * Layout: "CCP1", a little-endian u32 header length, the header (JSON: meta, sections), then each section's bytes
 * at a multiple of 4 (typed arrays are views of the file's buffer, not copies).
 */
import { createHash } from "node:crypto";
import { endianness } from "node:os";
import { modelFileStamp, readModelBytes } from "./model-path.js";

const MAGIC = "CCP1";

type SectionType = "text" | "int32" | "float32";

interface Section {
  type: SectionType;
  /** Byte offset from the file's start. */
  offset: number;
  bytes: number;
}

interface Header {
  meta: Record<string, unknown>;
  /** Source file name → its stamp (modelFileStamp) and digest when the pack was written. */
  sources: Record<string, { stamp: string; sha256: string }>;
  sections: Record<string, Section>;
}

export type SectionValue = string | Int32Array | Float32Array;

const digestOf = (path: string): string => createHash("sha256").update(readModelBytes(path)).digest("hex");

/** Whether the source at `path` is the one the pack recorded: the same stamp, or else the same bytes. */
function sameSource(path: string, recorded: { stamp: string; sha256: string } | undefined): boolean {
  if (recorded === undefined) return false;
  const stamp = modelFileStamp(path);
  if (stamp === recorded.stamp) return true;
  if (stamp === "missing" || stamp.split(":")[0] !== recorded.stamp.split(":")[0]) return false;
  return digestOf(path) === recorded.sha256;
}

export class Pack {
  constructor(
    readonly meta: Record<string, unknown>,
    private readonly buffer: Buffer,
    private readonly sections: Record<string, Section>,
  ) {}

  private section(name: string, type: SectionType): Section {
    const section = this.sections[name];
    if (section === undefined || section.type !== type)
      throw new Error(`pack has no ${type} section ${name}`);
    return section;
  }

  text(name: string): string {
    const { offset, bytes } = this.section(name, "text");
    return this.buffer.toString("utf8", offset, offset + bytes);
  }

  int32(name: string): Int32Array {
    const { offset, bytes } = this.section(name, "int32");
    return new Int32Array(this.buffer.buffer, this.buffer.byteOffset + offset, bytes / 4);
  }

  float32(name: string): Float32Array {
    const { offset, bytes } = this.section(name, "float32");
    return new Float32Array(this.buffer.buffer, this.buffer.byteOffset + offset, bytes / 4);
  }
}

/**
 * The pack at `path` if it exists, was made from `sources` (paths) as they are now, and can be read on this machine
 * (little-endian); otherwise null, and the caller loads the sources themselves.
 */
export function readPack(path: string, sources: readonly string[]): Pack | null {
  if (endianness() !== "LE") return null;
  let buffer: Buffer;
  try {
    buffer = readModelBytes(path);
  } catch {
    return null;
  }
  if (buffer.length < 8 || buffer.toString("latin1", 0, 4) !== MAGIC) return null;
  // Typed arrays need 4-byte alignment: a file's own buffer starts at 0, but copy if it ever does not.
  if (buffer.byteOffset % 4 !== 0) buffer = Buffer.from(buffer);
  const headerBytes = buffer.readUInt32LE(4);
  let header: Header;
  try {
    header = JSON.parse(buffer.toString("utf8", 8, 8 + headerBytes)) as Header;
  } catch {
    return null;
  }
  // A pack cut short (a build writing it as this reads) is not read.
  for (const section of Object.values(header.sections))
    if (section.offset + section.bytes > buffer.length) return null;
  for (const source of sources) {
    const name = source.slice(source.lastIndexOf("/") + 1);
    if (!sameSource(source, header.sources[name])) return null;
  }
  return new Pack(header.meta, buffer, header.sections);
}

const align = (n: number): number => (n + 3) & ~3;

/** A pack's bytes: `sources` (paths) are stamped as they are now. Build-time (scripts/pack-models.ts) and tests. */
export function packBytes(
  meta: Record<string, unknown>,
  sources: readonly string[],
  values: Record<string, SectionValue>,
): Buffer {
  const stamps: Header["sources"] = {};
  for (const source of sources)
    stamps[source.slice(source.lastIndexOf("/") + 1)] = {
      stamp: modelFileStamp(source),
      sha256: digestOf(source),
    };
  const bodies = Object.entries(values).map(([name, value]) => {
    const bytes =
      typeof value === "string"
        ? Buffer.from(value, "utf8")
        : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    const type: SectionType =
      typeof value === "string" ? "text" : value instanceof Int32Array ? "int32" : "float32";
    return { name, type, bytes };
  });
  // The header's length depends on the offsets it lists: lay out with a fixed-width guess, then settle.
  let headerBytes = 0;
  for (;;) {
    const sections: Record<string, Section> = {};
    let offset = align(8 + headerBytes);
    for (const body of bodies) {
      sections[body.name] = { type: body.type, offset, bytes: body.bytes.length };
      offset = align(offset + body.bytes.length);
    }
    const header = Buffer.from(JSON.stringify({ meta, sources: stamps, sections } satisfies Header), "utf8");
    if (header.length !== headerBytes) {
      headerBytes = header.length;
      continue;
    }
    const out = Buffer.alloc(offset);
    out.write(MAGIC, 0, "latin1");
    out.writeUInt32LE(headerBytes, 4);
    header.copy(out, 8);
    for (const body of bodies) body.bytes.copy(out, (sections[body.name] as Section).offset);
    return out;
  }
}
