import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, model, resource, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { toPortalError } from '@tunas/portal/data-access';
import { type SupervisedPeoplePage, type SupervisedPeopleStatus, SupervisionApi } from '@tunas/portal/data-access/supervision';
import { ErrorAlertComponent, TranslatedPaginatorIntl } from '@tunas/portal/ui';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { PeopleTableComponent } from './people-table.component';
import { DEFAULT_PEOPLE_SORT, PEOPLE_PAGE_SIZES, PEOPLE_STATUSES, type PeopleSort, peopleView } from './people-table.util';

/**
 * The people of the dashboard a page at a time: a search by name or NIP (sent once typing pauses), a status filter,
 * sortable columns and a paginator, all answered by the server, so an office of thousands loads as fast as a
 * team of five. A new search, filter, order, year or unit starts again at the first page.
 */
@Component({
  selector: 'tunas-supervised-people',
  imports: [MatFormFieldModule, MatInputModule, MatPaginatorModule, MatProgressBarModule, TranslocoPipe, ErrorAlertComponent, PeopleTableComponent],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="controls" role="search" [attr.aria-label]="'supervision.people.filters' | transloco">
      <mat-form-field class="controls__search" subscriptSizing="dynamic">
        <mat-label>{{ 'supervision.people.search' | transloco }}</mat-label>
        <input
          matInput
          #searchBox
          type="search"
          maxlength="100"
          autocomplete="off"
          [value]="searchInput()"
          (input)="searchInput.set(searchBox.value)"
          data-testid="supervision-search"
        />
        <mat-hint>{{ 'supervision.people.searchHint' | transloco }}</mat-hint>
      </mat-form-field>
      <mat-form-field class="controls__status" subscriptSizing="dynamic">
        <mat-label>{{ 'supervision.people.status' | transloco }}</mat-label>
        <select matNativeControl #statusBox [value]="status()" (change)="status.set(statusOf(statusBox.value))" data-testid="supervision-status">
          @for (option of statuses; track option) {
            <option [value]="option">{{ 'supervision.people.statuses.' + option | transloco }}</option>
          }
        </select>
      </mat-form-field>
    </div>

    <div class="progress">
      @if (people.isLoading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'supervision.loading' | transloco" />
      }
    </div>
    @if (loadError(); as failure) {
      <tunas-error-alert [message]="failure.message" />
    }
    <p class="cdk-visually-hidden" role="status" data-testid="supervision-people-found">
      @if (shown(); as page) {
        {{ 'supervision.people.found' | transloco: { count: page.total } }}
      }
    </p>

    @if (shown(); as page) {
      <tunas-people-table [rows]="page.items" [total]="page.total" [year]="year()" [(sort)]="sort" [(selected)]="selected" [attr.aria-busy]="people.isLoading()" />
      @if (page.total > 0) {
        <mat-paginator
          [length]="page.total"
          [pageIndex]="pageIndex()"
          [pageSize]="pageSize()"
          [pageSizeOptions]="pageSizes"
          [showFirstLastButtons]="true"
          (page)="changePage($event)"
          [attr.aria-label]="'supervision.people.pages' | transloco"
          data-testid="supervision-paginator"
        />
      }
    }
  `,
  styles: `
    :host { display: flex; flex-direction: column; gap: 8px; min-width: 0; }
    .controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
    .controls__search { flex: 2 1 220px; max-width: 420px; }
    .controls__status { flex: 1 1 160px; max-width: 240px; }
    .progress { min-height: 4px; }
    mat-paginator { background: transparent; }
  `,
})
export class SupervisedPeopleComponent {
  private readonly api = inject(SupervisionApi);

  readonly year = input.required<number>();
  readonly unitId = input<string | null>(null);
  /** The people chosen for a reminder, by id with their names. */
  readonly selected = model<ReadonlyMap<string, string>>(new Map());

  protected readonly statuses = PEOPLE_STATUSES;
  protected readonly pageSizes = [...PEOPLE_PAGE_SIZES];

  protected readonly searchInput = signal('');
  private readonly search = toSignal(toObservable(this.searchInput).pipe(debounceTime(300), distinctUntilChanged()), { initialValue: '' });
  protected readonly status = signal<SupervisedPeopleStatus>('ALL');
  protected readonly sort = signal<PeopleSort>(DEFAULT_PEOPLE_SORT);
  protected readonly pageSize = signal(PEOPLE_PAGE_SIZES[0]);
  /** Back to the first page whenever what is asked for changes. */
  protected readonly pageIndex = linkedSignal({
    source: () => ({ year: this.year(), unitId: this.unitId(), search: this.search().trim(), status: this.status(), sort: this.sort() }),
    computation: () => 0,
  });

  protected readonly people = resource({
    params: () => ({
      year: this.year(),
      unitId: this.unitId(),
      view: peopleView({ search: this.search(), status: this.status(), sort: this.sort(), pageIndex: this.pageIndex(), pageSize: this.pageSize() }),
    }),
    loader: ({ params }) => this.api.people(params.year, params.unitId, params.view),
  });

  /** The last page that arrived, kept on screen while the next one loads (no flicker while typing). */
  protected readonly shown = linkedSignal<SupervisedPeoplePage | undefined, SupervisedPeoplePage | null>({
    source: () => (this.people.hasValue() ? this.people.value() : undefined),
    computation: (page, previous) => page ?? previous?.value ?? null,
  });

  protected readonly loadError = computed(() => {
    const error = this.people.error();
    return error ? toPortalError(error) : null;
  });

  protected statusOf(value: string): SupervisedPeopleStatus {
    return PEOPLE_STATUSES.find((status) => status === value) ?? 'ALL';
  }

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }
}
