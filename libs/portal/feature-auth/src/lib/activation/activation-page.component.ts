import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore, type PortalError, toPortalError } from '@tunas/portal/data-access';
import { ErrorAlertComponent, PasswordFieldComponent } from '@tunas/portal/ui';
import { AuthCardComponent } from '../shared/auth-card.component';
import { matchesSibling } from '../shared/password-match.validator';
import { NEW_PASSWORD_VALIDATORS, PASSWORD_MIN_LENGTH } from '../shared/password-rules';

/** `/aktivasi?token=...`: a new person sets their password and is signed in. */
@Component({
  selector: 'tunas-activation-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorAlertComponent,
    PasswordFieldComponent,
    AuthCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './activation-page.component.html',
  styles: `
    h1, .activation__intro { text-align: center; }
    .activation__intro { margin: 0 0 16px; color: var(--mat-sys-on-surface-variant); }
    .activation__submit { width: 100%; height: 48px; margin-top: 8px; }
  `,
})
export class ActivationPageComponent {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  /** The one-time token from the link the admin handed over. */
  readonly token = input<string>();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', NEW_PASSWORD_VALIDATORS],
    confirmation: ['', [Validators.required, matchesSibling('password')]],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<PortalError | null>(null);

  constructor() {
    this.form.controls.password.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.form.controls.confirmation.updateValueAndValidity({ emitEvent: false }));
  }

  protected async activate(): Promise<void> {
    const token = this.token();
    if (!token || this.form.invalid || this.submitting()) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      await this.auth.activateAccount(token, this.form.getRawValue().password);
      await this.router.navigateByUrl('/');
    } catch (error) {
      this.error.set(toPortalError(error));
    } finally {
      this.submitting.set(false);
    }
  }
}
