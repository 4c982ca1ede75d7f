import { isUniqueViolation } from '@tunas/api/core';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CertificateCounterEntity } from '../entities/certificate.entities';

/**
 * The next value of a named counter, inside the caller's transaction. The UPDATE takes the row lock, so
 * concurrent issuers on MySQL/MariaDB queue on it until the first commits (SQLite has one writer anyway);
 * the unique indexes on what the numbers are used for stay the last line of defence.
 */
export async function nextCounterValue(manager: EntityManager, name: string): Promise<number> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const updated = await manager.createQueryBuilder().update(CertificateCounterEntity).set({ value: () => 'value + 1' }).where('name = :name', { name }).execute();
    if (updated.affected) {
      const row = await manager.findOneByOrFail(CertificateCounterEntity, { name });
      return row.value;
    }
    try {
      await manager.insert(CertificateCounterEntity, { name, value: 1 });
      return 1;
    } catch (error) {
      // Another transaction created the counter first: take the next value from it.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`Counter ${name} could not be advanced`);
}

/** `TUNAS/2026/000123`: the year of issue and a number unique within it. */
export function formatSerial(year: number, number: number): string {
  return `TUNAS/${year}/${String(number).padStart(6, '0')}`;
}

/** 160 random bits in base32 (RFC 4648, no padding): unguessable, and safe to read aloud or type from paper. */
export function newVerificationCode(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return code;
}

/** Shows the first four and last four digits of a NIP: `1985********0001`. */
export function maskNip(nip: string | null): string | null {
  if (!nip) return null;
  if (nip.length <= 8) return '*'.repeat(nip.length);
  return `${nip.slice(0, 4)}${'*'.repeat(nip.length - 8)}${nip.slice(-4)}`;
}
