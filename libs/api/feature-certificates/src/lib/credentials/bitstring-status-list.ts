import { gunzipSync, gzipSync } from 'node:zlib';

/** The smallest list the Bitstring Status List spec allows (16 KiB), so one position reveals little. */
export const STATUS_LIST_LENGTH = 131_072;

/** GZIP-compressed bitstring as multibase base64url (`u...`); bit 0 is the leftmost bit of the first byte. */
export function encodeStatusList(setPositions: Iterable<number>, length = STATUS_LIST_LENGTH): string {
  const bytes = Buffer.alloc(Math.ceil(length / 8));
  for (const position of setPositions) {
    if (position < 0 || position >= length) throw new RangeError(`Status position ${position} is outside the list`);
    bytes[position >> 3] |= 0x80 >> (position & 7);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

export function isPositionSet(encodedList: string, position: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('The status list is not multibase base64url');
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  return (bytes[position >> 3] & (0x80 >> (position & 7))) !== 0;
}
