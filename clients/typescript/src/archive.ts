/**
 * Packing a function's code into the zip archive the API deploys, exactly as openapi.yaml's
 * `x-code-archive` says (docs/spec-extensions.md), so that the same tree gives the same
 * bytes, and the same sha256, here and in the Python client's `pack`:
 *
 * regular files only, named by their path relative to the directory with `/` separators,
 * sorted by that name as UTF-8; `.scwignore` read with gitignore semantics; dotenv files left
 * out with a notice; each entry raw-deflated (pako, which gives zlib's own bytes) with the
 * fixed timestamp, made on Unix, mode 0644 or 0755, no extra field, no data descriptor.
 *
 * The limits of `x-code-upload` (max_size, max_unpacked_size) are checked before anything
 * is sent; a zip given as bytes or a file is checked the same way.
 */
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import ignore from "ignore";
import { deflateRaw } from "pako";

import { ArchiveError } from "./errors.js";
import { codeArchive, codeUploads } from "./generated/extensions.js";

/** A zip ready to upload. */
export interface Archive {
  readonly bytes: Uint8Array;
  readonly size: number;
  /** The archive's sha256, in hex: a content digest any client of the spec can compare. */
  readonly sha256: string;
  /** The sum of its entries' sizes, unpacked. */
  readonly unpackedSize: number;
  /** What packing left out that a user may not expect (a .env file), in words. */
  readonly notices: readonly string[];
}

/** What `pack` takes: a directory, a .zip file's path, or zip bytes. */
export type CodeSource = string | Uint8Array | Archive;

export interface Limits {
  maxSize: number;
  maxUnpackedSize: number;
}

type CodeResource = keyof typeof codeUploads;
/** The limits of a resource's code (x-code-upload's max_size and max_unpacked_size). */
export function limitsOf(resource: CodeResource = "Function"): Limits {
  const upload = codeUploads[resource];
  return { maxSize: upload.max_size, maxUnpackedSize: upload.max_unpacked_size };
}

/** " (100 MiB)" after a limit of whole MiB, as the Python client words it. */
const mib = (bytes: number) => (bytes >= 1024 * 1024 ? ` (${Math.round((bytes / 1024 / 1024) * 100) / 100} MiB)` : "");

function checkSize(size: number, what: string, limits: Limits): void {
  if (size > limits.maxSize) {
    throw new ArchiveError(
      `${what}: the archive is ${size} bytes, over the service's limit of ${limits.maxSize} bytes${mib(limits.maxSize)}`,
    );
  }
}

function checkUnpacked(size: number, what: string, limits: Limits): void {
  if (size > limits.maxUnpackedSize) {
    throw new ArchiveError(
      `${what}: the code is ${size} bytes unpacked, over the service's limit of ` +
        `${limits.maxUnpackedSize} bytes${mib(limits.maxUnpackedSize)}`,
    );
  }
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** An archive from a directory (zipped deterministically), a .zip file's path, or zip bytes;
 * an Archive is given back as it is. Refused before any request: an empty directory, a file
 * that is not a zip, and anything over the limits of x-code-upload. */
export function pack(source: CodeSource, limits: Limits = limitsOf()): Archive {
  if (typeof source === "object" && !(source instanceof Uint8Array)) return source;
  if (source instanceof Uint8Array) return checkedZip(new Uint8Array(source), "bytes source", limits);
  let stat;
  try {
    stat = statSync(source);
  } catch {
    throw new ArchiveError(`${source}: no such file or directory`);
  }
  if (stat.isDirectory()) return zipDirectory(source, limits);
  if (!stat.isFile()) throw new ArchiveError(`${source}: neither a directory nor a regular file`);
  checkSize(stat.size, source, limits);
  return checkedZip(new Uint8Array(readFileSync(source)), source, limits);
}

function checkedZip(bytes: Uint8Array, what: string, limits: Limits): Archive {
  checkSize(bytes.byteLength, what, limits);
  const unpackedSize = unpackedSizeOf(bytes, what);
  checkUnpacked(unpackedSize, what, limits);
  return { bytes, size: bytes.byteLength, sha256: sha256(bytes), unpackedSize, notices: [] };
}

/** The sum of the uncompressed sizes in a zip's central directory. */
function unpackedSizeOf(bytes: Uint8Array, what: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ArchiveError(`${what}: not a zip archive`);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) {
      throw new ArchiveError(`${what}: a damaged zip archive (bad central directory)`);
    }
    total += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

// ---------------------------------------------------------------------------- a directory

const compareUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
const octal = (text: string) => Number.parseInt(text, 8);

/** Whether a path relative to the root (directories end with '/') is left out. */
function ignoreRules(root: string): (path: string) => boolean {
  const rules = ignore({ ignorecase: false }).add([...codeArchive.always_excluded, ...codeArchive.secret_files]);
  const file = join(root, codeArchive.ignore_file);
  let own: string | undefined;
  try {
    if (statSync(file).isFile()) own = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    if ((error as { code?: string }).code !== "ENOENT") {
      throw new ArchiveError(`${file}: cannot read it (${(error as Error).message})`);
    }
  }
  if (own !== undefined) rules.add(own.split(/\r?\n/));
  return (path) => rules.ignores(path);
}

/** (name in the zip, file on disk) of every file to pack, sorted by name; and the dotenv
 * files left out. Symlinks are followed when they stay inside the root. */
function collect(root: string): [[string, string][], string[]] {
  const realRoot = realpathSync(root);
  const excluded = ignoreRules(root);
  const secret = ignore({ ignorecase: false }).add([...codeArchive.secret_files]);
  const found: [string, string][] = [];
  const dotenv: string[] = [];
  const visiting = new Set<string>();

  const walk = (directory: string, prefix: string) => {
    const real = realpathSync(directory);
    if (visiting.has(real)) throw new ArchiveError(`${directory}: symlink loop`);
    visiting.add(real);
    let names: string[];
    try {
      names = readdirSync(directory).sort(compareUtf8);
    } catch (error) {
      throw new ArchiveError(`${directory}: cannot list it (${(error as { code?: string }).code ?? error})`);
    }
    for (const entry of names) {
      const name = prefix + entry;
      const path = join(directory, entry);
      const link = lstatSync(path);
      let stat = link;
      if (link.isSymbolicLink()) {
        try {
          stat = statSync(path);
        } catch {
          stat = link; // broken: an error below unless ignored
        }
      }
      const isDir = stat.isDirectory();
      if (excluded(isDir ? `${name}/` : name)) {
        if (!isDir && secret.ignores(name)) dotenv.push(name);
        continue; // ignored means not looked at: a broken link there is no error
      }
      if (link.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(path);
        } catch {
          throw new ArchiveError(`${path}: broken symlink or symlink loop`);
        }
        const inside = relative(realRoot, target);
        if (inside.startsWith("..") || isAbsolute(inside)) {
          throw new ArchiveError(`${path}: symlink points outside ${root} (to ${target})`);
        }
      }
      if (isDir) walk(path, `${name}/`);
      else if (stat.isFile()) found.push([name, path]);
      else throw new ArchiveError(`${path}: not a regular file`);
    }
    visiting.delete(real);
  };
  walk(root, "");
  found.sort(([a], [b]) => compareUtf8(a, b));
  return [found, dotenv];
}

