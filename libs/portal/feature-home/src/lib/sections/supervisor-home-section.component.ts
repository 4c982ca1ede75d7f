import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'tunas-supervisor-home-section',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="home-section" data-testid="home-supervisor" aria-labelledby="home-supervisor-heading">
      <div class="home-section__heading">
        <mat-icon svgIcon="insights" aria-hidden="true" />
        <h2 id="home-supervisor-heading">{{ 'home.supervisor.heading' | transloco }}</h2>
      </div>
      <div class="home-section__cards">
        <article class="home-card">
          <h3>{{ 'home.supervisor.unitProgress' | transloco }}</h3>
          @if (orgUnitName(); as name) {
            <span class="home-card__figure">{{ name }}</span>
          }
          <p>{{ 'home.supervisor.unitProgressEmpty' | transloco }}</p>
          <span class="home-card__soon">{{ 'home.comingSoon' | transloco }}</span>
        </article>
      </div>
    </section>
  `,
  styleUrl: './home-section.scss',
})
export class SupervisorHomeSectionComponent {
  readonly orgUnitName = input<string | null>(null);
}
