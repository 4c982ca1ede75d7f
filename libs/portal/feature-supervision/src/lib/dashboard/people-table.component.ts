import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SupervisedPersonRow } from '@tunas/portal/data-access/supervision';
import { DEFAULT_PEOPLE_SORT, type PeopleSort, type PeopleSortKey, toggledSort } from './people-table.util';

interface Column {
  readonly key: PeopleSortKey;
  readonly labelKey: string;
}

/**
 * One page of the people a supervisor oversees, as the server sorted it: a heading button per column asks for
 * another order, a checkbox per person chooses them for a reminder (choices survive paging). On a phone the table
 * scrolls sideways inside its own region, not the page.
 */
@Component({
  selector: 'tunas-people-table',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!rows().length) {
      <p class="empty">{{ 'supervision.people.empty' | transloco }}</p>
    } @else {
      <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="'supervision.people.title' | transloco">
        <table data-testid="supervision-people">
          <caption class="cdk-visually-hidden">{{ 'supervision.people.caption' | transloco: { count: total() } }}</caption>
          <thead>
            <tr>
              <th scope="col" class="select">
                <!-- Native checkboxes: an empty mat-checkbox label counts as a hidden label to screen readers. -->
                <input
                  type="checkbox"
                  [checked]="allSelected()"
                  [indeterminate]="someSelected()"
                  (change)="selectAll(checkedOf($event))"
                  [attr.aria-label]="'supervision.people.selectAll' | transloco"
                  data-testid="supervision-select-all"
                />
              </th>
              @for (column of columns; track column.key) {
                <th scope="col" [attr.aria-sort]="ariaSort(column.key)">
                  <button type="button" class="sort" (click)="sortBy(column.key)" [attr.data-testid]="'supervision-sort-' + column.key">
                    {{ column.labelKey | transloco }}
                    <span aria-hidden="true">{{ sortMark(column.key) }}</span>
                  </button>
                </th>
              }
            </tr>
          </thead>
          <tbody>
            @for (person of rows(); track person.userId) {
              <tr [class.behind]="!person.reached" [attr.data-testid]="'supervision-person-' + person.userId">
                <td class="select">
                  <input
                    type="checkbox"
                    [checked]="selected().has(person.userId)"
                    (change)="toggle(person, checkedOf($event))"
                    [attr.aria-label]="'supervision.people.select' | transloco: { name: person.name }"
                  />
                </td>
                <th scope="row">
                  <a [routerLink]="['orang', person.userId]" [queryParams]="{ tahun: year() }">{{ person.name }}</a>
                  @if (person.nip) {
                    <span class="nip">{{ person.nip }}</span>
                  }
                </th>
                <td>{{ person.unitName ?? ('supervision.chart.noUnit' | transloco) }}</td>
                <td>{{ 'supervision.people.jpOfTarget' | transloco: { jp: person.jp, target: person.target } }}</td>
                <td>
                  @if (person.reached) {
                    <span class="reached">{{ 'supervision.people.reached' | transloco }}</span>
                  } @else {
                    {{ 'supervision.people.behindBy' | transloco: { jp: person.behindBy } }}
                  }
                </td>
                <td>{{ person.completions }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    :host { display: flex; flex-direction: column; gap: 8px; min-width: 0; }
    .empty { padding: 16px; border-radius: 12px; background: var(--mat-sys-surface-container-low); }
    .table-scroll { overflow-x: auto; max-width: 100%; }
    .table-scroll:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    table { border-collapse: collapse; width: 100%; font: var(--mat-sys-body-medium); }
    th, td { padding: 6px 10px; text-align: start; border-bottom: 1px solid var(--mat-sys-outline-variant); white-space: nowrap; }
    th[scope='row'] { font-weight: 500; }
    td.select, th.select { width: 48px; padding: 0 4px; text-align: center; }
    input[type='checkbox'] { width: 20px; height: 20px; margin: 12px; accent-color: var(--mat-sys-primary); cursor: pointer; }
    .sort { border: 0; background: none; padding: 4px 0; font: var(--mat-sys-label-large); color: inherit; cursor: pointer; }
    .sort:focus-visible { outline: 2px solid var(--mat-sys-primary); }
    .nip { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    tr.behind td:nth-child(5) { color: var(--mat-sys-error); }
    .reached { color: var(--mat-sys-primary); }
  `,
})
export class PeopleTableComponent {
  /** The page to show, in the order the server sorted it. */
  readonly rows = input.required<readonly SupervisedPersonRow[]>();
  /** How many people match on every page, for screen readers. */
  readonly total = input(0);
  readonly year = input.required<number>();
  readonly sort = model<PeopleSort>(DEFAULT_PEOPLE_SORT);
  /** The people chosen for a reminder, by id with their names (they may be on other pages). */
  readonly selected = model<ReadonlyMap<string, string>>(new Map());

  protected readonly columns: readonly Column[] = [
    { key: 'name', labelKey: 'supervision.people.name' },
    { key: 'unit', labelKey: 'supervision.people.unit' },
    { key: 'jp', labelKey: 'supervision.people.jp' },
    { key: 'behindBy', labelKey: 'supervision.people.behind' },
    { key: 'completions', labelKey: 'supervision.people.completions' },
  ];

  protected readonly allSelected = computed(() => this.rows().length > 0 && this.rows().every((row) => this.selected().has(row.userId)));
  protected readonly someSelected = computed(() => !this.allSelected() && this.rows().some((row) => this.selected().has(row.userId)));

  protected sortBy(key: PeopleSortKey): void {
    this.sort.update((current) => toggledSort(current, key));
  }

  protected ariaSort(key: PeopleSortKey): 'ascending' | 'descending' | null {
    const sort = this.sort();
    if (sort.key !== key) return null;
    return sort.direction === 'asc' ? 'ascending' : 'descending';
  }

  protected sortMark(key: PeopleSortKey): string {
    const sort = this.sort();
    if (sort.key !== key) return '';
    return sort.direction === 'asc' ? '▲' : '▼';
  }

  protected checkedOf(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected toggle(person: SupervisedPersonRow, checked: boolean): void {
    const next = new Map(this.selected());
    if (checked) next.set(person.userId, person.name);
    else next.delete(person.userId);
    this.selected.set(next);
  }

  /** Selects or clears the people of this page; those of other pages keep their choice. */
  protected selectAll(checked: boolean): void {
    const next = new Map(this.selected());
    for (const row of this.rows()) {
      if (checked) next.set(row.userId, row.name);
      else next.delete(row.userId);
    }
    this.selected.set(next);
  }
}
