import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

export interface PublishCourseDialogData {
  readonly title: string;
  readonly modules: number;
  readonly activities: number;
  readonly republish: boolean;
}

/** Says what publishing means before it happens: a frozen version, and what happens to enrolled learners. */
@Component({
  selector: 'tunas-publish-course-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'authoring.publish.dialogTitle' | transloco: { title: data.title } }}</h2>
    <mat-dialog-content>
      <p>{{ 'authoring.publish.contents' | transloco: { modules: data.modules, activities: data.activities } }}</p>
      <ul class="publish-dialog__points">
        <li>{{ 'authoring.publish.frozen' | transloco }}</li>
        <li>{{ 'authoring.publish.catalogue' | transloco }}</li>
        @if (data.republish) {
          <li>{{ 'authoring.publish.learnersKeep' | transloco }}</li>
          <li>{{ 'authoring.publish.learnersMove' | transloco }}</li>
        }
      </ul>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" cdkFocusInitial data-testid="publish-confirm">
        {{ 'authoring.publish.confirm' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .publish-dialog__points { margin: 0; padding-inline-start: 20px; display: flex; flex-direction: column; gap: 8px; }
  `,
})
export class PublishCourseDialogComponent {
  protected readonly data = inject<PublishCourseDialogData>(MAT_DIALOG_DATA);
}
