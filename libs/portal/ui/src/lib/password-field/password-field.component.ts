import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

/** A password input with a show/hide button and the usual validation messages. */
@Component({
  selector: 'tunas-password-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatIconModule, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="tunas-password-field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [type]="visible() ? 'text' : 'password'"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete()"
        [attr.data-testid]="testId()"
        autocapitalize="off"
        spellcheck="false"
      />
      <button
        mat-icon-button
        matSuffix
        type="button"
        [attr.aria-label]="'password.show' | transloco"
        [attr.aria-pressed]="visible()"
        (click)="toggleVisibility()"
      >
        <mat-icon [svgIcon]="visible() ? 'visibility-off' : 'visibility'" aria-hidden="true" />
      </button>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      @if (control().hasError('required')) {
        <mat-error>{{ 'validation.required' | transloco }}</mat-error>
      } @else if (control().hasError('minlength')) {
        <mat-error>{{ 'validation.passwordMinLength' | transloco: { min: control().getError('minlength')?.requiredLength } }}</mat-error>
      } @else if (control().hasError('maxlength')) {
        <mat-error>{{ 'validation.passwordMaxLength' | transloco: { max: control().getError('maxlength')?.requiredLength } }}</mat-error>
      } @else if (control().hasError('mismatch')) {
        <mat-error>{{ 'validation.passwordMismatch' | transloco }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host { display: block; }
    .tunas-password-field { width: 100%; }
  `,
})
export class PasswordFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly autocomplete = input<'current-password' | 'new-password'>('current-password');
  readonly hint = input<string>('');
  readonly testId = input<string | null>(null);
  protected readonly visible = signal(false);

  protected toggleVisibility(): void {
    this.visible.update((visible) => !visible);
  }
}
