import { DEFAULT_PEOPLE_SORT, peopleView, toggledSort } from './people-table.util';

describe('peopleView', () => {
  it('asks for the most behind first on the first page by default', () => {
    expect(peopleView({ search: '', status: 'ALL', sort: DEFAULT_PEOPLE_SORT, pageIndex: 0, pageSize: 25 })).toEqual({
      search: null,
      status: 'ALL',
      orderBy: 'BEHIND_BY',
      descending: true,
      offset: 0,
      limit: 25,
    });
  });

  it('turns a page number into an offset and trims the search', () => {
    expect(peopleView({ search: '  dewi ', status: 'BEHIND', sort: { key: 'name', direction: 'asc' }, pageIndex: 3, pageSize: 50 })).toEqual({
      search: 'dewi',
      status: 'BEHIND',
      orderBy: 'NAME',
      descending: false,
      offset: 150,
      limit: 50,
    });
  });

  it('names each column as the API does', () => {
    const orderOf = (key: 'unit' | 'jp' | 'completions') => peopleView({ search: '', status: 'ALL', sort: { key, direction: 'asc' }, pageIndex: 0, pageSize: 25 }).orderBy;
    expect([orderOf('unit'), orderOf('jp'), orderOf('completions')]).toEqual(['UNIT', 'JP', 'COMPLETIONS']);
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
