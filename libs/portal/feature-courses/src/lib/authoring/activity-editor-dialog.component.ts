import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { type AnyActivityUi, activityIconName } from '@tunas/portal/plugin-sdk';
import { ActivityEditorHostComponent } from './activity-editor-host.component';

export interface ActivityEditorDialogData {
  readonly ui: AnyActivityUi;
  readonly title: string;
  readonly required: boolean;
  /** Null for a new activity. */
  readonly content: unknown;
}

export interface ActivityEditorDialogResult {
  readonly title: string;
  readonly required: boolean;
  readonly content: unknown;
}

/** Title and "wajib" from the platform, everything else from the plugin's own form. */
@Component({
  selector: 'tunas-activity-editor-dialog',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    ActivityEditorHostComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title class="activity-dialog__title">
      <mat-icon [svgIcon]="icon" aria-hidden="true" />
      {{ (isNew ? 'authoring.activity.addTitle' : 'authoring.activity.editTitle') | transloco: { type: typeLabel() } }}
    </h2>
    <mat-dialog-content>
      <div class="activity-dialog__common">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="activity-dialog__name">
          <mat-label>{{ 'authoring.activity.name' | transloco }}</mat-label>
          <input matInput [ngModel]="title()" (ngModelChange)="title.set($event)" required data-testid="activity-title" cdkFocusInitial />
        </mat-form-field>
        <mat-checkbox [ngModel]="required()" (ngModelChange)="required.set($event)">
          {{ 'authoring.activity.required' | transloco }}
        </mat-checkbox>
      </div>
      <tunas-activity-editor-host [ui]="data.ui" [content]="data.content" (contentChange)="content.set($event)" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (!canSave()) {
        <span class="activity-dialog__hint">{{ 'authoring.activity.incomplete' | transloco }}</span>
      }
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [disabled]="!canSave()" (click)="save()" data-testid="activity-save">
        {{ 'common.save' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .activity-dialog__title { display: flex; align-items: center; gap: 8px; }
    .activity-dialog__common { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; margin: 4px 0 16px; }
    .activity-dialog__name { flex: 1 1 280px; }
    .activity-dialog__hint { margin-inline-end: auto; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class ActivityEditorDialogComponent {
  private readonly dialogRef = inject<MatDialogRef<ActivityEditorDialogComponent, ActivityEditorDialogResult>>(MatDialogRef);
  private readonly transloco = inject(TranslocoService);
  protected readonly data = inject<ActivityEditorDialogData>(MAT_DIALOG_DATA);

  protected readonly isNew = this.data.content === null;
  protected readonly icon = activityIconName(this.data.ui.definition.id);
  protected readonly title = signal(this.data.title);
  protected readonly required = signal(this.data.required);
  protected readonly content = signal<unknown>(this.data.content);
  protected readonly typeLabel = computed(() => this.data.ui.definition.label[this.transloco.getActiveLang() === 'en' ? 'en' : 'id']);
  protected readonly canSave = computed(() => this.title().trim().length > 0 && this.content() !== null);

  protected save(): void {
    if (this.canSave()) {
      this.dialogRef.close({ title: this.title().trim(), required: this.required(), content: this.content() });
    }
  }
}
