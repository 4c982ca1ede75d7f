import { createHash, randomBytes } from 'node:crypto';
import { competencyName } from '../certificate-text';
import { CertificateEntity } from '../entities/certificate.entities';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface CredentialUrls {
  issuerId: string;
  publicUrl: string;
  statusListUrl: string;
}

/** VC dates: UTC without milliseconds. */
export function credentialDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The certificate as an unsigned Open Badges 3.0 `OpenBadgeCredential`. JP are credit hours: the achievement
 * offers them (`creditsAvailable`) and the learner earned them (`creditsEarned`); the final score is a `Result`
 * described by a percent `ResultDescription`. The learner is named in an `IdentityObject`; the NIP only as a salted
 * hash, so the credential proves whose it is to someone who already knows the NIP without publishing it.
 */
export function openBadgeCredential(certificate: CertificateEntity, urls: CredentialUrls): Record<string, unknown> {
  const credentialId = `urn:uuid:${certificate.id}`;
  const scoreDescriptionId = `${credentialId}#nilai-akhir`;
  const identifiers: object[] = [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: certificate.learnerName }];
  if (certificate.learnerNip) {
    const salt = randomBytes(16).toString('hex');
    identifiers.push({ type: 'IdentityObject', identityType: 'identifier', hashed: true, identityHash: `sha256$${createHash('sha256').update(certificate.learnerNip + salt).digest('hex')}`, salt });
  }
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: credentialId,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: urls.issuerId, type: ['Profile'], name: certificate.layout.issuerName, url: urls.publicUrl },
    validFrom: credentialDate(certificate.issuedAt),
    name: `Sertifikat ${certificate.courseTitle}`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: identifiers,
      activityEndDate: credentialDate(certificate.completedAt),
      creditsEarned: certificate.jpHours,
      ...(certificate.finalScore === null ? {} : { result: [{ type: ['Result'], resultDescription: scoreDescriptionId, value: String(certificate.finalScore) }] }),
      achievement: {
        id: `urn:uuid:${certificate.courseId}`,
        type: ['Achievement'],
        achievementType: 'Course',
        name: certificate.courseTitle,
        description: `Pelatihan daring ${certificate.courseTitle} (kompetensi ${competencyName(certificate.competencyType)}), ${certificate.jpHours} jam pelajaran (JP).`,
        criteria: { narrative: 'Menyelesaikan seluruh aktivitas wajib pelatihan di platform Tunas.' },
        creditsAvailable: certificate.jpHours,
        fieldOfStudy: competencyName(certificate.competencyType),
        humanCode: certificate.serial,
        ...(certificate.finalScore === null ? {} : { resultDescription: [{ id: scoreDescriptionId, type: ['ResultDescription'], name: 'Nilai akhir', resultType: 'Percent' }] }),
      },
    },
    credentialStatus: {
      id: `${urls.statusListUrl}#${certificate.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(certificate.statusIndex),
      statusListCredential: urls.statusListUrl,
    },
  };
}
