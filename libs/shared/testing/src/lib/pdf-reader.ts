import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** What a PDF says to a reader: its text, page by page, and the content of every QR code in its images. */
export interface PdfReading {
  pages: number;
  text: string;
  qrCodes: string[];
}

const READER = join(__dirname, 'pdf-reader.mjs');

/**
 * Extracts the text of a PDF with pdf.js and decodes the QR codes in its images with jsQR, in a Node process of its
 * own (both are ES modules only, which Jest cannot load). For end-to-end tests of generated documents.
 */
export function readPdf(pdf: Buffer): Promise<PdfReading> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [READER], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(JSON.parse(output) as PdfReading) : fail(new Error(`the PDF reader exited with ${code}: ${errors}`))));
    child.stdin.end(pdf);
  });
}
