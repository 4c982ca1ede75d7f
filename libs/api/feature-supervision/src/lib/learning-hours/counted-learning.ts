/** One piece of learning that counts toward a person's yearly JP. */
export interface CountedLearning {
  userId: string;
  courseId: string | null;
  title: string;
  jpHours: number;
  competencyType: string;
  completedAt: Date;
  /** The final score in percent, when the course had graded quizzes. */
  score: number | null;
}

/** The yearly target when nothing else is configured for the person's ASN type. */
export const DEFAULT_JP_TARGET = 20;

export interface JpStanding {
  jp: number;
  target: number;
  reached: boolean;
  behindBy: number;
}

export function jpStanding(jp: number, target: number): JpStanding {
  return { jp, target, reached: jp >= target, behindBy: Math.max(0, target - jp) };
}
