import { LearningRecordException, LearningRecordExceptionCode } from '../learning-record.exception';

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

/** The longest base64 text that can decode to MAX_EVIDENCE_BYTES, padding included. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4;

export type EvidenceMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';

/** File signatures: what the bytes are decides, never the name or the type a client claims. */
const SIGNATURES: ReadonlyArray<{ mediaType: EvidenceMediaType; magic: readonly number[] }> = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

export function sniffEvidenceType(bytes: Buffer): EvidenceMediaType | null {
  return SIGNATURES.find(({ magic }) => bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte))?.mediaType ?? null;
}

/** Decodes and checks an uploaded evidence file: at most 5 MB, and a PDF, JPEG or PNG by its content. */
export function decodeEvidence(contentBase64: string): { bytes: Buffer; mediaType: EvidenceMediaType } {
  // Checked before decoding, so an oversized upload costs no buffer.
  if (contentBase64.length > MAX_BASE64_LENGTH) throw evidenceTooLarge();
  if (contentBase64.length === 0 || contentBase64.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(contentBase64)) {
    throw new LearningRecordException(LearningRecordExceptionCode.EvidenceTypeNotAllowed, 'The evidence file is not valid base64', [
      { field: 'evidence.contentBase64', rule: 'base64', message: 'The evidence file is not valid base64' },
    ]);
  }
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > MAX_EVIDENCE_BYTES) throw evidenceTooLarge();
  const mediaType = sniffEvidenceType(bytes);
  if (!mediaType) {
    const message = 'The evidence must be a PDF, JPEG or PNG file (its content is not one of these)';
    throw new LearningRecordException(LearningRecordExceptionCode.EvidenceTypeNotAllowed, message, [{ field: 'evidence.contentBase64', rule: 'fileType', message }]);
  }
  return { bytes, mediaType };
}

function evidenceTooLarge(): LearningRecordException {
  const message = `The evidence file is larger than ${MAX_EVIDENCE_BYTES / (1024 * 1024)} MB`;
  return new LearningRecordException(LearningRecordExceptionCode.EvidenceTooLarge, message, [{ field: 'evidence.contentBase64', rule: 'maxSize', message }]);
}

/** A name safe to show and to put in Content-Disposition: no folders, no control characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return cleaned || 'bukti';
}
