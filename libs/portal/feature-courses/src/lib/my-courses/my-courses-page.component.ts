import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toPortalError } from '@tunas/portal/data-access';
import { CoursesApi } from '@tunas/portal/data-access/courses';
import { EnrolledCourseListComponent, ErrorAlertComponent } from '@tunas/portal/ui';

/** `/kursus-saya`: every course I study, in progress first, then completed. */
@Component({
  selector: 'tunas-my-courses-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslocoPipe, EnrolledCourseListComponent, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tunas-page-header">
      <div>
        <h1>{{ 'myCourses.title' | transloco }}</h1>
        <p>{{ 'myCourses.intro' | transloco }}</p>
      </div>
      <a mat-stroked-button routerLink="/kursus">{{ 'home.learner.browseCatalogue' | transloco }}</a>
    </div>
    @if (myCourses.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
    }
    @if (loadError(); as error) {
      <tunas-error-alert [message]="error.message" />
    }
    <div class="my-courses">
      <section aria-labelledby="my-courses-current">
        <h2 id="my-courses-current">{{ 'myCourses.inProgress' | transloco }}</h2>
        @if (inProgress().length) {
          <tunas-enrolled-course-list [courses]="inProgress()" testId="my-courses-in-progress" />
        } @else if (myCourses.hasValue()) {
          <p>{{ 'home.learner.myCoursesEmpty' | transloco }}</p>
        }
      </section>
      <section aria-labelledby="my-courses-completed">
        <h2 id="my-courses-completed">{{ 'home.learner.completed' | transloco }}</h2>
        @if (completed().length) {
          <tunas-enrolled-course-list [courses]="completed()" testId="my-courses-completed" />
        } @else if (myCourses.hasValue()) {
          <p>{{ 'home.learner.completedEmpty' | transloco }}</p>
        }
      </section>
    </div>
  `,
  styles: `
    .my-courses { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr)); gap: 16px; }
    .my-courses section { padding: 16px; border-radius: 16px; border: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface-container-low); }
  `,
})
export class MyCoursesPageComponent {
  private readonly api = inject(CoursesApi);

  protected readonly myCourses = resource({ loader: () => this.api.myCourses() });
  private readonly all = computed(() => (this.myCourses.hasValue() ? this.myCourses.value() : []));
  protected readonly inProgress = computed(() => this.all().filter((item) => item.enrolment.status !== 'COMPLETED'));
  protected readonly completed = computed(() => this.all().filter((item) => item.enrolment.status === 'COMPLETED'));
  protected readonly loadError = computed(() => {
    const error = this.myCourses.error();
    return error ? toPortalError(error) : null;
  });
}
