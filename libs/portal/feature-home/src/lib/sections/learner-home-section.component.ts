import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toPortalError } from '@tunas/portal/data-access';
import { CoursesApi } from '@tunas/portal/data-access/courses';
import { LearningApi } from '@tunas/portal/data-access/learning';
import { EnrolledCourseListComponent, ErrorAlertComponent, JpProgressRingComponent } from '@tunas/portal/ui';

/** The learner's dashboard: courses in progress, courses completed, and this year's JP. */
@Component({
  selector: 'tunas-learner-home-section',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    EnrolledCourseListComponent,
    ErrorAlertComponent,
    JpProgressRingComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="home-section" data-testid="home-learner" aria-labelledby="home-learner-heading">
      <div class="home-section__heading">
        <mat-icon svgIcon="school" aria-hidden="true" />
        <h2 id="home-learner-heading">{{ 'home.learner.heading' | transloco }}</h2>
      </div>
      @if (myCourses.isLoading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      }
      @if (loadError(); as error) {
        <tunas-error-alert [message]="error.message" />
      }
      <div class="home-section__cards">
        <article class="home-card" aria-labelledby="home-learner-current">
          <h3 id="home-learner-current">{{ 'home.learner.myCourses' | transloco }}</h3>
          @if (inProgress().length) {
            <tunas-enrolled-course-list [courses]="inProgress()" testId="my-courses-in-progress" />
          } @else if (myCourses.hasValue()) {
            <p>{{ 'home.learner.myCoursesEmpty' | transloco }}</p>
          }
          <a mat-button routerLink="/kursus" class="home-card__link">{{ 'home.learner.browseCatalogue' | transloco }}</a>
        </article>
        <article class="home-card" aria-labelledby="home-learner-completed">
          <h3 id="home-learner-completed">{{ 'home.learner.completed' | transloco }}</h3>
          @if (completed().length) {
            <tunas-enrolled-course-list [courses]="completed()" testId="my-courses-completed" />
          } @else if (myCourses.hasValue()) {
            <p>{{ 'home.learner.completedEmpty' | transloco }}</p>
          }
        </article>
        <article class="home-card">
          @if (record(); as record) {
            <h3>{{ 'home.learner.jpTarget' | transloco: { target: record.targetJp } }}</h3>
            <tunas-jp-progress-ring [done]="record.totalJp" [target]="record.targetJp" [size]="112" testId="jp-this-year" />
          }
          <p>{{ 'home.learner.jpExplanation' | transloco }}</p>
          <a mat-button routerLink="/catatan-belajar" class="home-card__link">{{ 'learning.home.openRecord' | transloco }}</a>
        </article>
      </div>
    </section>
  `,
  styleUrl: './home-section.scss',
})
export class LearnerHomeSectionComponent {
  private readonly api = inject(CoursesApi);
  private readonly learningApi = inject(LearningApi);

  protected readonly myCourses = resource({ loader: () => this.api.myCourses() });
  /** This year's JP against the target for the learner's ASN type, counted by the API (claims included). */
  protected readonly learningRecord = resource({ loader: () => this.learningApi.myLearningRecord() });
  protected readonly record = computed(() => (this.learningRecord.hasValue() ? this.learningRecord.value() : null));
  private readonly all = computed(() => (this.myCourses.hasValue() ? this.myCourses.value() : []));
  protected readonly inProgress = computed(() => this.all().filter((item) => item.enrolment.status !== 'COMPLETED'));
  protected readonly completed = computed(() => this.all().filter((item) => item.enrolment.status === 'COMPLETED'));
  protected readonly loadError = computed(() => {
    const error = this.myCourses.error() ?? this.learningRecord.error();
    return error ? toPortalError(error) : null;
  });
}
