import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CourseCard } from '@tunas/portal/data-access/courses';
import { competencyKey, levelKey } from './course-options';

/** The facts a civil servant weighs before enrolling: JP, level, kind of competency, size. */
@Component({
  selector: 'tunas-course-meta',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="course-meta">
      <li class="course-meta__jp">{{ 'courses.jp' | transloco: { jp: course().jpHours } }}</li>
      <li>{{ levelKey() | transloco }}</li>
      <li>{{ competencyKey() | transloco }}</li>
      <li>{{ 'courses.size' | transloco: { modules: course().moduleCount, activities: course().activityCount } }}</li>
    </ul>
  `,
  styles: `
    .course-meta { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
    .course-meta li { padding: 2px 10px; border-radius: 8px; font: var(--mat-sys-label-medium); background: var(--mat-sys-surface-container-high); color: var(--mat-sys-on-surface); }
    .course-meta .course-meta__jp { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); font-weight: 600; }
  `,
})
export class CourseMetaComponent {
  readonly course = input.required<Pick<CourseCard, 'jpHours' | 'level' | 'competencyType' | 'moduleCount' | 'activityCount'>>();

  protected readonly levelKey = computed(() => levelKey(this.course().level));
  protected readonly competencyKey = computed(() => competencyKey(this.course().competencyType));
}
