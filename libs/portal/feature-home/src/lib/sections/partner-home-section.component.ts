import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'tunas-partner-home-section',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="home-section" data-testid="home-partner" aria-labelledby="home-partner-heading">
      <div class="home-section__heading">
        <mat-icon svgIcon="library-books" aria-hidden="true" />
        <h2 id="home-partner-heading">{{ 'home.partner.heading' | transloco }}</h2>
      </div>
      <div class="home-section__cards">
        <article class="home-card">
          <h3>{{ 'home.partner.library' | transloco }}</h3>
          @if (institutionName(); as name) {
            <span class="home-card__figure">{{ name }}</span>
          }
          <p>{{ 'home.partner.libraryEmpty' | transloco }}</p>
          <span class="home-card__soon">{{ 'home.comingSoon' | transloco }}</span>
        </article>
      </div>
    </section>
  `,
  styleUrl: './home-section.scss',
})
export class PartnerHomeSectionComponent {
  readonly institutionName = input<string | null>(null);
}
