import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'tunas-trainer-home-section',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe],
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
          <p>{{ 'home.trainer.myCoursesIntro' | transloco }}</p>
          <a mat-stroked-button routerLink="/ajar" class="home-card__link">{{ 'home.trainer.openAuthoring' | transloco }}</a>
        </article>
      </div>
    </section>
  `,
  styleUrl: './home-section.scss',
})
export class TrainerHomeSectionComponent {}
