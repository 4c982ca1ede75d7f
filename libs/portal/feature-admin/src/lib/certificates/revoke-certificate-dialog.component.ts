import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { type AdminCertificate, CertificatesAdminApi } from '@tunas/portal/data-access/certification';
import { ErrorAlertComponent } from '@tunas/portal/ui';

/** The API's bounds for a revocation reason (RevokeCertificateInput), counted without surrounding spaces. */
export const REASON_MIN_LENGTH = 5;
export const REASON_MAX_LENGTH = 500;

function trimmedLength(control: AbstractControl<string>): ValidationErrors | null {
  const length = control.value.trim().length;
  if (length === 0) return { required: true };
  if (length < REASON_MIN_LENGTH) return { minlength: { requiredLength: REASON_MIN_LENGTH, actualLength: length } };
  return null;
}

/**
 * Revokes one certificate with a reason the public verification page will show. The dialog sends the request
 * itself, so a refusal (already revoked, a lost connection) is shown here and the reason typed is kept.
 */
@Component({
  selector: 'tunas-revoke-certificate-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'certificatesAdmin.revoke.title' | transloco: { serial: certificate.serial } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="revoke-subject">
          {{ 'certificatesAdmin.revoke.subject' | transloco: { name: certificate.learnerName, course: certificate.courseTitle } }}
        </p>
        <mat-form-field appearance="outline" class="revoke-reason">
          <mat-label>{{ 'certificatesAdmin.revoke.reason' | transloco }}</mat-label>
          <textarea
            matInput
            formControlName="reason"
            rows="3"
            cdkFocusInitial
            [attr.maxlength]="maxLength"
            data-testid="revoke-reason"
          ></textarea>
          <mat-hint>{{ 'certificatesAdmin.revoke.reasonHint' | transloco: { min: minLength } }}</mat-hint>
          <mat-hint align="end">{{ form.controls.reason.value.length }} / {{ maxLength }}</mat-hint>
          @if (form.controls.reason.hasError('required')) {
            <mat-error>{{ 'validation.required' | transloco }}</mat-error>
          } @else if (form.controls.reason.hasError('minlength')) {
            <mat-error>{{ 'certificatesAdmin.revoke.reasonTooShort' | transloco: { min: minLength } }}</mat-error>
          }
        </mat-form-field>
        @if (error(); as failure) {
          <tunas-error-alert [message]="failure.message" testId="revoke-error" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" class="revoke-confirm" [disabled]="saving()" data-testid="revoke-confirm">
          {{ 'certificatesAdmin.revoke.confirm' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .revoke-subject { margin: 0 0 12px; }
    .revoke-reason { width: 100%; }
    .revoke-confirm { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
  `,
})
export class RevokeCertificateDialogComponent {
  protected readonly certificate = inject<AdminCertificate>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RevokeCertificateDialogComponent, AdminCertificate>>(MatDialogRef);
  private readonly api = inject(CertificatesAdminApi);

  protected readonly minLength = REASON_MIN_LENGTH;
  protected readonly maxLength = REASON_MAX_LENGTH;
  protected readonly saving = signal(false);
  protected readonly error = signal<PortalError | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [trimmedLength, Validators.maxLength(REASON_MAX_LENGTH)]],
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      this.dialogRef.close(await this.api.revoke(this.certificate.id, this.form.controls.reason.value));
    } catch (failure) {
      this.error.set(toPortalError(failure));
    } finally {
      this.saving.set(false);
    }
  }
}
