import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type OrgUnit,
  type OrgUnitKind,
  buildOrgUnitTree,
  flattenOrgUnitTree,
  subtreeIds,
} from '@tunas/portal/data-access';
import { ORG_UNIT_KIND_OPTIONS, blankToNull } from '../shared/role-options';

export interface OrgUnitDialogData {
  /** The unit being edited or moved; absent when creating. */
  readonly unit?: OrgUnit;
  /** Parent preselected for a new unit. */
  readonly parentId?: string | null;
  readonly units: readonly OrgUnit[];
  readonly purpose: 'create' | 'edit' | 'move';
}

export interface OrgUnitDialogResult {
  readonly name: string;
  readonly code: string | null;
  readonly kind: OrgUnitKind;
  readonly parentId: string | null;
}

@Component({
  selector: 'tunas-org-unit-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ titleKey | transloco: { name: data.unit?.name ?? '' } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="tunas-form">
        @if (data.purpose !== 'move') {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'orgUnits.name' | transloco }}</mat-label>
            <input matInput formControlName="name" cdkFocusInitial autocomplete="off" />
            @if (form.controls.name.hasError('required')) {
              <mat-error>{{ 'validation.required' | transloco }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'orgUnits.code' | transloco }}</mat-label>
            <input matInput formControlName="code" autocomplete="off" />
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'orgUnits.kind' | transloco }}</mat-label>
            <mat-select formControlName="kind">
              @for (kind of kindOptions; track kind) {
                <mat-option [value]="kind">{{ 'orgUnitKinds.' + kind | transloco }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'orgUnits.parent' | transloco }}</mat-label>
          <mat-select formControlName="parentId">
            <mat-option value="">{{ 'orgUnits.noParent' | transloco }}</mat-option>
            @for (option of parentOptions(); track option.unit.id) {
              <mat-option [value]="option.unit.id" [style.padding-inline-start.px]="16 + option.depth * 20">
                {{ option.unit.name }}
              </mat-option>
            }
          </mat-select>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'common.save' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class OrgUnitDialogComponent {
  protected readonly data = inject<OrgUnitDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<OrgUnitDialogComponent, OrgUnitDialogResult>>(MatDialogRef);

  protected readonly kindOptions = ORG_UNIT_KIND_OPTIONS;
  protected readonly titleKey = `orgUnits.dialog.${this.data.purpose}`;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.unit?.name ?? '', Validators.required],
    code: [this.data.unit?.code ?? ''],
    kind: [this.data.unit?.kind ?? ('UNIT_KERJA' as OrgUnitKind)],
    parentId: [this.data.unit ? (this.data.unit.parentId ?? '') : (this.data.parentId ?? '')],
  });
  /** A unit cannot move below itself or below one of its own sub-units. */
  protected readonly parentOptions = computed(() => {
    const excluded = this.data.unit ? subtreeIds(this.data.units, this.data.unit.id) : new Set<string>();
    return flattenOrgUnitTree(buildOrgUnitTree(this.data.units)).filter((node) => !excluded.has(node.unit.id));
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.dialogRef.close({
      name: value.name.trim(),
      code: blankToNull(value.code),
      kind: value.kind,
      parentId: value.parentId || null,
    });
  }
}
