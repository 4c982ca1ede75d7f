import type { OrgUnitFieldsFragment } from '../generated/graphql';

export type OrgUnit = OrgUnitFieldsFragment;

export interface OrgUnitNode {
  readonly unit: OrgUnit;
  readonly depth: number;
  readonly children: readonly OrgUnitNode[];
}

/**
 * Builds the org-unit tree from the API's flat list (each unit names its parent).
 * Siblings are sorted by name. A unit whose parent is not in the list becomes a root; a parent
 * loop (bad data) is cut at one of its members, so every unit appears exactly once.
 */
export function buildOrgUnitTree(units: readonly OrgUnit[]): OrgUnitNode[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const childrenOf = new Map<string, OrgUnit[]>();
  for (const unit of units) {
    if (unit.parentId && byId.has(unit.parentId)) {
      childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit]);
    }
  }
  const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
  const byName = (list: readonly OrgUnit[]) => [...list].sort((a, b) => collator.compare(a.name, b.name));
  const visited = new Set<string>();
  const build = (unit: OrgUnit, depth: number): OrgUnitNode => {
    visited.add(unit.id);
    const children = byName(childrenOf.get(unit.id) ?? []).filter((child) => !visited.has(child.id));
    return { unit, depth, children: children.map((child) => build(child, depth + 1)) };
  };

  const roots = byName(units.filter((unit) => !unit.parentId || !byId.has(unit.parentId))).map((unit) =>
    build(unit, 0),
  );
  for (const unit of byName(units)) {
    if (!visited.has(unit.id)) {
      roots.push(build(firstRepeatedAncestor(unit, byId), 0));
    }
  }
  return roots;
}

/** Flattens a tree depth-first, e.g. for an indented list of options. */
export function flattenOrgUnitTree(nodes: readonly OrgUnitNode[]): OrgUnitNode[] {
  return nodes.flatMap((node) => [node, ...flattenOrgUnitTree(node.children)]);
}

/** Ids of a unit and everything below it: none of these may become its new parent. */
export function subtreeIds(units: readonly OrgUnit[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && ids.has(unit.parentId) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Walks up the parents of a unit that no root reaches until a unit repeats: a member of the loop. */
function firstRepeatedAncestor(unit: OrgUnit, byId: ReadonlyMap<string, OrgUnit>): OrgUnit {
  const seen = new Set<string>();
  let current = unit;
  while (!seen.has(current.id)) {
    seen.add(current.id);
    const parent = current.parentId ? byId.get(current.parentId) : undefined;
    if (!parent) {
      return current;
    }
    current = parent;
  }
  return current;
}
