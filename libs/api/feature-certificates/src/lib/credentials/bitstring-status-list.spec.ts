import { gunzipSync } from 'node:zlib';
import { encodeStatusList, isPositionSet, STATUS_LIST_LENGTH } from './bitstring-status-list';

describe('the bitstring status list', () => {
  it('sets exactly the revoked positions, counting from the leftmost bit', () => {
    const encoded = encodeStatusList([0, 7, 8, 131_071]);
    expect(encoded.startsWith('u')).toBe(true);
    const bytes = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect(bytes.length).toBe(STATUS_LIST_LENGTH / 8);
    expect(bytes[0]).toBe(0b1000_0001);
    expect(bytes[1]).toBe(0b1000_0000);
    for (const position of [0, 7, 8, 131_071]) expect(isPositionSet(encoded, position)).toBe(true);
    for (const position of [1, 6, 9, 131_070]) expect(isPositionSet(encoded, position)).toBe(false);
  });

  it('refuses a position outside the list', () => {
    expect(() => encodeStatusList([STATUS_LIST_LENGTH])).toThrow(RangeError);
  });
});
