import { CourseStructure, isSafeUpgrade, requiredActivityIds } from './course-structure';

const page = (id: string, required = true) => ({ id, type: 'page', schemaVersion: 1, title: id, required, content: { markdown: id } });
const structure = (modules: Array<{ id: string; requiresPrevious?: boolean; activities: ReturnType<typeof page>[] }>): CourseStructure => ({
  modules: modules.map((module) => ({ id: module.id, title: module.id, summary: '', requiresPrevious: module.requiresPrevious ?? false, activities: module.activities })),
});

describe('isSafeUpgrade', () => {
  const v1 = structure([{ id: 'm1', activities: [page('a'), page('b')] }]);

  it('allows text edits and new optional activities', () => {
    const edited = structure([{ id: 'm1', activities: [{ ...page('a'), title: 'Baru', content: { markdown: 'baru' } }, page('b'), page('c', false)] }]);
    expect(isSafeUpgrade(v1, edited)).toBe(true);
  });

  it('refuses a new required activity, a removed one, a reordering across modules or a new prerequisite', () => {
    expect(isSafeUpgrade(v1, structure([{ id: 'm1', activities: [page('a'), page('b'), page('c')] }]))).toBe(false);
    expect(isSafeUpgrade(v1, structure([{ id: 'm1', activities: [page('a')] }]))).toBe(false);
    expect(isSafeUpgrade(v1, structure([{ id: 'm1', activities: [page('a')] }, { id: 'm2', activities: [page('b')] }]))).toBe(false);
    expect(isSafeUpgrade(v1, structure([{ id: 'm1', requiresPrevious: true, activities: [page('a'), page('b')] }]))).toBe(false);
  });

  it('lists required activities in course order', () => {
    expect(requiredActivityIds(structure([{ id: 'm1', activities: [page('a'), page('x', false)] }, { id: 'm2', activities: [page('b')] }]))).toEqual(['a', 'b']);
  });
});
