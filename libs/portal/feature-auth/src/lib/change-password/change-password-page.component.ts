import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore, type PortalError, toPortalError } from '@tunas/portal/data-access';
import { ErrorAlertComponent, PasswordFieldComponent } from '@tunas/portal/ui';
import { matchesSibling } from '../shared/password-match.validator';
import { NEW_PASSWORD_VALIDATORS, PASSWORD_MIN_LENGTH } from '../shared/password-rules';

@Component({
  selector: 'tunas-change-password-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorAlertComponent,
    PasswordFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password-page.component.html',
  styles: `
    :host { display: block; max-width: 480px; }
  `,
})
export class ChangePasswordPageComponent {
  private readonly auth = inject(AuthStore);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', NEW_PASSWORD_VALIDATORS],
    confirmation: ['', [Validators.required, matchesSibling('newPassword')]],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<PortalError | null>(null);
  protected readonly changed = signal(false);

  constructor() {
    this.form.controls.newPassword.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.form.controls.confirmation.updateValueAndValidity({ emitEvent: false }));
  }

  protected async changePassword(): Promise<void> {
    if (this.form.invalid || this.submitting()) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    this.changed.set(false);
    const { currentPassword, newPassword } = this.form.getRawValue();
    try {
      await this.auth.changePassword(currentPassword, newPassword);
      this.form.reset();
      this.changed.set(true);
    } catch (error) {
      this.error.set(toPortalError(error));
    } finally {
      this.submitting.set(false);
    }
  }
}
