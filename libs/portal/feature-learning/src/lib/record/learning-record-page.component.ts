import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
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
    MatSlideToggleModule,
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
  /** People without a unit (partner staff) have no leaderboard: the section stays hidden for them. */
  protected readonly leaderboard = resource({ params: () => ({ year: this.year() }), loader: ({ params }) => this.api.myUnitLeaderboard(params.year) });
  protected readonly leaderboardBusy = signal(false);
  protected readonly leaderboardError = signal<PortalError | null>(null);

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

  /** Joining or leaving the unit leaderboard; the list is read again so the learner sees the effect. */
  protected async setOptIn(optIn: boolean): Promise<void> {
    this.leaderboardBusy.set(true);
    this.leaderboardError.set(null);
    try {
      await this.api.setLeaderboardOptIn(optIn);
      this.leaderboard.reload();
    } catch (error) {
      this.leaderboardError.set(toPortalError(error));
    } finally {
      this.leaderboardBusy.set(false);
    }
  }
}
