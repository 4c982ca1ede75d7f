import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toPortalError } from '@tunas/portal/data-access';
import { CourseAuthoringApi } from '@tunas/portal/data-access/courses';
import { DateTimePipe, ErrorAlertComponent } from '@tunas/portal/ui';
import { CourseMetaComponent } from '../shared/course-meta.component';

/** `/ajar`: the courses I author, drafts and published alike. */
@Component({
  selector: 'tunas-authored-courses-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    ErrorAlertComponent,
    CourseMetaComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tunas-page-header">
      <div>
        <h1>{{ 'authoring.title' | transloco }}</h1>
        <p>{{ 'authoring.intro' | transloco }}</p>
      </div>
      <a mat-flat-button routerLink="/ajar/baru" data-testid="create-course">
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'authoring.create.title' | transloco }}
      </a>
    </div>
    @if (courses.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
    }
    @if (loadError(); as error) {
      <tunas-error-alert [message]="error.message" />
    }
    @if (courses.hasValue() && !items().length) {
      <p class="authored-empty">{{ 'authoring.empty' | transloco }}</p>
    }
    <ul class="authored-list" data-testid="authored-courses">
      @for (item of items(); track item.course.id) {
        @let course = item.course;
        <li class="authored-course">
          <div class="authored-course__main">
            <span class="authored-course__status" [class.authored-course__status--draft]="item.isDraft">
              {{ item.statusKey | transloco }}
            </span>
            <h2 class="authored-course__title">
              <a [routerLink]="['/ajar', course.id]">{{ course.title }}</a>
            </h2>
            <tunas-course-meta [course]="course" />
            @if (course.publishedAt) {
              <span class="authored-course__date">{{ 'authoring.publishedOn' | transloco: { date: (course.publishedAt | tunasDateTime) } }}</span>
            }
          </div>
          <a mat-stroked-button [routerLink]="['/ajar', course.id]">
            <mat-icon svgIcon="edit" aria-hidden="true" />
            {{ 'authoring.edit' | transloco }}<span class="cdk-visually-hidden">: {{ course.title }}</span>
          </a>
        </li>
      }
    </ul>
  `,
  styles: `
    .authored-empty { padding: 16px; border-radius: 12px; background: var(--mat-sys-surface-container-low); }
    .authored-list { display: flex; flex-direction: column; gap: 12px; margin: 0; padding: 0; list-style: none; }
    .authored-course { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px; padding: 16px; border-radius: 16px; border: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface-container-low); }
    .authored-course__main { display: flex; flex-direction: column; align-items: flex-start; gap: 6px; min-width: 0; flex: 1 1 320px; }
    .authored-course__title { margin: 0; font: var(--mat-sys-title-medium); overflow-wrap: anywhere; }
    .authored-course__status { padding: 2px 8px; border-radius: 8px; font: var(--mat-sys-label-medium); background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    .authored-course__status--draft { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .authored-course__date { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class AuthoredCoursesPageComponent {
  private readonly api = inject(CourseAuthoringApi);

  protected readonly courses = resource({ loader: () => this.api.authored() });
  protected readonly items = computed(() =>
    (this.courses.hasValue() ? this.courses.value() : []).map((course) => ({
      course,
      isDraft: course.status === 'DRAFT',
      statusKey: `authoring.status.${course.status}`,
    })),
  );
  protected readonly loadError = computed(() => {
    const error = this.courses.error();
    return error ? toPortalError(error) : null;
  });
}
