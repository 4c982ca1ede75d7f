import type { AsnType, InstitutionKind, OrgUnitKind, Role } from '@tunas/portal/data-access';

export const ROLE_OPTIONS: readonly Role[] = ['LEARNER', 'TRAINER', 'PARTNER', 'SUPERVISOR', 'ADMIN'];
export const ASN_TYPE_OPTIONS: readonly AsnType[] = ['PNS', 'CPNS', 'PPPK'];
export const ORG_UNIT_KIND_OPTIONS: readonly OrgUnitKind[] = ['INSTANSI', 'UNIT_KERJA'];
export const INSTITUTION_KIND_OPTIONS: readonly InstitutionKind[] = ['UNIVERSITY', 'TRAINING_CENTER', 'OTHER'];

/** Empty form fields travel to the API as null. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed ? trimmed : null;
}
