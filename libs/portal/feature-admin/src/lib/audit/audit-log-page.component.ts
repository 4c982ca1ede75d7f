import { DatePipe, JsonPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuditApi, type AuditEventRow, toPortalError } from '@tunas/portal/data-access';
import { ErrorAlertComponent, TranslatedPaginatorIntl } from '@tunas/portal/ui';
import { debounceTime, distinctUntilChanged } from 'rxjs';

/** Kinds of object the API audits (see AuditLog callers); the filter also accepts any other value typed in. */
const OBJECT_TYPES = ['User', 'Course', 'Certificate', 'CertificateTemplate', 'QuestionBank', 'QuizAttempt', 'Material', 'ExternalLearningClaim', 'JpTarget'] as const;

/**
 * The append-only audit log for admins: who did what to which object, newest first, filterable by action, kind of
 * object, object id and period. Rows cannot be edited or deleted here or anywhere else (the database refuses it).
 */
@Component({
  selector: 'tunas-audit-log-page',
  imports: [DatePipe, JsonPipe, MatFormFieldModule, MatInputModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule, TranslocoPipe, ErrorAlertComponent],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tunas-page-header">
      <div>
        <h1>{{ 'audit.title' | transloco }}</h1>
        <p>{{ 'audit.intro' | transloco }}</p>
      </div>
    </div>

    <form class="audit-filters" role="search" [attr.aria-label]="'audit.filters' | transloco" (submit)="$event.preventDefault()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'audit.action' | transloco }}</mat-label>
        <input matInput name="action" data-testid="audit-action" [value]="action()" (input)="action.set($any($event.target).value)" placeholder="certificate.revoked" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'audit.objectType' | transloco }}</mat-label>
        <mat-select [value]="objectType()" (valueChange)="objectType.set($event); pageIndex.set(0)">
          <mat-option value="">{{ 'audit.anyType' | transloco }}</mat-option>
          @for (type of objectTypes; track type) {
            <mat-option [value]="type">{{ type }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'audit.from' | transloco }}</mat-label>
        <input matInput type="date" name="from" [value]="from()" (change)="from.set($any($event.target).value); pageIndex.set(0)" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'audit.to' | transloco }}</mat-label>
        <input matInput type="date" name="to" [value]="to()" (change)="to.set($any($event.target).value); pageIndex.set(0)" />
      </mat-form-field>
    </form>

    @if (loadError(); as error) {
      <tunas-error-alert [message]="error.message" />
    }
    <p class="audit-count" aria-live="polite">{{ 'audit.count' | transloco: { count: total() } }}</p>
    <div class="audit-list" [attr.aria-busy]="events.isLoading()">
      @if (events.isLoading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      }
      <ol class="audit-events" data-testid="audit-events">
        @for (event of rows(); track event.id) {
          <li class="audit-event">
            <div class="audit-event-head">
              <time [attr.datetime]="event.createdAt">{{ event.createdAt | date: 'd MMM y, HH:mm:ss' }}</time>
              <code class="audit-action">{{ event.action }}</code>
            </div>
            <p class="audit-summary">{{ event.summary }}</p>
            <p class="audit-object">{{ event.objectType }} <code>{{ event.objectId }}</code> · {{ 'audit.actor' | transloco }} <code>{{ event.actorId }}</code></p>
            @if (event.details) {
              <details>
                <summary>{{ 'audit.details' | transloco }}</summary>
                <pre>{{ event.details | json }}</pre>
              </details>
            }
          </li>
        } @empty {
          @if (events.hasValue()) {
            <li class="audit-empty">{{ 'audit.empty' | transloco }}</li>
          }
        }
      </ol>
      <mat-paginator [length]="total()" [pageIndex]="pageIndex()" [pageSize]="pageSize()" [pageSizeOptions]="[20, 50, 100]" (page)="changePage($event)" />
    </div>
  `,
  styles: `
    .audit-filters { display: flex; flex-wrap: wrap; gap: 0 12px; }
    .audit-filters mat-form-field { flex: 1 1 180px; }
    .audit-count { margin: 0 0 8px; color: var(--mat-sys-on-surface-variant); }
    .audit-events { list-style: none; margin: 0; padding: 0; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .audit-event { padding: 12px 16px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .audit-event:last-child { border-bottom: 0; }
    .audit-event-head { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: baseline; }
    .audit-event-head time { font-weight: 500; }
    .audit-action { background: var(--mat-sys-surface-container); padding: 2px 6px; border-radius: 6px; }
    .audit-summary { margin: 4px 0; }
    .audit-object { margin: 0; font-size: 0.875rem; color: var(--mat-sys-on-surface-variant); overflow-wrap: anywhere; }
    .audit-empty { padding: 16px; color: var(--mat-sys-on-surface-variant); }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.8125rem; margin: 4px 0 0; }
  `,
})
export class AuditLogPageComponent {
  private readonly api = inject(AuditApi);

  protected readonly objectTypes = OBJECT_TYPES;
  protected readonly action = signal('');
  protected readonly objectType = signal('');
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  /** Typing in the action box waits for a pause before asking the server. */
  private readonly debouncedAction = toSignal(toObservable(this.action).pipe(debounceTime(300), distinctUntilChanged()), { initialValue: '' });

  protected readonly events = resource({
    params: () => ({
      action: this.debouncedAction().trim(),
      objectType: this.objectType(),
      from: this.from(),
      to: this.to(),
      offset: this.pageIndex() * this.pageSize(),
      limit: this.pageSize(),
    }),
    loader: ({ params }) =>
      this.api.events(
        {
          action: params.action || undefined,
          objectType: params.objectType || undefined,
          from: params.from ? new Date(`${params.from}T00:00:00`).toISOString() : undefined,
          // The "to" day is included: the API's bound is exclusive, so ask up to the next midnight.
          to: params.to ? new Date(new Date(`${params.to}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined,
        },
        params.offset,
        params.limit,
      ),
  });
  protected readonly rows = computed<readonly AuditEventRow[]>(() => (this.events.hasValue() ? this.events.value().items : []));
  protected readonly total = computed(() => (this.events.hasValue() ? this.events.value().total : 0));
  protected readonly loadError = computed(() => {
    const error = this.events.error();
    return error ? toPortalError(error) : null;
  });

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }
}
