// Packing a directory as x-code-archive says: the same bytes as the Python client's
// scaleway_functions.pack for the same tree, and the limits of x-code-upload.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { strToU8, unzipSync, zipSync } from "fflate";
import { parse } from "yaml";

import { ArchiveError, limitsOf, pack } from "../src/index.js";
import { json, stubbed } from "./helpers/stub.js";

const SPEC = parse(readFileSync(new URL("../../../../openapi.yaml", import.meta.url), "utf8"));
const root = mkdtempSync(join(tmpdir(), "scw-pack-"));
after(() => rmSync(root, { recursive: true, force: true }));
let count = 0;

/** A directory with `files` (path: content), executable where the path ends with `*`. */
function tree(files: Record<string, string | Uint8Array>): string {
  const dir = join(root, `tree-${++count}`);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name.replace(/\*$/, ""));
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, content);
    chmodSync(path, name.endsWith("*") ? 0o755 : 0o644);
  }
  return dir;
}

/** Python's pack of the same directory: its sha256, and its notices. */
function pythonPack(dir: string): { sha256: string; notices: string[] } {
  const python = process.env["PYTHON"] ?? "python3";
  const script = [
    "import json, sys, scaleway_functions",
    "a = scaleway_functions.pack(sys.argv[1])",
    "print(json.dumps({'sha256': a.sha256, 'notices': list(a.notices)}))",
  ].join("\n");
  return JSON.parse(execFileSync(python, ["-c", script, dir], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
}

describe("pack", () => {
  test("gives the same bytes as Python's pack for the same tree", () => {
    const dir = tree({
      "handler.py": "def handle(event, context):\n    return {'body': 'hi'}\n",
      "run.sh*": "#!/bin/sh\necho hi\n",
      "lib/util.py": "X = 1\n",
      "lib/deeper/data.bin": randomBytes(4096),
      // Over 256 KiB and hard to compress: several deflate blocks, where deflaters differ.
      "lib/deeper/big.txt": randomBytes(300_000).toString("base64"),
      "lib/café.txt": "é\n",
      "docs/😀 note.md": "emoji\n",
      "empty.txt": "",
      ".scwignore": "*.log\n!keep.log\nbuild/\n",
      "debug.log": "x\n",
      "keep.log": "kept\n",
      "build/out.js": "ignored\n",
      ".env": "SECRET=1\n",
      ".env.local": "SECRET=2\n",
      "__pycache__/handler.cpython-311.pyc": "x",
      ".git/HEAD": "ref\n",
    });
    const archive = pack(dir);
    const python = pythonPack(dir);
    assert.equal(archive.sha256, python.sha256);
    assert.deepEqual(archive.notices, python.notices);

    const entries = unzipSync(archive.bytes);
    assert.deepEqual(Object.keys(entries), [
      "docs/😀 note.md",
      "empty.txt",
      "handler.py",
      "keep.log",
      "lib/café.txt",
      "lib/deeper/big.txt",
      "lib/deeper/data.bin",
      "lib/util.py",
      "run.sh",
    ]);
    assert.deepEqual(archive.notices, [
      "left out .env: dotenv files hold secrets (`!.env` in .scwignore ships it)",
      "left out .env.local: dotenv files hold secrets (`!.env.local` in .scwignore ships it)",
    ]);
  });

  test("modes, names and timestamps are as x-code-archive says", () => {
    const archive = pack(tree({ "a.py": "a\n", "bin/run*": "#!/bin/sh\n", "é.txt": "e\n" }));
    const view = Buffer.from(archive.bytes);
    const end = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let at = view.readUInt32LE(end + 16);
    const seen: [string, number, number, number, number][] = [];
    for (let index = 0; index < view.readUInt16LE(end + 10); index++) {
      const nameLength = view.readUInt16LE(at + 28);
      const name = view.subarray(at + 46, at + 46 + nameLength).toString("utf8");
      seen.push([name, view.readUInt16LE(at + 4), view.readUInt16LE(at + 8), view.readUInt32LE(at + 38) >>> 16, view.readUInt16LE(at + 14)]);
      at += 46 + nameLength;
    }
    const mode = (text: string) => 0o100000 | Number.parseInt(text, 8);
    const archiveSpec = SPEC["x-code-archive"];
    const date = (1 << 5) | 1; // 1980-01-01
    assert.equal(archiveSpec.timestamp, "1980-01-01T00:00:00");
    assert.deepEqual(seen, [
      ["a.py", 0x0314, 0, mode(archiveSpec.file_mode), date],
      ["bin/run", 0x0314, 0, mode(archiveSpec.executable_mode), date],
      ["é.txt", 0x0314, 0x800, mode(archiveSpec.file_mode), date],
    ]);
  });

  test("!.env in .scwignore ships it, with no notice", () => {
    const archive = pack(tree({ "h.py": "x\n", ".env": "A=1\n", ".scwignore": "!.env\n" }));
    assert.deepEqual(Object.keys(unzipSync(archive.bytes)), [".env", "h.py"]);
    assert.deepEqual(archive.notices, []);
  });

  test("a symlink inside the directory is followed; one leading out is refused", () => {
    const dir = tree({ "real/h.py": "x\n" });
    symlinkSync(join(dir, "real"), join(dir, "link"));
    assert.deepEqual(Object.keys(unzipSync(pack(dir).bytes)), ["link/h.py", "real/h.py"]);
    const outside = tree({ "h.py": "x\n" });
    symlinkSync(root, join(outside, "escape"));
    assert.throws(() => pack(outside), /symlink points outside/);
  });

  test("refuses an empty or all-ignored directory, a missing path, and bytes that are not a zip", () => {
    assert.throws(() => pack(tree({ ".env": "A=1\n" })), (error) => error instanceof ArchiveError && /nothing to deploy/.test(error.message));
    assert.throws(() => pack(join(root, "missing")), /no such file or directory/);
    assert.throws(() => pack(strToU8("not a zip at all, but long enough to look")), /not a zip archive/);
  });

  test("the limits are x-code-upload's", () => {
    const upload = SPEC.paths["/functions/v1beta1/regions/{region}/functions/{function_id}/upload-url"].get["x-code-upload"];
    assert.deepEqual(limitsOf("Function"), { maxSize: upload.max_size, maxUnpackedSize: upload.max_unpacked_size });
  });

  test("an archive over a limit is refused, naming the path and the limit", () => {
    const dir = tree({ "h.py": "x".repeat(5000) });
    assert.throws(() => pack(dir, { maxSize: 1000, maxUnpackedSize: 4000 }), {
      message: `${dir}: the code is 5000 bytes unpacked, over the service's limit of 4000 bytes`,
    });
    const random = tree({ "r.bin": randomBytes(5000) });
    assert.throws(() => pack(random, { maxSize: 1000, maxUnpackedSize: 1e9 }), /the archive is \d+ bytes, over the service's limit of 1000 bytes/);
  });

  test("a zip whose content unpacks over max_unpacked_size is refused before any request", async () => {
    const zip = zipSync({ "handler.py": strToU8("x = 1\n") });
    // Claim 600 MiB unpacked in the central directory entry.
    const view = Buffer.from(zip);
    const central = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.writeUInt32LE(600 * 1024 * 1024, central + 24);
    const { client, seen } = stubbed(() => json({}));
    await assert.rejects(client.deployCode("Function", "f", new Uint8Array(view)), (error) => {
      assert.ok(error instanceof ArchiveError);
      assert.match(error.message, /bytes source: the code is 629145600 bytes unpacked, over the service's limit of 524288000 bytes \(500 MiB\)/);
      return true;
    });
    assert.equal(seen.length, 0);
  });
});
