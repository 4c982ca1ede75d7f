import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import type { InstitutionFieldsFragment, InstitutionKind } from '@tunas/portal/data-access';
import { INSTITUTION_KIND_OPTIONS, blankToNull } from '../shared/role-options';

export interface InstitutionDialogData {
  readonly institution?: InstitutionFieldsFragment;
}

export interface InstitutionDialogResult {
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: InstitutionKind;
  readonly active: boolean;
}

@Component({
  selector: 'tunas-institution-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ (data.institution ? 'institutions.editTitle' : 'institutions.createTitle') | transloco }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="tunas-form">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'institutions.name' | transloco }}</mat-label>
          <input matInput formControlName="name" cdkFocusInitial autocomplete="off" />
          @if (form.controls.name.hasError('required')) {
            <mat-error>{{ 'validation.required' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'institutions.shortName' | transloco }}</mat-label>
          <input matInput formControlName="shortName" autocomplete="off" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'institutions.kind' | transloco }}</mat-label>
          <mat-select formControlName="kind">
            @for (kind of kindOptions; track kind) {
              <mat-option [value]="kind">{{ 'institutionKinds.' + kind | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (data.institution) {
          <mat-slide-toggle formControlName="active">{{ 'institutions.active' | transloco }}</mat-slide-toggle>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'common.save' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class InstitutionDialogComponent {
  protected readonly data = inject<InstitutionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<InstitutionDialogComponent, InstitutionDialogResult>>(MatDialogRef);

  protected readonly kindOptions = INSTITUTION_KIND_OPTIONS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.institution?.name ?? '', Validators.required],
    shortName: [this.data.institution?.shortName ?? ''],
    kind: [this.data.institution?.kind ?? ('UNIVERSITY' as InstitutionKind)],
    active: [this.data.institution?.active ?? true],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.dialogRef.close({
      name: value.name.trim(),
      shortName: blankToNull(value.shortName),
      kind: value.kind,
      active: value.active,
    });
  }
}
