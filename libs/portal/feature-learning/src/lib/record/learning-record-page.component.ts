import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toPortalError } from '@tunas/portal/data-access';
import { LearningApi } from '@tunas/portal/data-access/learning';
import { ErrorAlertComponent, JpProgressRingComponent } from '@tunas/portal/ui';
import { CalendarDatePipe } from '../shared/calendar-date.pipe';
import { ClaimStatusComponent } from '../shared/claim-status.component';

/** How many past years the selector offers besides the current one. */
const PAST_YEARS = 4;

/** `/catatan-belajar`: the year's JP against the target, by competency type, what counted, claims and badges. */
@Component({
  selector: 'tunas-learning-record-page',
  imports: [
    DecimalPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlertComponent,
    JpProgressRingComponent,
    CalendarDatePipe,
    ClaimStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './learning-record-page.component.html',
  styleUrl: './learning-record-page.component.scss',
})
export class LearningRecordPageComponent {
  private readonly api = inject(LearningApi);

  private readonly currentYear = new Date().getFullYear();
  protected readonly years = Array.from({ length: PAST_YEARS + 1 }, (_, index) => this.currentYear - index);
  protected readonly year = signal(this.currentYear);

  protected readonly record = resource({ params: () => ({ year: this.year() }), loader: ({ params }) => this.api.myLearningRecord(params.year) });
  protected readonly badges = resource({ loader: () => this.api.myBadges() });

  protected readonly current = computed(() => (this.record.hasValue() ? this.record.value() : null));
  /** The largest competency share, so the bars compare with each other rather than with the target. */
  private readonly largestShare = computed(() => Math.max(1, ...(this.current()?.byCompetencyType ?? []).map((item) => item.jpHours)));
  protected readonly competencyBars = computed(() =>
    (this.current()?.byCompetencyType ?? []).map((item) => ({ ...item, percent: Math.round((item.jpHours / this.largestShare()) * 100) })),
  );
  protected readonly earnedBadges = computed(() => (this.badges.hasValue() ? this.badges.value() : []));
  protected readonly loadError = computed(() => {
    const error = this.record.error() ?? this.badges.error();
    return error ? toPortalError(error) : null;
  });

  protected selectYear(year: number): void {
    this.year.set(year);
  }
}
