import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import { directoryWriter, importScormPackage, inspectScormZip, ScormPackageError, ScormPackageErrorCode } from '../index';

const MANIFEST_12 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="test.pkg" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Test</title>
    <item identifier="item_1" identifierref="res_1"><title>One</title></item>
  </organization></organizations>
  <resources><resource identifier="res_1" type="webcontent" adlcp:scormtype="sco" href="index.html">
    <file href="index.html"/></resource></resources>
</manifest>`;

interface FileSpec {
  name: string;
  data: Buffer | string;
  mode?: number;
  compress?: boolean;
}

let work: string;
let out: string;
let written: string[];

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'scorm-spec-'));
  out = join(work, 'out');
  written = [];
});
afterEach(() => rmSync(work, { recursive: true, force: true }));
// Zip bombs and lying headers inflate megabytes; the machine running the suite may be busy.
jest.setTimeout(60_000);

/** Builds a zip with yazl in memory; `patch` may then rewrite raw header bytes that yazl refuses to produce. */
async function buildZip(files: FileSpec[], patch?: (zip: Buffer) => void): Promise<string> {
  const zip = new ZipFile();
  for (const file of files) {
    zip.addBuffer(Buffer.isBuffer(file.data) ? file.data : Buffer.from(file.data), file.name, {
      mode: file.mode,
      compress: file.compress ?? true,
      mtime: new Date(2026, 0, 1),
    });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const buffer = Buffer.concat(chunks);
  patch?.(buffer);
  const path = join(work, `pkg-${Math.random().toString(36).slice(2)}.zip`);
  writeFileSync(path, buffer);
  return path;
}

/** Calls `fn` on every central-directory record (signature PK\x01\x02) and every local header (PK\x03\x04). */
function eachHeader(zip: Buffer, fn: (offset: number, central: boolean, nameOffset: number, nameLength: number) => void): void {
  for (let i = 0; i < zip.length - 4; i++) {
    const sig = zip.readUInt32LE(i);
    if (sig === 0x02014b50) fn(i, true, i + 46, zip.readUInt16LE(i + 28));
    else if (sig === 0x04034b50) fn(i, false, i + 30, zip.readUInt16LE(i + 26));
  }
}

function renameEntry(from: string, to: string): (zip: Buffer) => void {
  if (from.length !== to.length) throw new Error('same length only');
  return (zip) =>
    eachHeader(zip, (_offset, _central, nameOffset, nameLength) => {
      if (zip.toString('latin1', nameOffset, nameOffset + nameLength) === from) zip.write(to, nameOffset, 'latin1');
    });
}

const writer = (relativePath: string, data: NodeJS.ReadableStream, size: number) => {
  written.push(relativePath);
  return directoryWriter(out)(relativePath, data, size);
};

function outputFiles(): string[] {
  try {
    return readdirSync(out, { recursive: true }) as string[];
  } catch {
    return [];
  }
}

async function expectRefused(zipPath: string, code: ScormPackageErrorCode, limits = {}): Promise<ScormPackageError> {
  const error = await importScormPackage(zipPath, writer, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScormPackageError);
  expect((error as ScormPackageError).code).toBe(code);
  expect(written).toEqual([]);
  expect(outputFiles()).toEqual([]);
  // nothing escaped next to the output folder either
  expect(readdirSync(work).filter((f) => !f.endsWith('.zip'))).toEqual([]);
  return error as ScormPackageError;
}

const valid = (): FileSpec[] => [
  { name: 'imsmanifest.xml', data: MANIFEST_12 },
  { name: 'index.html', data: '<html>hello</html>' },
  { name: 'assets/app.js', data: 'console.log(1)' },
];

describe('importScormPackage', () => {
  it('imports a valid package and writes every file', async () => {
    const summary = await importScormPackage(await buildZip(valid()), writer);
    expect(summary.version).toBe('1.2');
    expect(summary.title).toBe('Test');
    expect(summary.launchables).toEqual([{ itemIdentifier: 'item_1', title: 'One', launch: 'index.html', scormType: 'sco' }]);
    expect(summary.fileCount).toBe(3);
    expect(written.sort()).toEqual(['assets/app.js', 'imsmanifest.xml', 'index.html']);
    expect(readFileSync(join(out, 'assets/app.js'), 'utf8')).toBe('console.log(1)');
    expect(summary.totalBytes).toBe(Buffer.byteLength(MANIFEST_12) + 18 + 14);
  });

  it('refuses zip-slip with ../', async () => {
    const zip = await buildZip([...valid(), { name: 'xx/evil.txt', data: 'x' }], renameEntry('xx/evil.txt', '../evil.txt'));
    const error = await expectRefused(zip, 'ZIP_UNSAFE_PATH');
    expect(error.message).toContain('../evil.txt');
    expect(error.path).toBe('../evil.txt');
  });

  it('refuses zip-slip hidden behind backslashes', async () => {
    await expectRefused(
      await buildZip([...valid(), { name: 'a/xx/evil.txt', data: 'x' }], renameEntry('a/xx/evil.txt', 'a\\..\\..\\e.txt')),
      'ZIP_UNSAFE_PATH',
    );
  });

  it('refuses absolute paths and drive letters', async () => {
    await expectRefused(await buildZip([...valid(), { name: 'xtmp/evil', data: 'x' }], renameEntry('xtmp/evil', '/tmp/evil')), 'ZIP_UNSAFE_PATH');
    written = [];
    await expectRefused(await buildZip([...valid(), { name: 'xx/evil', data: 'x' }], renameEntry('xx/evil', 'C:/evil')), 'ZIP_UNSAFE_PATH');
  });

  it('refuses symbolic links (unix mode in the external attributes)', async () => {
    const error = await expectRefused(await buildZip([...valid(), { name: 'link', data: '/etc/passwd', mode: 0o120777 }]), 'ZIP_SYMLINK');
    expect(error.message).toContain("'link'");
  });

  it('refuses encrypted entries', async () => {
    await expectRefused(
      await buildZip(valid(), (zip) =>
        eachHeader(zip, (offset, central) => {
          const flagAt = offset + (central ? 8 : 6);
          zip.writeUInt16LE(zip.readUInt16LE(flagAt) | 1, flagAt);
        }),
      ),
      'ZIP_ENCRYPTED',
    );
  });

  it('refuses too many entries', async () => {
    const files = [...valid(), ...Array.from({ length: 10 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }))];
    const error = await expectRefused(await buildZip(files), 'ZIP_TOO_MANY_ENTRIES', { maxEntries: 10 });
    expect(error.message).toContain('13 entries');
  });

  it('refuses a single entry or a total over the size limits', async () => {
    const big = { name: 'big.bin', data: Buffer.alloc(300_000, 7) };
    await expectRefused(await buildZip([...valid(), big]), 'ZIP_TOO_LARGE', { maxEntryUncompressedBytes: 200_000 });
    written = [];
    const halves = [1, 2, 3].map((i) => ({ name: `part${i}.bin`, data: Buffer.alloc(150_000, i) }));
    await expectRefused(await buildZip([...valid(), ...halves]), 'ZIP_TOO_LARGE', { maxTotalUncompressedBytes: 400_000 });
  });

  it('refuses a zip bomb by its compression ratio', async () => {
    const error = await expectRefused(await buildZip([...valid(), { name: 'zeros.bin', data: Buffer.alloc(20 * 1024 * 1024) }]), 'ZIP_BOMB');
    expect(error.message).toMatch(/expands \d+ times/);
  });

  it('refuses an entry whose header lies about its size, before writing anything', async () => {
    // 5 MiB of data declared as 1000 bytes: the central directory passes every limit, the inflater does not.
    const zip = await buildZip([...valid(), { name: 'liar.bin', data: Buffer.alloc(5 * 1024 * 1024, 1) }], (buffer) =>
      eachHeader(buffer, (offset, central, nameOffset, nameLength) => {
        if (buffer.toString('latin1', nameOffset, nameOffset + nameLength) !== 'liar.bin') return;
        buffer.writeUInt32LE(1000, offset + (central ? 24 : 22));
      }),
    );
    const error = await expectRefused(zip, 'ZIP_SIZE_MISMATCH');
    expect(error.path).toBe('liar.bin');
  });

  it('refuses duplicate paths, also when they differ only in case or as file and folder', async () => {
    await expectRefused(await buildZip([...valid(), { name: 'index.html', data: 'again' }]), 'ZIP_DUPLICATE_PATH');
    written = [];
    await expectRefused(await buildZip([...valid(), { name: 'INDEX.html', data: 'again' }]), 'ZIP_DUPLICATE_PATH');
    written = [];
    await expectRefused(await buildZip([...valid(), { name: 'index.html/x.js', data: 'x' }]), 'ZIP_DUPLICATE_PATH');
  });

  it('refuses a file that is not a zip', async () => {
    const path = join(work, 'fake.zip');
    writeFileSync(path, '%PDF-1.7 not a zip');
    await expectRefused(path, 'ZIP_INVALID');
  });

  it('refuses a zip without a manifest, and one whose manifest sits in a subfolder', async () => {
    const missing = await expectRefused(await buildZip([{ name: 'index.html', data: 'x' }]), 'MANIFEST_MISSING');
    expect(missing.message).toContain('imsmanifest.xml');
    written = [];
    const nested = await expectRefused(
      await buildZip(valid().map((f) => ({ ...f, name: `course/${f.name}` }))),
      'MANIFEST_NOT_AT_ROOT',
    );
    expect(nested.message).toContain("'course/'");
  });

  it('refuses a broken manifest with a message naming the problem', async () => {
    const error = await expectRefused(
      await buildZip([{ name: 'imsmanifest.xml', data: '<manifest><organizations>' }, { name: 'index.html', data: 'x' }]),
      'MANIFEST_MALFORMED',
    );
    expect(error.message).toMatch(/line \d+/);
  });

  it('refuses a package whose launch file is missing', async () => {
    const error = await expectRefused(await buildZip([{ name: 'imsmanifest.xml', data: MANIFEST_12 }]), 'LAUNCH_FILE_MISSING');
    expect(error.message).toBe("Item 'item_1' launches 'index.html', which is not in the package.");
  });

  it('names a launch file that differs only in case', async () => {
    const error = await expectRefused(
      await buildZip([{ name: 'imsmanifest.xml', data: MANIFEST_12 }, { name: 'Index.HTML', data: 'x' }]),
      'LAUNCH_FILE_MISSING',
    );
    expect(error.message).toBe("Item 'item_1' launches 'index.html', but the package has 'Index.HTML'; file names are case-sensitive.");
  });

  it('reports a failing writer as WRITE_FAILED', async () => {
    const zip = await buildZip(valid());
    const error = await importScormPackage(zip, async (path) => {
      if (path === 'index.html') throw new Error('disk full');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScormPackageError);
    expect(error).toMatchObject({ code: 'WRITE_FAILED', path: 'index.html', message: "Writing 'index.html' failed: disk full" });
  });

  it('inspects without writing', async () => {
    const result = await inspectScormZip(await buildZip(valid()));
    expect(result.entries.map((e) => e.path).sort()).toEqual(['assets/app.js', 'imsmanifest.xml', 'index.html']);
    expect(result.manifestXml).toBe(MANIFEST_12);
  });
});
