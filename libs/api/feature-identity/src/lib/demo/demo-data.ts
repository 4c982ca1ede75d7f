import { AsnType, InstitutionKind, OrgUnitKind, Role } from '@tunas/shared/contracts';

/** One shared password for every demo account; printed in the README. Demo mode only. */
export const DEMO_PASSWORD = 'Tunas#2026';

export interface DemoUnit {
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentCode: string | null;
}

/** Kota Palangka Raya with Kecamatan Rakumpit and its seven kelurahan, plus the agencies that run training. */
export const DEMO_UNITS: readonly DemoUnit[] = [
  { code: 'PKY', name: 'Pemerintah Kota Palangka Raya', kind: OrgUnitKind.INSTANSI, parentCode: null },
  { code: 'PKY-BKPSDM', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', kind: OrgUnitKind.UNIT_KERJA, parentCode: 'PKY' },
  { code: 'PKY-DISKOMINFO', name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian', kind: OrgUnitKind.UNIT_KERJA, parentCode: 'PKY' },
  { code: 'PKY-RKP', name: 'Kecamatan Rakumpit', kind: OrgUnitKind.UNIT_KERJA, parentCode: 'PKY' },
  { code: 'PKY-RKP-PTB', name: 'Kelurahan Petuk Bukit', kind: OrgUnitKind.UNIT_KERJA, parentCode: 'PKY-RKP' },
  { code: 'PKY-RKP-PGR', name: 'Kelurahan Pager', kind: OrgUnitKind.UNIT_KERJA, parentCode: 'PKY-RKP' },
  { code: 'PKY-RKP-PJH', name: 'Kelurahan Panjehang', kind: OrgUnitKind.UNIT_KERJA, parentCode: 'PKY-RKP' },
  { code: 'PKY-RKP-GBR', name: 'Kelurahan Gaung Baru', kind: OrgUnitKind.UNIT_KERJA, parentCode: 'PKY-RKP' },
  { code: 'PKY-RKP-PBR', name: 'Kelurahan Petuk Barunai', kind: OrgUnitKind.UNIT_KERJA, parentCode: 'PKY-RKP' },
  { code: 'PKY-RKP-MKB', name: 'Kelurahan Mungku Baru', kind: OrgUnitKind.UNIT_KERJA, parentCode: 'PKY-RKP' },
  { code: 'PKY-RKP-BKS', name: 'Kelurahan Bukit Sua', kind: OrgUnitKind.UNIT_KERJA, parentCode: 'PKY-RKP' },
];

export const DEMO_INSTITUTION = { name: 'Universitas Palangka Raya', shortName: 'UPR', kind: InstitutionKind.UNIVERSITY };

export interface DemoUser {
  key: string;
  email: string;
  name: string;
  nip: string | null;
  asnType: AsnType | null;
  position: string;
  unitCode: string | null;
  supervisorKey: string | null;
  partner: boolean;
  roles: Role[];
}

/** Supervisors first, so that the people who report to them can point at them. */
export const DEMO_USERS: readonly DemoUser[] = [
  { key: 'pimpinan', email: 'pimpinan@tunas.test', name: 'Bambang Irawan, S.Sos., M.AP', nip: '197505202000031002', asnType: AsnType.PNS, position: 'Camat Rakumpit', unitCode: 'PKY-RKP', supervisorKey: null, partner: false, roles: [Role.SUPERVISOR, Role.LEARNER] },
  { key: 'pelajar', email: 'pelajar@tunas.test', name: 'Dewi Lestari, S.E.', nip: '199003152015032001', asnType: AsnType.PNS, position: 'Pengelola Layanan Kelurahan', unitCode: 'PKY-RKP-PTB', supervisorKey: 'pimpinan', partner: false, roles: [Role.LEARNER] },
  { key: 'pelatih', email: 'pelatih@tunas.test', name: 'Ahmad Fauzi, S.Kom., M.T.', nip: '198207102008011003', asnType: AsnType.PNS, position: 'Widyaiswara Ahli Muda', unitCode: 'PKY-BKPSDM', supervisorKey: null, partner: false, roles: [Role.TRAINER, Role.LEARNER] },
  { key: 'mitra', email: 'mitra@tunas.test', name: 'Dr. Maria Ulfah, M.Pd.', nip: null, asnType: null, position: 'Dosen Fakultas Keguruan dan Ilmu Pendidikan', unitCode: null, supervisorKey: null, partner: true, roles: [Role.PARTNER] },
  { key: 'admin', email: 'admin@tunas.test', name: 'Siti Rahmawati, S.Kom.', nip: '198811232012122001', asnType: AsnType.PNS, position: 'Pranata Komputer Ahli Pertama', unitCode: 'PKY-BKPSDM', supervisorKey: null, partner: false, roles: [Role.ADMIN] },
];
