import type { SupervisedPersonRow } from '@tunas/portal/data-access/supervision';
import { DEFAULT_PEOPLE_VIEW, toggledSort, visiblePeople } from './people-table.util';

function person(name: string, jp: number, target = 20, unitName: string | null = 'Rakumpit'): SupervisedPersonRow {
  return {
    userId: name,
    name,
    nip: null,
    asnType: 'PNS',
    unitId: unitName,
    unitName,
    jp,
    target,
    behindBy: Math.max(0, target - jp),
    reached: jp >= target,
    completions: Math.floor(jp / 4),
    averageScore: null,
  };
}

const PEOPLE = [person('Dewi', 4), person('Bambang', 24, 20, 'Kecamatan'), person('ahmad', 12), person('Citra', 4, 20, null)];

describe('visiblePeople', () => {
  it('puts the most behind first by default, ties by name', () => {
    expect(visiblePeople(PEOPLE, DEFAULT_PEOPLE_VIEW).map((row) => row.name)).toEqual(['Citra', 'Dewi', 'ahmad', 'Bambang']);
  });

  it('keeps only those behind their target with "hanya yang tertinggal"', () => {
    expect(visiblePeople(PEOPLE, { ...DEFAULT_PEOPLE_VIEW, onlyBehind: true }).map((row) => row.name)).not.toContain('Bambang');
  });

  it('sorts names without regard to case', () => {
    expect(visiblePeople(PEOPLE, { onlyBehind: false, sort: { key: 'name', direction: 'asc' } }).map((row) => row.name)).toEqual([
      'ahmad',
      'Bambang',
      'Citra',
      'Dewi',
    ]);
  });

  it('sorts by unit with people without a unit first, and by JP ascending', () => {
    expect(visiblePeople(PEOPLE, { onlyBehind: false, sort: { key: 'unit', direction: 'asc' } })[0].name).toBe('Citra');
    expect(visiblePeople(PEOPLE, { onlyBehind: false, sort: { key: 'jp', direction: 'asc' } }).map((row) => row.jp)).toEqual([4, 4, 12, 24]);
  });

  it('does not reorder the array it was given', () => {
    const copy = [...PEOPLE];
    visiblePeople(PEOPLE, { onlyBehind: false, sort: { key: 'completions', direction: 'desc' } });
    expect(PEOPLE).toEqual(copy);
  });
});

describe('toggledSort', () => {
  it('turns the sorted column round', () => {
    expect(toggledSort({ key: 'jp', direction: 'desc' }, 'jp')).toEqual({ key: 'jp', direction: 'asc' });
  });

  it('starts names A to Z and numbers highest first', () => {
    expect(toggledSort({ key: 'jp', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'asc' });
    expect(toggledSort({ key: 'name', direction: 'asc' }, 'completions')).toEqual({ key: 'completions', direction: 'desc' });
  });
});
