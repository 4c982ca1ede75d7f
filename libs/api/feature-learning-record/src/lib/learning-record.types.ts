import { registerEnumType } from '@nestjs/graphql';

/** The three ASN competency types (Permenpan-RB 38/2017); the courses feature uses the same words. */
export const COMPETENCY_TYPES = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'] as const;
export type CompetencyType = (typeof COMPETENCY_TYPES)[number];

/**
 * The route of competency development (Peraturan LAN 10/2018): KLASIKAL is face-to-face learning (pelatihan,
 * seminar, workshop, bimtek, kursus, penataran); NON_KLASIKAL is everything else (coaching, mentoring,
 * e-learning elsewhere, magang, detasering). E_LEARNING is the non-classical e-learning of a Tunas course; only
 * completions get it, claims are KLASIKAL or NON_KLASIKAL.
 */
export enum LearningRoute {
  E_LEARNING = 'E_LEARNING',
  KLASIKAL = 'KLASIKAL',
  NON_KLASIKAL = 'NON_KLASIKAL',
}
registerEnumType(LearningRoute, { name: 'LearningRoute', description: 'E_LEARNING (a Tunas course), KLASIKAL or NON_KLASIKAL (learning elsewhere)' });

export enum LearningRecordSource {
  COURSE = 'COURSE',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(LearningRecordSource, { name: 'LearningRecordSource', description: 'A Tunas course completion, or an approved external claim' });

export enum ExternalLearningStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ExternalLearningStatus, { name: 'ExternalLearningStatus', description: 'Only APPROVED claims count toward JP' });

export enum ExternalLearningDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ExternalLearningDecision, { name: 'ExternalLearningDecision' });

/** The yearly target for an ASN type without a row in `jp_targets`, and for people without an ASN type. */
export const DEFAULT_JP_TARGET = 20;

/** Who counts as a Tunas course's provider when no institution owns it. */
export const DEFAULT_PROVIDER = 'Tunas';
