import type { FormArray } from '@angular/forms';

/**
 * A short id for a new row (`c3`, `p4`) that no existing row uses. Existing ids are kept as they are: they
 * travel in stored responses, so renaming one would break attempts already taken.
 */
export function nextRowId(prefix: string, existingIds: readonly string[]): string {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  const highest = existingIds.reduce((max, id) => Math.max(max, Number(pattern.exec(id)?.[1] ?? 0)), 0);
  return `${prefix}${highest + 1}`;
}

/** Moves a row of a form array by one place; does nothing past either end. */
export function moveRow(rows: FormArray, index: number, offset: -1 | 1): void {
  const target = index + offset;
  const row = rows.controls[index];
  if (!row || target < 0 || target >= rows.length) {
    return;
  }
  rows.removeAt(index, { emitEvent: false });
  rows.insert(target, row);
}
