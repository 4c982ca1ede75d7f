import { BadgeKind, dueBadges } from './badge-rules';

describe('dueBadges', () => {
  const facts = { userId: 'ani', completedCourses: 0, coreTopicsCompleted: 0, year: 2026, jp: 0, target: 20 };

  it('awards nothing before the first completion', () => {
    expect(dueBadges(facts)).toEqual([]);
  });

  it('awards the first course, the year’s target and the three core topics, each under its own key', () => {
    expect(dueBadges({ ...facts, completedCourses: 4, coreTopicsCompleted: 3, jp: 21 })).toEqual([
      { userId: 'ani', kind: BadgeKind.FIRST_COURSE, awardKey: 'FIRST_COURSE', year: null },
      { userId: 'ani', kind: BadgeKind.JP_TARGET_REACHED, awardKey: 'JP_TARGET_REACHED:2026', year: 2026 },
      { userId: 'ani', kind: BadgeKind.CORE_TOPICS, awardKey: 'CORE_TOPICS', year: null },
    ]);
  });

  it('does not award the target one JP short of it', () => {
    expect(dueBadges({ ...facts, completedCourses: 2, jp: 19 }).map((badge) => badge.kind)).toEqual([BadgeKind.FIRST_COURSE]);
  });
});
