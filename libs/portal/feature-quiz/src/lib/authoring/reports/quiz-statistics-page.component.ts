import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toPortalError } from '@tunas/portal/data-access';
import { QuizReportsApi } from '@tunas/portal/data-access/quiz';
import { ErrorAlertComponent } from '@tunas/portal/ui';
import { QuestionTypeNames } from '../shared/question-type-names.service';
import { GradeDistributionComponent } from './grade-distribution.component';

/**
 * `/kelola-kuis/statistik/:courseId/:activityId`: how a quiz went: attempts, average and median grade, the
 * grade distribution, and per question its facility and discrimination indices with the answers given.
 */
@Component({
  selector: 'tunas-quiz-statistics-page',
  imports: [
    DecimalPipe,
    PercentPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlertComponent,
    GradeDistributionComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quiz-statistics-page.component.html',
  styleUrl: './quiz-statistics-page.component.scss',
})
export class QuizStatisticsPageComponent {
  private readonly api = inject(QuizReportsApi);
  protected readonly typeNames = inject(QuestionTypeNames);

  readonly courseId = input.required<string>();
  readonly activityId = input.required<string>();

  protected readonly statistics = resource({
    params: () => ({ courseId: this.courseId(), activityId: this.activityId() }),
    loader: ({ params }) => this.api.statistics(params),
  });
  protected readonly loadError = computed(() => {
    const error = this.statistics.error();
    return error ? toPortalError(error) : null;
  });
}
