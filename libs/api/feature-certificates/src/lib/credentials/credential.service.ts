import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@tunas/api/core';
import { DataSource, IsNull, Not } from 'typeorm';
import { CertificateEntity } from '../entities/certificate.entities';
import { STATUS_LIST_ID } from '../issuance/certificate-issuer.service';
import { encodeStatusList } from './bitstring-status-list';
import { credentialLibraries } from './credential-libraries';
import { IssuerKeyService } from './issuer-key.service';
import { credentialDate, openBadgeCredential, VC_V2_CONTEXT } from './open-badge-credential';

const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1';
const MULTIKEY_V1_CONTEXT = 'https://w3id.org/security/multikey/v1';

/** Open Badges 3.0 credentials and the revocation status list, signed with eddsa-rdfc-2022 by the issuer key. */
@Injectable()
export class CredentialService {
  /** The last status list this process signed, by the revoked positions it lists (a cache, not state: any replica can rebuild it). */
  private signedStatusList: { revokedPositions: string; credential: Promise<Record<string, unknown>> } | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: IssuerKeyService,
  ) {}

  get statusListUrl(): string {
    return `${this.config.publicUrl}/credentials/status/${STATUS_LIST_ID}`;
  }

  /** Signed on first request and kept, so every download is the same credential. */
  async credentialFor(certificate: CertificateEntity): Promise<string> {
    if (certificate.credential) return certificate.credential;
    const unsigned = openBadgeCredential(certificate, { issuerId: this.keys.issuerId, publicUrl: this.config.publicUrl, statusListUrl: this.statusListUrl });
    const signed = JSON.stringify(await this.sign(unsigned), null, 2);
    // Two first downloads at once: the first stored wins and both answer with it.
    await this.dataSource.getRepository(CertificateEntity).update({ id: certificate.id, credential: IsNull() }, { credential: signed });
    const stored = await this.dataSource.getRepository(CertificateEntity).findOneOrFail({ where: { id: certificate.id }, select: { id: true, credential: true } });
    return stored.credential ?? signed;
  }

  /** A BitstringStatusListCredential with a bit set for every revoked certificate. */
  async statusListCredential(): Promise<Record<string, unknown>> {
    const revoked = await this.dataSource.getRepository(CertificateEntity).find({ where: { revokedAt: Not(IsNull()) }, select: { id: true, statusIndex: true }, order: { statusIndex: 'ASC' } });
    // Signing costs far more than the query: sign again only when the set of revoked positions changed.
    const revokedPositions = revoked.map((row) => row.statusIndex).join(',');
    if (this.signedStatusList?.revokedPositions !== revokedPositions) {
      this.signedStatusList = { revokedPositions, credential: this.signStatusList(revoked.map((row) => row.statusIndex)) };
    }
    const pending = this.signedStatusList;
    return pending.credential.catch((error) => {
      if (this.signedStatusList === pending) this.signedStatusList = null;
      throw error;
    });
  }

  private signStatusList(revokedPositions: number[]): Promise<Record<string, unknown>> {
    return this.sign({
      '@context': [VC_V2_CONTEXT],
      id: this.statusListUrl,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: this.keys.issuerId,
      validFrom: credentialDate(new Date()),
      credentialSubject: { id: `${this.statusListUrl}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: encodeStatusList(revokedPositions) },
    });
  }

  /** The issuer's controller document: every key it ever signed with, so older credentials keep verifying. */
  async controllerDocument(): Promise<Record<string, unknown>> {
    const keys = await this.keys.publishedKeys();
    return {
      '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
      id: this.keys.issuerId,
      verificationMethod: keys.map((key) => ({ id: key.id, type: 'Multikey', controller: this.keys.issuerId, publicKeyMultibase: key.publicKeyMultibase })),
      assertionMethod: keys.map((key) => key.id),
    };
  }

  private async sign(credential: Record<string, unknown>): Promise<Record<string, unknown>> {
    const { vc, DataIntegrityProof, cryptosuite, Ed25519Multikey, contexts } = await credentialLibraries();
    const key = await this.keys.currentKey();
    const keyPair = await Ed25519Multikey.from({ id: key.verificationMethod, controller: this.keys.issuerId, publicKeyMultibase: key.publicKeyMultibase, secretKeyMultibase: key.secretKeyMultibase });
    const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite });
    // Only the bundled contexts: signing never reaches the network.
    const documentLoader = async (url: string) => {
      const document = contexts.get(url);
      if (!document) throw new Error(`Document ${url} is not available offline`);
      return { contextUrl: null, documentUrl: url, document };
    };
    return vc.issue({ credential, suite, documentLoader });
  }
}
