import { assertUnreachable } from '@tunas/shared/contracts';

/** The milestones a learner is recognised for. */
export enum BadgeKind {
  FIRST_COURSE = 'FIRST_COURSE',
  JP_TARGET_REACHED = 'JP_TARGET_REACHED',
  CORE_TOPICS = 'CORE_TOPICS',
}

/** The three core topics of the platform (seeded with the courses schema). */
export const CORE_TOPIC_CODES = ['MANAJEMEN_PROYEK', 'FASILITASI', 'PEMANFAATAN_TI'] as const;

export interface BadgeFacts {
  userId: string;
  completedCourses: number;
  coreTopicsCompleted: number;
  year: number;
  jp: number;
  target: number;
}

export interface DueBadge {
  userId: string;
  kind: BadgeKind;
  /** Unique per person: a badge with the same key is never awarded twice. */
  awardKey: string;
  year: number | null;
}

/** Every badge the facts earn; the database keeps only the first award of each key. */
export function dueBadges(facts: BadgeFacts): DueBadge[] {
  const due: DueBadge[] = [];
  const badge = (kind: BadgeKind, year: number | null): DueBadge => ({ userId: facts.userId, kind, awardKey: year === null ? kind : `${kind}:${year}`, year });
  if (facts.completedCourses > 0) due.push(badge(BadgeKind.FIRST_COURSE, null));
  if (facts.target > 0 && facts.jp >= facts.target) due.push(badge(BadgeKind.JP_TARGET_REACHED, facts.year));
  if (facts.coreTopicsCompleted >= CORE_TOPIC_CODES.length) due.push(badge(BadgeKind.CORE_TOPICS, null));
  return due;
}

export function badgeTitle(kind: BadgeKind, year: number | null): string {
  switch (kind) {
    case BadgeKind.FIRST_COURSE:
      return 'Kursus pertama selesai';
    case BadgeKind.JP_TARGET_REACHED:
      return `Target JP ${year ?? ''} tercapai`.replace('  ', ' ');
    case BadgeKind.CORE_TOPICS:
      return 'Tiga topik inti tuntas';
    default:
      return assertUnreachable(kind);
  }
}
