import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CourseCard } from '@tunas/portal/data-access/courses';
import { CourseMetaComponent } from '../shared/course-meta.component';

/** One course in the catalogue: the title is the link, the rest helps decide. */
@Component({
  selector: 'tunas-course-card',
  imports: [RouterLink, CourseMetaComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="course-card" [attr.aria-labelledby]="'course-' + course().id">
      <span class="course-card__topic">{{ course().topic.name }}</span>
      <h2 class="course-card__title" [id]="'course-' + course().id">
        <a [routerLink]="['/kursus', course().id]" class="course-card__link">{{ course().title }}</a>
      </h2>
      <p class="course-card__summary">{{ course().summary }}</p>
      <tunas-course-meta [course]="course()" />
    </article>
  `,
  styles: `
    :host { display: block; height: 100%; }
    .course-card {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: 8px;
      height: 100%;
      box-sizing: border-box;
      padding: 16px;
      border-radius: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-low);
    }
    .course-card:hover { background: var(--mat-sys-surface-container); }
    .course-card__topic { font: var(--mat-sys-label-medium); color: var(--mat-sys-tertiary); text-transform: uppercase; letter-spacing: 0.04em; }
    .course-card__title { margin: 0; font: var(--mat-sys-title-medium); }
    .course-card__link { color: var(--mat-sys-on-surface); text-decoration: none; overflow-wrap: anywhere; }
    /* The whole card is the link's target area; the link stays the one thing a screen reader announces. */
    .course-card__link::after { content: ''; position: absolute; inset: 0; border-radius: 16px; }
    .course-card__link:focus-visible { outline: none; }
    .course-card__link:focus-visible::after { outline: 3px solid var(--mat-sys-tertiary); outline-offset: 2px; }
    .course-card__summary {
      flex: 1 1 auto;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
      display: -webkit-box;
      -webkit-line-clamp: 3;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
  `,
})
export class CourseCardComponent {
  readonly course = input.required<CourseCard>();
}
