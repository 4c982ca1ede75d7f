/**
 * Employment status of an ASN (Aparatur Sipil Negara):
 * PNS (civil servant), CPNS (candidate civil servant), PPPK (government employee on contract).
 */
export enum AsnType {
  PNS = 'PNS',
  CPNS = 'CPNS',
  PPPK = 'PPPK',
}

export const ALL_ASN_TYPES: readonly AsnType[] = Object.values(AsnType);

export function parseAsnType(value: string): AsnType | null {
  const normalised = value.trim().toUpperCase();
  return (ALL_ASN_TYPES as readonly string[]).includes(normalised) ? (normalised as AsnType) : null;
}
