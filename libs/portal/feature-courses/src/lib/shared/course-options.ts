import type { CompetencyType, CourseLevel } from '@tunas/portal/data-access/courses';

export const COURSE_LEVELS: readonly CourseLevel[] = ['DASAR', 'MENENGAH', 'LANJUT'];
export const COMPETENCY_TYPES: readonly CompetencyType[] = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'];

/** Translation keys: `courses.levels.DASAR`, `courses.competencyTypes.TEKNIS`, ... */
export const levelKey = (level: CourseLevel): string => `courses.levels.${level}`;
export const competencyKey = (type: CompetencyType): string => `courses.competencyTypes.${type}`;
