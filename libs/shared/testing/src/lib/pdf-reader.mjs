// Reads a PDF the way a person's tools would, for tests: its text (pdf.js text extraction) and every QR code in its
// images (pdf.js decodes the image XObjects, jsQR reads them). Run as its own Node process, since pdf.js is an ES
// module only, which Jest cannot load: give the PDF's path as the argument (or its bytes on stdin); prints
// { pages, text, qrCodes } as JSON.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import jsQR from 'jsqr';
import { getDocument, ImageKind, OPS, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));

async function input() {
  if (process.argv[2]) return readFile(process.argv[2]);
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** pdf.js image data (1-bit grey, RGB or RGBA rows) as the RGBA pixels jsQR reads. */
function toRgba(image) {
  const { width, height, kind, data } = image;
  if (kind === ImageKind.RGBA_32BPP) return new Uint8ClampedArray(data.buffer, data.byteOffset, width * height * 4);
  const rgba = new Uint8ClampedArray(width * height * 4);
  if (kind === ImageKind.RGB_24BPP) {
    for (let pixel = 0; pixel < width * height; pixel++) {
      rgba.set([data[pixel * 3], data[pixel * 3 + 1], data[pixel * 3 + 2], 255], pixel * 4);
    }
    return rgba;
  }
  if (kind === ImageKind.GRAYSCALE_1BPP) {
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const value = data[y * rowBytes + (x >> 3)] & (0x80 >> (x & 7)) ? 255 : 0;
        rgba.set([value, value, value, 255], (y * width + x) * 4);
      }
    }
    return rgba;
  }
  throw new Error(`unknown pdf.js image kind ${kind}`);
}

/** The decoded image of an XObject: page objects resolve asynchronously, common ones may be shared. */
function imageObject(page, id) {
  const store = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((done) => store.get(id, done));
}

const bytes = await input();
const document = await getDocument({
  data: new Uint8Array(bytes),
  standardFontDataUrl: pathToFileURL(join(pdfjsRoot, 'standard_fonts')).href + '/',
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  verbosity: VerbosityLevel.ERRORS,
}).promise;
const texts = [];
const qrCodes = [];
for (let number = 1; number <= document.numPages; number++) {
  const page = await document.getPage(number);
  const content = await page.getTextContent();
  texts.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  const operators = await page.getOperatorList();
  for (let index = 0; index < operators.fnArray.length; index++) {
    if (operators.fnArray[index] !== OPS.paintImageXObject) continue;
    const image = await imageObject(page, operators.argsArray[index][0]);
    if (!image?.data) continue;
    const code = jsQR(toRgba(image), image.width, image.height);
    if (code) qrCodes.push(code.data);
  }
}
await document.destroy();
process.stdout.write(JSON.stringify({ pages: document.numPages, text: texts.join('\n'), qrCodes }));
