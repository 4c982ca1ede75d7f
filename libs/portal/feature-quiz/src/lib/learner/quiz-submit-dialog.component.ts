import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

export interface QuizSubmitDialogData {
  /** Question numbers (1-based). */
  readonly unanswered: readonly number[];
  readonly flagged: readonly number[];
}

/** Asks before handing an attempt in, naming the questions still unanswered or flagged. Closes with `true`. */
@Component({
  selector: 'tunas-quiz-submit-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'quiz.submit.title' | transloco }}</h2>
    <mat-dialog-content data-testid="submit-dialog">
      @if (data.unanswered.length) {
        <p data-testid="submit-unanswered">
          {{ 'quiz.submit.unanswered' | transloco: { count: data.unanswered.length, numbers: data.unanswered.join(', ') } }}
        </p>
      } @else {
        <p>{{ 'quiz.submit.allAnswered' | transloco }}</p>
      }
      @if (data.flagged.length) {
        <p data-testid="submit-flagged">{{ 'quiz.submit.flagged' | transloco: { numbers: data.flagged.join(', ') } }}</p>
      }
      <p>{{ 'quiz.submit.final' | transloco }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'quiz.submit.back' | transloco }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" cdkFocusInitial data-testid="submit-confirm">
        {{ 'quiz.submit.confirm' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
})
export class QuizSubmitDialogComponent {
  protected readonly data = inject<QuizSubmitDialogData>(MAT_DIALOG_DATA);
}
