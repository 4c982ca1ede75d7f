import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateTimePipe } from '../date-time/date-time.pipe';

/** What the list needs of an enrolment and its course (the data-access MyCourse fits). */
export interface EnrolledCourse {
  readonly enrolment: {
    readonly courseId: string;
    readonly status: 'ACTIVE' | 'COMPLETED';
    readonly progress: number;
    readonly completedAt: string | null;
  };
  readonly course: { readonly title: string; readonly jpHours: number; readonly topic: { readonly name: string } } | null;
}

/** A learner's courses: in progress with a bar and "Lanjutkan", or completed with the date. */
@Component({
  selector: 'tunas-enrolled-course-list',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="enrolled-courses" [attr.data-testid]="testId()">
      @for (item of rows(); track item.courseId) {
        <li class="enrolled-course">
          <a class="enrolled-course__title" [routerLink]="['/kursus', item.courseId]">{{ item.title }}</a>
          <span class="enrolled-course__meta">{{ item.topic }} · {{ 'courses.jp' | transloco: { jp: item.jpHours } }}</span>
          @if (item.completed) {
            <span class="enrolled-course__done">
              <mat-icon svgIcon="check" aria-hidden="true" />
              {{ 'courses.completedOn' | transloco: { date: (item.completedAt | tunasDateTime) } }}
            </span>
          } @else {
            <div class="enrolled-course__progress">
              <mat-progress-bar
                mode="determinate"
                [value]="item.percent"
                [attr.aria-label]="'courses.progressOf' | transloco: { title: item.title }"
              />
              <span>{{ 'courses.percentDone' | transloco: { percent: item.percent } }}</span>
            </div>
            <a mat-flat-button class="enrolled-course__continue" [routerLink]="['/belajar', item.courseId]">
              {{ 'courses.continue' | transloco }}
              <span class="cdk-visually-hidden">: {{ item.title }}</span>
            </a>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .enrolled-courses { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 12px; }
    .enrolled-course { display: flex; flex-direction: column; gap: 4px; padding-bottom: 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .enrolled-course:last-child { border-bottom: none; padding-bottom: 0; }
    .enrolled-course__title { font: var(--mat-sys-title-small); overflow-wrap: anywhere; }
    .enrolled-course__meta { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .enrolled-course__progress { display: grid; grid-template-columns: 1fr auto; align-items: center; gap: 8px; font: var(--mat-sys-label-medium); }
    .enrolled-course__done { display: inline-flex; align-items: center; gap: 4px; color: var(--mat-sys-primary); font: var(--mat-sys-label-large); }
    .enrolled-course__done mat-icon { width: 18px; height: 18px; }
    .enrolled-course__continue { align-self: flex-start; margin-top: 4px; }
  `,
})
export class EnrolledCourseListComponent {
  readonly courses = input.required<readonly EnrolledCourse[]>();
  readonly testId = input('enrolled-courses');

  protected readonly rows = computed(() =>
    this.courses().map(({ enrolment, course }) => ({
      courseId: enrolment.courseId,
      title: course?.title ?? '—',
      topic: course?.topic.name ?? '',
      jpHours: course?.jpHours ?? 0,
      completed: enrolment.status === 'COMPLETED',
      completedAt: enrolment.completedAt,
      percent: Math.round(enrolment.progress * 100),
    })),
  );
}
