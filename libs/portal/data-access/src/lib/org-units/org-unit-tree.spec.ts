import { type OrgUnit, type OrgUnitNode, buildOrgUnitTree, flattenOrgUnitTree, subtreeIds } from './org-unit-tree';

function unit(id: string, name: string, parentId: string | null = null): OrgUnit {
  return { id, name, parentId, code: null, kind: parentId ? 'UNIT_KERJA' : 'INSTANSI', version: 1 };
}

function shape(nodes: readonly OrgUnitNode[]): unknown[] {
  return nodes.map((node) => (node.children.length ? { [node.unit.name]: shape(node.children) } : node.unit.name));
}

describe('buildOrgUnitTree', () => {
  it('builds nested units from the flat list, siblings sorted by name', () => {
    const tree = buildOrgUnitTree([
      unit('3', 'Sekretariat', '1'),
      unit('1', 'Kementerian PANRB'),
      unit('4', 'Bagian Umum', '3'),
      unit('2', 'Deputi SDM Aparatur', '1'),
      unit('5', 'BKN'),
    ]);

    expect(shape(tree)).toEqual([
      'BKN',
      { 'Kementerian PANRB': ['Deputi SDM Aparatur', { Sekretariat: ['Bagian Umum'] }] },
    ]);
    expect(tree[1].children[1].children[0].depth).toBe(2);
  });

  it('sorts numbers inside names naturally', () => {
    const tree = buildOrgUnitTree([unit('a', 'Bidang 10'), unit('b', 'Bidang 2')]);

    expect(shape(tree)).toEqual(['Bidang 2', 'Bidang 10']);
  });

  it('shows a unit whose parent is missing as a root instead of losing it', () => {
    expect(shape(buildOrgUnitTree([unit('x', 'Yatim', 'gone')]))).toEqual(['Yatim']);
  });

  it('breaks a parent loop so that every unit appears exactly once', () => {
    const units = [unit('a', 'A', 'b'), unit('b', 'B', 'a'), unit('c', 'C', 'a')];

    const ids = flattenOrgUnitTree(buildOrgUnitTree(units)).map((node) => node.unit.id);

    expect(ids.sort()).toEqual(['a', 'b', 'c']);
  });

  it('returns an empty tree for no units', () => {
    expect(buildOrgUnitTree([])).toEqual([]);
  });
});

describe('subtreeIds', () => {
  it('collects a unit and all its descendants, which cannot become its parent', () => {
    const units = [unit('1', 'Root'), unit('2', 'Child', '1'), unit('3', 'Grandchild', '2'), unit('4', 'Other')];

    expect([...subtreeIds(units, '1')].sort()).toEqual(['1', '2', '3']);
    expect([...subtreeIds(units, '4')]).toEqual(['4']);
  });
});
