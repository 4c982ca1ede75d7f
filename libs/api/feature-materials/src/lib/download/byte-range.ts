import type { ByteRange } from '@tunas/api/core';

/**
 * The single byte range a `Range` header asks for, per RFC 9110: `bytes=a-b`, `bytes=a-` and `bytes=-n` (the last n
 * bytes). Returns null to serve the whole file (no header, another unit, several ranges, or a malformed header,
 * which the RFC says to ignore) and 'unsatisfiable' when the range starts beyond the end (answered with 416).
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (match[2] !== '' && Number(match[2]) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}
