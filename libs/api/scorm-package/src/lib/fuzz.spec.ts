import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { ZipFile } from 'yazl';
import { directoryWriter, importScormPackage, parseScormManifest, ScormPackageError } from '../index';

/** Deterministic PRNG (mulberry32) so that a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="fuzz" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 3rd Edition</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Fuzz</title>
    <item identifier="i1" identifierref="r1" parameters="?a=1"><title>One</title>
      <item identifier="i2" identifierref="r2"><title>Two</title></item></item>
  </organization></organizations>
  <resources xml:base="c/"><resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="index.html"><file href="index.html"/>
    <dependency identifierref="r2"/></resource>
    <resource identifier="r2" type="webcontent" adlcp:scormType="asset" href="two.html"><file href="two.html"/></resource></resources>
</manifest>`;

function mutateText(text: string, random: () => number): string {
  const chars = [...text];
  const edits = 1 + Math.floor(random() * 6);
  const pieces = ['<', '>', '/', '"', '&', '&amp;', '<!--', ']]>', '<item>', 'xml:base="../"', '\u0000', ' ', ''];
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * chars.length);
    const op = random();
    if (op < 0.4) chars.splice(at, 1 + Math.floor(random() * 20));
    else if (op < 0.8) chars.splice(at, 0, pieces[Math.floor(random() * pieces.length)]);
    else chars.splice(at, 0, ...chars.slice(Math.floor(random() * chars.length), Math.floor(random() * chars.length)));
  }
  return chars.join('');
}

async function zipBuffer(files: Array<[string, string | Buffer]>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, data] of files) zip.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data), name, { mtime: new Date(2026, 0, 1) });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('fuzzing (seeded)', () => {
  it('a mangled manifest is parsed or refused with ScormPackageError, never anything else', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = mutateText(MANIFEST, prng(seed));
      try {
        const manifest = parseScormManifest(text);
        for (const item of manifest.organizations.flatMap((o) => o.items)) {
          // whatever the mutation, a launch URL never leaves the package
          if (item.launch && !/^[a-z]+:/i.test(item.launch)) expect(item.launch.split(/[?#]/)[0].split('/')).not.toContain('..');
        }
      } catch (error) {
        if (!(error instanceof ScormPackageError)) throw new Error(`seed ${seed}: ${(error as Error).stack}`);
      }
    }
  }, 60_000);

  it('a zip with flipped bytes is imported or refused with ScormPackageError, and writes only inside its folder', async () => {
    const work = mkdtempSync(join(tmpdir(), 'scorm-fuzz-'));
    try {
      const original = await zipBuffer([
        ['imsmanifest.xml', MANIFEST],
        ['c/index.html', '<html><body>one</body></html>'.repeat(20)],
        ['c/two.html', '<html><body>two</body></html>'.repeat(20)],
        ['c/media/data.bin', Buffer.alloc(5000, 3)],
      ]);
      for (let seed = 1; seed <= 150; seed++) {
        const random = prng(seed);
        const bytes = Buffer.from(original);
        const flips = 1 + Math.floor(random() * 8);
        for (let i = 0; i < flips; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
        const zipPath = join(work, `fuzz-${seed}.zip`);
        writeFileSync(zipPath, bytes);
        const out = join(work, `out-${seed}`);
        const root = resolve(out);
        const writer = directoryWriter(out);
        try {
          await importScormPackage(zipPath, (path, data, size) => {
            expect(resolve(root, path).startsWith(root + sep)).toBe(true);
            return writer(path, data, size);
          });
        } catch (error) {
          if (!(error instanceof ScormPackageError)) throw new Error(`seed ${seed}: ${(error as Error).stack}`);
        }
      }
      // nothing appeared next to the output folders
      expect(readdirSync(work).every((name) => name.startsWith('fuzz-') || name.startsWith('out-'))).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
