/** What a person may do on the platform. One person may hold several roles. */
export enum Role {
  LEARNER = 'LEARNER',
  TRAINER = 'TRAINER',
  PARTNER = 'PARTNER',
  SUPERVISOR = 'SUPERVISOR',
  ADMIN = 'ADMIN',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: string): value is Role {
  return (ALL_ROLES as readonly string[]).includes(value);
}

/** Kinds of organisation unit: an instansi (agency) holds unit kerja, which may nest (kecamatan > kelurahan). */
export enum OrgUnitKind {
  INSTANSI = 'INSTANSI',
  UNIT_KERJA = 'UNIT_KERJA',
}

export enum InstitutionKind {
  UNIVERSITY = 'UNIVERSITY',
  TRAINING_CENTER = 'TRAINING_CENTER',
  OTHER = 'OTHER',
}
