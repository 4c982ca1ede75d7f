import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** The centred card of the public pages (login, activation). */
@Component({
  selector: 'tunas-auth-card',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="auth-card">
      <div class="auth-card__brand" aria-hidden="true">
        <mat-icon svgIcon="sprout" class="auth-card__logo" />
      </div>
      <ng-content />
      <p class="auth-card__tagline">{{ 'app.tagline' | transloco }}</p>
    </section>
  `,
  styles: `
    :host { display: flex; justify-content: center; padding-block: 24px; }
    .auth-card {
      box-sizing: border-box;
      width: 100%;
      max-width: 440px;
      padding: 28px 24px 20px;
      border-radius: 20px;
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .auth-card__brand { display: flex; justify-content: center; margin-bottom: 8px; }
    .auth-card__logo {
      width: 48px; height: 48px; padding: 10px; border-radius: 50%;
      color: var(--mat-sys-on-primary-container); background: var(--mat-sys-primary-container);
    }
    .auth-card__tagline {
      margin: 20px 0 0; text-align: center;
      font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant);
    }
    @media (max-width: 599.98px) {
      :host { padding-block: 8px; }
      .auth-card { padding: 20px 16px 16px; border-radius: 16px; }
    }
  `,
})
export class AuthCardComponent {}
