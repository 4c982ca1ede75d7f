import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'tunas-learner-home-section',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="home-section" data-testid="home-learner" aria-labelledby="home-learner-heading">
      <div class="home-section__heading">
        <mat-icon svgIcon="school" aria-hidden="true" />
        <h2 id="home-learner-heading">{{ 'home.learner.heading' | transloco }}</h2>
      </div>
      <div class="home-section__cards">
        <article class="home-card">
          <h3>{{ 'home.learner.myCourses' | transloco }}</h3>
          <p>{{ 'home.learner.myCoursesEmpty' | transloco }}</p>
          <span class="home-card__soon">{{ 'home.comingSoon' | transloco }}</span>
        </article>
        <article class="home-card">
          <h3>{{ 'home.learner.jpTarget' | transloco }}</h3>
          <span class="home-card__figure">{{ 'home.learner.jpProgress' | transloco: { done: 0, target: 20 } }}</span>
          <p>{{ 'home.learner.jpExplanation' | transloco }}</p>
        </article>
      </div>
    </section>
  `,
  styleUrl: './home-section.scss',
})
export class LearnerHomeSectionComponent {}
