import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, isUniqueViolation } from '@tunas/api/core';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, IsNull, Not } from 'typeorm';
import { CertificatesException, CertificatesExceptionCode } from '../certificates.exception';
import { IssuerKeyEntity } from '../entities/certificate.entities';
import { base58Decode, base58Encode } from './base58btc';

const SECRET_HEADER = Uint8Array.from([0x80, 0x26]);
const PUBLIC_HEADER = Uint8Array.from([0xed, 0x01]);
/** PKCS#8 prefix of an Ed25519 private key; the 32-byte seed follows. */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const KEY_FILE = '.certificate-issuer-key';

export interface IssuerKey {
  id: string;
  verificationMethod: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

/** A public key as the issuer's controller document lists it. */
export interface PublishedKey {
  id: string;
  publicKeyMultibase: string;
  retired: boolean;
}

/**
 * The platform's Ed25519 issuer key. `CERT_ISSUER_KEY` (a multibase Ed25519 secret key, the same on every
 * replica) wins; without it one is generated once and kept in the data directory, readable only by its owner.
 * Rotating is setting a new `CERT_ISSUER_KEY`: every public key ever used stays in `certificate_issuer_keys`
 * and in the controller document, so credentials signed with an older key still verify.
 */
@Injectable()
export class IssuerKeyService {
  private readonly logger = new Logger(IssuerKeyService.name);
  private current: Promise<IssuerKey> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The issuer's id: also the URL of its controller document. */
  get issuerId(): string {
    return `${this.config.publicUrl}/credentials/issuer`;
  }

  currentKey(): Promise<IssuerKey> {
    this.current ??= this.loadCurrentKey().catch((error) => {
      this.current = null;
      throw error;
    });
    return this.current;
  }

  async publishedKeys(): Promise<PublishedKey[]> {
    await this.currentKey();
    const rows = await this.dataSource.getRepository(IssuerKeyEntity).find({ order: { createdAt: 'ASC' } });
    return rows.map((row) => ({ id: `${this.issuerId}#${row.id}`, publicKeyMultibase: row.publicKeyMultibase, retired: row.retiredAt !== null }));
  }

  private async loadCurrentKey(): Promise<IssuerKey> {
    const configured = process.env['CERT_ISSUER_KEY']?.trim();
    const seed = configured ? seedFromMultibase(configured) : this.storedSeed();
    const publicKey = publicKeyOf(seed);
    const publicKeyMultibase = `z${base58Encode(concat(PUBLIC_HEADER, publicKey))}`;
    const secretKeyMultibase = `z${base58Encode(concat(SECRET_HEADER, seed, publicKey))}`;
    const id = `key-${createHash('sha256').update(publicKeyMultibase).digest('hex').slice(0, 16)}`;
    await this.record(id, publicKeyMultibase);
    return { id, verificationMethod: `${this.issuerId}#${id}`, publicKeyMultibase, secretKeyMultibase };
  }

  /** Records the key in use and retires the others (they stay published). */
  private async record(id: string, publicKeyMultibase: string): Promise<void> {
    const repository = this.dataSource.getRepository(IssuerKeyEntity);
    if (!(await repository.existsBy({ id }))) {
      try {
        await repository.insert({ id, publicKeyMultibase, createdAt: new Date(), retiredAt: null });
        this.logger.log(`Certificate issuer key ${id} is now in use`);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    await repository.update({ id: Not(id), retiredAt: IsNull() }, { retiredAt: new Date() });
    await repository.update({ id }, { retiredAt: null });
  }

  private storedSeed(): Uint8Array {
    const file = join(this.config.dataDir, KEY_FILE);
    if (existsSync(file)) return seedFromMultibase(readFileSync(file, 'utf8').trim());
    mkdirSync(this.config.dataDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_PREFIX.length);
    writeFileSync(file, `z${base58Encode(concat(SECRET_HEADER, seed, publicKeyOf(seed)))}\n`, { mode: 0o600, flag: 'wx' });
    this.logger.warn(`Generated a certificate issuer key in ${file}; set CERT_ISSUER_KEY to share one key between replicas`);
    return seed;
  }
}

/** Accepts a multibase Ed25519 secret key holding the 32-byte seed, or the seed followed by the public key. */
export function seedFromMultibase(text: string): Uint8Array {
  const invalid = () => new CertificatesException(CertificatesExceptionCode.IssuerKeyInvalid, 'CERT_ISSUER_KEY is not a multibase (z...) Ed25519 secret key');
  if (!text.startsWith('z')) throw invalid();
  let bytes: Uint8Array;
  try {
    bytes = base58Decode(text.slice(1));
  } catch {
    throw invalid();
  }
  if (bytes[0] !== SECRET_HEADER[0] || bytes[1] !== SECRET_HEADER[1]) throw invalid();
  const key = bytes.subarray(2);
  if (key.length !== 32 && key.length !== 64) throw invalid();
  const seed = key.subarray(0, 32);
  if (key.length === 64 && !Buffer.from(publicKeyOf(seed)).equals(Buffer.from(key.subarray(32)))) throw invalid();
  return seed;
}

function publicKeyOf(seed: Uint8Array): Uint8Array {
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return new Uint8Array(spki.subarray(spki.length - 32));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}
