import type { SupervisedPersonRow } from '@tunas/portal/data-access/supervision';

export type PeopleSortKey = 'name' | 'unit' | 'jp' | 'behindBy' | 'completions';
export type SortDirection = 'asc' | 'desc';

export interface PeopleSort {
  readonly key: PeopleSortKey;
  readonly direction: SortDirection;
}

export interface PeopleView {
  readonly onlyBehind: boolean;
  readonly sort: PeopleSort;
}

/** Those behind first, most behind first: whom a supervisor most likely wants to see. */
export const DEFAULT_PEOPLE_VIEW: PeopleView = { onlyBehind: false, sort: { key: 'behindBy', direction: 'desc' } };

const COLLATOR = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** The people table as shown: optionally only those behind on their target, sorted, ties broken by name. */
export function visiblePeople(people: readonly SupervisedPersonRow[], view: PeopleView): SupervisedPersonRow[] {
  const sign = view.sort.direction === 'asc' ? 1 : -1;
  return people
    .filter((person) => !view.onlyBehind || !person.reached)
    .sort((a, b) => sign * compareBy(view.sort.key, a, b) || COLLATOR.compare(a.name, b.name));
}

/** Clicking the sorted column again turns it round; another column starts in its natural direction. */
export function toggledSort(current: PeopleSort, key: PeopleSortKey): PeopleSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: key === 'name' || key === 'unit' ? 'asc' : 'desc' };
}

function compareBy(key: PeopleSortKey, a: SupervisedPersonRow, b: SupervisedPersonRow): number {
  switch (key) {
    case 'name':
      return COLLATOR.compare(a.name, b.name);
    case 'unit':
      return COLLATOR.compare(a.unitName ?? '', b.unitName ?? '');
    case 'jp':
      return a.jp - b.jp;
    case 'behindBy':
      return a.behindBy - b.behindBy;
    case 'completions':
      return a.completions - b.completions;
  }
}