/** The zip of a directory, as x-code-archive says, byte for byte. */
function zipDirectory(root: string, limits: Limits): Archive {
  const [files, dotenv] = collect(root);
  if (files.length === 0) {
    throw new ArchiveError(`${root}: nothing to deploy (the directory is empty or all ignored)`);
  }
  const sizes = files.map(([, path]) => statSync(path).size);
  const unpackedSize = sizes.reduce((a, b) => a + b, 0);
  checkUnpacked(unpackedSize, root, limits); // before reading anything: a sparse file packs small

  if (codeArchive.compression !== "deflate") throw new ArchiveError(`unknown compression ${codeArchive.compression}`);
  const [date, time] = dosDateTime(codeArchive.timestamp);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, path] of files) {
    let data: Uint8Array;
    let executable: boolean;
    try {
      data = readFileSync(path);
      executable = (statSync(path).mode & 0o100) !== 0;
    } catch (error) {
      throw new ArchiveError(`${path}: cannot read it (${(error as { code?: string }).code ?? error})`);
    }
    const compressed = deflateRaw(data, { level: codeArchive.level as 6, memLevel: 8, windowBits: 15 });
    const nameBytes = Buffer.from(name, "utf8");
    const ascii = nameBytes.length === name.length && /^[\x00-\x7f]*$/.test(name);
    const flags = ascii ? 0 : 0x800;
    const crc = crc32(data);
    const mode = octal(executable ? codeArchive.executable_mode : codeArchive.file_mode);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.byteLength, 18);
    local.writeUInt32LE(data.byteLength, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    parts.push(local, nameBytes, compressed);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x0314, 4); // made by: Unix, zip 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(compressed.byteLength, 20);
    entry.writeUInt32LE(data.byteLength, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    // extra length, comment length, disk number, internal attributes: 0
    entry.writeUInt32LE(((0o100000 | mode) * 0x10000) >>> 0, 38); // S_IFREG | mode, high 16 bits
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);

    offset += 30 + nameBytes.length + compressed.byteLength;
    checkSize(offset, root, limits); // stops at the limit
  }
  const centralSize = central.reduce((total, part) => total + part.byteLength, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const bytes = new Uint8Array(Buffer.concat([...parts, ...central, end]));
  checkSize(bytes.byteLength, root, limits);
  const notices = dotenv
    .sort(compareUtf8)
    .map((name) => `left out ${name}: dotenv files hold secrets (\`!${name}\` in ${codeArchive.ignore_file} ships it)`);
  return { bytes, size: bytes.byteLength, sha256: sha256(bytes), unpackedSize, notices };
}

/** A timestamp "YYYY-MM-DDTHH:MM:SS" as a zip's (date, time) fields. */
function dosDateTime(timestamp: string): [number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(timestamp);
  if (!match) throw new ArchiveError(`x-code-archive: timestamp ${timestamp} is not YYYY-MM-DDTHH:MM:SS`);
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return [((year - 1980) << 9) | (month << 5) | day, (hour << 11) | (minute << 5) | (second >> 1)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

