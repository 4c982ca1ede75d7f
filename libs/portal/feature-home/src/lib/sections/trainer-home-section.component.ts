import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'tunas-trainer-home-section',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="home-section" data-testid="home-trainer" aria-labelledby="home-trainer-heading">
      <div class="home-section__heading">
        <mat-icon svgIcon="book" aria-hidden="true" />
        <h2 id="home-trainer-heading">{{ 'home.trainer.heading' | transloco }}</h2>
      </div>
      <div class="home-section__cards">
        <article class="home-card">
          <h3>{{ 'home.trainer.myCourses' | transloco }}</h3>
          <p>{{ 'home.trainer.myCoursesEmpty' | transloco }}</p>
          <span class="home-card__soon">{{ 'home.comingSoon' | transloco }}</span>
        </article>
      </div>
    </section>
  `,
  styleUrl: './home-section.scss',
})
export class TrainerHomeSectionComponent {}
