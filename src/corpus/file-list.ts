/**
 * The files of a run, held compactly for the whole run: each file is its folder's number and its name, the
 * names joined in one string, so that a corpus of a million files costs tens of MB in the main thread, not
 * half a GB (an `InputFile` object with its three path strings took ~200 bytes a file, its `FileIdentity`
 * another ~200: session 6 measured ~450 bytes a file for the whole run). A file is made into an
 * `InputFile` only when asked for (`at`), and dropped after its turn.
 */
import path from "node:path";

/** A file to read: `path` as given or found, `id` relative to the input root it came from. */
export interface InputFile {
  path: string;
  id: string;
  /** For a file found in a folder walk that is not a symbolic link: its real path, known without a call. */
  realPath?: string;
}

/** What reads a run's files in order: an array of them, or a FileList. */
export interface FileSeq {
  readonly length: number;
  at(index: number): InputFile | undefined;
  /** The path of the file at `index` alone, when the list can give it without making the whole InputFile. */
  pathAt?(index: number): string | undefined;
}

/** The files of `files` from `start` on, as a view: nothing copied per file. */
export const filesFrom = (files: FileSeq, start: number): FileSeq => ({
  length: Math.max(0, files.length - start),
  at: (i) => files.at(start + i),
});

/** What the files of one folder share: their path's, id's and real path's part before the name. */
interface Folder {
  path: string;
  id: string;
  /** Null for files whose real path is not known without a call (symbolic links, files named on the line). */
  real: string | null;
}

/** Names gathered before they are joined into the list's one string (one join per this many). */
const JOIN_EVERY = 1024;
/** Characters of the names given to `describe`'s taker at once. */
const DESCRIBE_AT_ONCE = 64 * 1024;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

export class FileList implements FileSeq, Iterable<InputFile> {
  private readonly folders: Folder[] = [];
  private readonly folderKeys = new Map<string, number>();
  /** Each file's folder (its index in `folders`). */
  private folderOf = new Uint32Array(256);
  /** Where each file's name ends in `names` (it starts where the one before ends). */
  private nameEnds = new Uint32Array(256);
  private names = "";
  private pendingNames: string[] = [];
  private count = 0;
  /** Files whose path, id and real path do not end in one shared name, or whose id was changed: as given. */
  private whole: Map<number, InputFile> | null = null;

  get length(): number {
    return this.count;
  }

  /** The folder of files whose path, id and real path are these prefixes followed by the file's name. */
  folder(pathPrefix: string, idPrefix: string, realPrefix: string | null): number {
    const key = `${pathPrefix}\0${idPrefix}\0${realPrefix ?? "\u0001"}`;
    let index = this.folderKeys.get(key);
    if (index === undefined) {
      index = this.folders.length;
      this.folders.push({ path: pathPrefix, id: idPrefix, real: realPrefix });
      this.folderKeys.set(key, index);
    }
    return index;
  }

  /** Appends a file of a folder (see `folder`) by its name. */
  push(folder: number, name: string): void {
    if (this.count === this.folderOf.length) this.grow();
    const end = (this.count === 0 ? 0 : (this.nameEnds[this.count - 1] as number)) + name.length;
    this.folderOf[this.count] = folder;
    this.nameEnds[this.count] = end;
    this.pendingNames.push(name);
    if (this.pendingNames.length >= JOIN_EVERY) this.joinNames();
    this.count += 1;
  }

  /** Appends any file: by folder and name when its path, id and real path end in the same name. */
  add(file: InputFile): void {
    const cut = file.path.lastIndexOf("/") + 1;
    const name = file.path.slice(cut);
    const shared =
      name.length > 0 &&
      file.id.endsWith(name) &&
      (file.realPath === undefined || file.realPath.endsWith(name));
    if (!shared) {
      this.push(this.folder("", "", null), "");
      this.setWhole(this.count - 1, { ...file });
      return;
    }
    const real =
      file.realPath === undefined ? null : file.realPath.slice(0, file.realPath.length - name.length);
    this.push(
      this.folder(file.path.slice(0, cut), file.id.slice(0, file.id.length - name.length), real),
      name,
    );
  }

  /** The file at `index` (from the end when negative, as an array's `at`); undefined outside the list. */
  at(index: number): InputFile | undefined {
    const i = index < 0 ? this.count + index : index;
    if (!(i >= 0 && i < this.count)) return undefined;
    const whole = this.whole?.get(i);
    if (whole !== undefined) return { ...whole };
    const folder = this.folders[this.folderOf[i] as number] as Folder;
    const name = this.nameAt(i);
    const file: InputFile = { path: folder.path + name, id: folder.id + name };
    if (folder.real !== null) file.realPath = folder.real + name;
    return file;
  }

  /**
   * The path of the file at `index` (as `at(index).path`), one string made where `at` makes three and an object:
   * a warm run states every file by its path (corpus/identity.ts).
   */
  pathAt(index: number): string | undefined {
    const i = index < 0 ? this.count + index : index;
    if (!(i >= 0 && i < this.count)) return undefined;
    const whole = this.whole?.get(i);
    if (whole !== undefined) return whole.path;
    return (this.folders[this.folderOf[i] as number] as Folder).path + this.nameAt(i);
  }

