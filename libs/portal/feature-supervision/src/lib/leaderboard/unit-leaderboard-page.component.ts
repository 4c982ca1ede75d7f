import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toPortalError } from '@tunas/portal/data-access';
import { SupervisionApi } from '@tunas/portal/data-access/supervision';
import { ErrorAlertComponent } from '@tunas/portal/ui';

/** `/pimpinan/peringkat`: this year's JP of the people of the unit who chose to appear on its leaderboard. */
@Component({
  selector: 'tunas-unit-leaderboard-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/pimpinan" class="back-link">
      <mat-icon svgIcon="arrow-back" aria-hidden="true" />{{ 'supervision.person.back' | transloco }}
    </a>
    <div class="tunas-page-header">
      <div>
        <h1>{{ 'supervision.leaderboard.title' | transloco }}</h1>
        <p>{{ 'supervision.leaderboard.intro' | transloco }}</p>
      </div>
    </div>
    @if (board.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'supervision.loading' | transloco" />
    }
    @if (error(); as failure) {
      <tunas-error-alert [message]="failure.message" />
    }
    @if (board.hasValue()) {
      @let view = board.value();
      <h2>{{ 'supervision.leaderboard.unitYear' | transloco: { unit: view.unitName, year: view.year } }}</h2>
      @if (!view.entries.length) {
        <p class="empty">{{ 'supervision.leaderboard.empty' | transloco }}</p>
      } @else {
        <ol class="entries" data-testid="supervision-leaderboard">
          @for (entry of view.entries; track entry.userId) {
            <li class="entry">
              <span class="entry__rank" [attr.aria-label]="'supervision.leaderboard.rank' | transloco: { rank: entry.rank }">{{ entry.rank }}</span>
              <span class="entry__name">
                {{ entry.name }}
                @if (entry.unitName) {
                  <span class="entry__unit">{{ entry.unitName }}</span>
                }
              </span>
              <span class="entry__jp">{{ 'supervision.leaderboard.jp' | transloco: { jp: entry.jp, badges: entry.badges } }}</span>
            </li>
          }
        </ol>
      }
    }
  `,
  styles: `
    :host { display: flex; flex-direction: column; gap: 16px; }
    .back-link { align-self: flex-start; }
    h2 { margin: 0; font: var(--mat-sys-title-large); }
    .empty { padding: 16px; border-radius: 12px; background: var(--mat-sys-surface-container-low); }
    .entries { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
    .entry { display: grid; grid-template-columns: 40px minmax(0, 1fr) auto; gap: 12px; align-items: center; padding: 12px; border-radius: 12px; background: var(--mat-sys-surface-container-low); }
    .entry__rank { font: var(--mat-sys-title-large); text-align: center; }
    .entry__name { overflow-wrap: anywhere; }
    .entry__unit { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .entry__jp { font: var(--mat-sys-label-large); text-align: end; }
  `,
})
export class UnitLeaderboardPageComponent {
  private readonly api = inject(SupervisionApi);

  protected readonly board = resource({ loader: () => this.api.leaderboard(new Date().getFullYear(), null) });
  protected readonly error = computed(() => {
    const error = this.board.error();
    return error ? toPortalError(error) : null;
  });
}
