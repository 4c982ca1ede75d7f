import type { SupervisedPeopleOrder, SupervisedPeopleStatus, SupervisedPeopleView } from '@tunas/portal/data-access/supervision';

export type PeopleSortKey = 'name' | 'unit' | 'jp' | 'behindBy' | 'completions';
export type SortDirection = 'asc' | 'desc';

export interface PeopleSort {
  readonly key: PeopleSortKey;
  readonly direction: SortDirection;
}

/** What the supervisor asked to see of their people; the server searches, filters, sorts and pages. */
export interface PeopleQuery {
  readonly search: string;
  readonly status: SupervisedPeopleStatus;
  readonly sort: PeopleSort;
  readonly pageIndex: number;
  readonly pageSize: number;
}

/** Those behind first, most behind first: whom a supervisor most likely wants to see. */
export const DEFAULT_PEOPLE_SORT: PeopleSort = { key: 'behindBy', direction: 'desc' };
export const PEOPLE_PAGE_SIZES: readonly number[] = [25, 50, 100];
export const PEOPLE_STATUSES: readonly SupervisedPeopleStatus[] = ['ALL', 'BEHIND', 'REACHED'];

const ORDER_OF: Readonly<Record<PeopleSortKey, SupervisedPeopleOrder>> = {
  name: 'NAME',
  unit: 'UNIT',
  jp: 'JP',
  behindBy: 'BEHIND_BY',
  completions: 'COMPLETIONS',
};

/** Clicking the sorted column again turns it round; another column starts in its natural direction. */
export function toggledSort(current: PeopleSort, key: PeopleSortKey): PeopleSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: key === 'name' || key === 'unit' ? 'asc' : 'desc' };
}

/** The supervisedPeople arguments for what the table shows. */
export function peopleView(query: PeopleQuery): SupervisedPeopleView {
  const search = query.search.trim();
  return {
    search: search || null,
    status: query.status,
    orderBy: ORDER_OF[query.sort.key],
    descending: query.sort.direction === 'desc',
    offset: query.pageIndex * query.pageSize,
    limit: query.pageSize,
  };
}