  /** Gives the file at `index` another id (ids made unique: corpus/inputs.ts). */
  setId(index: number, id: string): void {
    const file = this.at(index);
    if (file !== undefined) this.setWhole(index, { ...file, id });
  }

  /** Whether every file was found in a folder walk and is no symbolic link (its real path known). */
  allReal(): boolean {
    for (let i = 0; i < this.count; i++) {
      if (this.whole?.has(i)) {
        if (this.whole.get(i)?.realPath === undefined) return false;
      } else if ((this.folders[this.folderOf[i] as number] as Folder).real === null) return false;
    }
    return true;
  }

  *[Symbol.iterator](): Iterator<InputFile> {
    for (let i = 0; i < this.count; i++) yield this.at(i) as InputFile;
  }

  map<T>(each: (file: InputFile, index: number) => T): T[] {
    return Array.from({ length: this.count }, (_, i) => each(this.at(i) as InputFile, i));
  }

  forEach(each: (file: InputFile, index: number) => void): void {
    for (let i = 0; i < this.count; i++) each(this.at(i) as InputFile, i);
  }

  some(test: (file: InputFile, index: number) => boolean): boolean {
    for (let i = 0; i < this.count; i++) if (test(this.at(i) as InputFile, i)) return true;
    return false;
  }

  /**
   * Whether `test` holds for some file's path, given in two parts (its folder's, ending in "/" or empty, and
   * its name), without making each file's InputFile: a warm run asks every file its format (cli/memo.ts),
   * where `some` made 19,779 objects and their three path strings (Reuters; see somePath's caller).
   */
  somePath(test: (folder: string, name: string) => boolean): boolean {
    for (let i = 0; i < this.count; i++) {
      const whole = this.whole?.get(i);
      if (whole === undefined) {
        if (test((this.folders[this.folderOf[i] as number] as Folder).path, this.nameAt(i))) return true;
        continue;
      }
      const cut = whole.path.lastIndexOf("/") + 1;
      if (test(whole.path.slice(0, cut), whole.path.slice(cut))) return true;
    }
    return false;
  }

  /**
   * The whole list as it is held, given in parts to `take` (a hash's update): its count, its folders' three
   * prefixes, each file's folder and where its name ends, the names, and the files kept whole. Two lists give
   * the same parts only when they hold the same files (paths, ids, real paths) in the same order, and the parts
   * are made per folder, not per file: the corpus key (cli/memo.ts) took 19,779 InputFile objects and ~7 MB of
   * joined strings a warm run over Reuters to hash its files' three paths one by one.
   */
  describe(take: (part: string | Uint8Array) => void): void {
    if (this.pendingNames.length > 0) this.joinNames();
    // A path with no real path known is made absolute, as the file's identity names it (corpus/identity.ts).
    const absolute = (where: string): string => path.resolve(where === "" ? "." : where);
    const folders = this.folders.map((f) => [
      f.path,
      f.id,
      f.real,
      f.real === null ? absolute(f.path) : null,
    ]);
    take(JSON.stringify([this.count, folders]));
    take(new Uint8Array(this.folderOf.buffer, 0, this.count * 4));
    take(new Uint8Array(this.nameEnds.buffer, 0, this.count * 4));
    // A stretch at a time (views of the string, not copies): its UTF-8 for a million files is tens of MB at once.
    for (let start = 0; start < this.names.length; ) {
      let end = Math.min(start + DESCRIBE_AT_ONCE, this.names.length);
      // Never between the two halves of a character outside the BMP (each half alone encodes as U+FFFD).
      if (end < this.names.length && isHighSurrogate(this.names.charCodeAt(end - 1))) end += 1;
      take(this.names.slice(start, end));
      start = end;
    }
    const whole = [...(this.whole ?? [])].map(([i, f]) => [i, f.path, f.id, f.realPath ?? absolute(f.path)]);
    take(JSON.stringify(whole));
  }

  /**
   * False when no file's name matches `pattern` (a pattern without the g or y flag), known from one search of
   * all the names at once; true when some may. Files named as they are (an empty folder path: standard input
   * among them) and files kept whole count as matching, so that a caller that tests their whole path still does.
   */
  namesMayMatch(pattern: RegExp): boolean {
    if (this.whole !== null && this.whole.size > 0) return true;
    if (this.folders.some((folder) => folder.path === "")) return true;
    if (this.pendingNames.length > 0) this.joinNames();
    return pattern.test(this.names);
  }

  /** The list of these files. */
  static of(files: Iterable<InputFile>): FileList {
    const list = new FileList();
    for (const file of files) list.add(file);
    return list;
  }

  private nameAt(i: number): string {
    if (this.pendingNames.length > 0) this.joinNames();
    const start = i === 0 ? 0 : (this.nameEnds[i - 1] as number);
    return this.names.slice(start, this.nameEnds[i] as number);
  }

  private joinNames(): void {
    this.names += this.pendingNames.join("");
    this.pendingNames = [];
  }

  private setWhole(index: number, file: InputFile): void {
    this.whole ??= new Map();
    this.whole.set(index, file);
  }

  private grow(): void {
    const size = Math.ceil(this.folderOf.length * 1.5);
    const folderOf = new Uint32Array(size);
    folderOf.set(this.folderOf);
    this.folderOf = folderOf;
    const nameEnds = new Uint32Array(size);
    nameEnds.set(this.nameEnds);
    this.nameEnds = nameEnds;
  }
}
