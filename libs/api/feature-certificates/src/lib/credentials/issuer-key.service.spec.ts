import { generateKeyPairSync } from 'node:crypto';
import { CertificatesException } from '../certificates.exception';
import { base58Decode, base58Encode } from './base58btc';
import { seedFromMultibase } from './issuer-key.service';

describe('the issuer key setting', () => {
  const seed = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(16);
  const secret = (bytes: Uint8Array) => `z${base58Encode(Uint8Array.from([0x80, 0x26, ...bytes]))}`;

  it('round-trips base58 with leading zero bytes', () => {
    const bytes = Uint8Array.from([0, 0, 1, 2, 255]);
    expect(base58Decode(base58Encode(bytes))).toEqual(bytes);
  });

  it('reads a multibase Ed25519 secret key holding the seed', () => {
    expect(Buffer.from(seedFromMultibase(secret(seed)))).toEqual(Buffer.from(seed));
  });

  it('refuses what is not an Ed25519 secret key, or a seed with the wrong public key', () => {
    expect(() => seedFromMultibase('not-a-key')).toThrow(CertificatesException);
    expect(() => seedFromMultibase(`z${base58Encode(Uint8Array.from([0xed, 0x01, ...seed]))}`)).toThrow(CertificatesException);
    expect(() => seedFromMultibase(secret(Uint8Array.from([...seed, ...new Uint8Array(32)])))).toThrow(CertificatesException);
  });
});
