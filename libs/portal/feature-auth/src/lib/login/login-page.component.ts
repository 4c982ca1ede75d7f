import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore, type PortalError, safeReturnUrl, toPortalError } from '@tunas/portal/data-access';
import { ErrorAlertComponent, PasswordFieldComponent } from '@tunas/portal/ui';
import { AuthCardComponent } from '../shared/auth-card.component';

@Component({
  selector: 'tunas-login-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorAlertComponent,
    PasswordFieldComponent,
    AuthCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.scss',
})
export class LoginPageComponent {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  /** Where to go after signing in (`?kembali=/admin/pengguna`). */
  readonly kembali = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    identifier: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<PortalError | null>(null);

  protected async signIn(): Promise<void> {
    if (this.form.invalid || this.submitting()) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const { identifier, password } = this.form.getRawValue();
    try {
      await this.auth.login(identifier, password);
      await this.router.navigateByUrl(safeReturnUrl(this.kembali()));
    } catch (error) {
      this.error.set(toPortalError(error));
      // Clear the password without flagging it as missing: the alert already says what went wrong.
      this.formDirective().resetForm({ identifier, password: '' });
    } finally {
      this.submitting.set(false);
    }
  }
}
