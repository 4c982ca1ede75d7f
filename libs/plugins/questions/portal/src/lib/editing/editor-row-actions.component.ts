import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** Up, down and remove for one row of an editor list; each button names the row it acts on. */
@Component({
  selector: 'tunas-editor-row-actions',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      type="button"
      data-testid="row-up"
      [disabled]="index() === 0"
      [attr.aria-label]="'questions.editor.moveUp' | transloco: { row: rowLabel() }"
      (click)="moveUp.emit()"
    >
      <mat-icon svgIcon="arrow-upward" aria-hidden="true" />
    </button>
    <button
      mat-icon-button
      type="button"
      data-testid="row-down"
      [disabled]="index() === count() - 1"
      [attr.aria-label]="'questions.editor.moveDown' | transloco: { row: rowLabel() }"
      (click)="moveDown.emit()"
    >
      <mat-icon svgIcon="arrow-downward" aria-hidden="true" />
    </button>
    <button
      mat-icon-button
      type="button"
      data-testid="row-remove"
      [disabled]="count() <= minimum()"
      [attr.aria-label]="'questions.editor.remove' | transloco: { row: rowLabel() }"
      (click)="remove.emit()"
    >
      <mat-icon svgIcon="delete" aria-hidden="true" />
    </button>
  `,
  styles: `
    :host { display: flex; gap: 4px; justify-content: flex-end; }
    button { width: 48px; height: 48px; }
  `,
})
export class EditorRowActionsComponent {
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  /** Rows the list cannot go below (a choice question needs two choices). */
  readonly minimum = input(1);
  /** How the buttons name the row to assistive technology, e.g. "Pilihan 2". */
  readonly rowLabel = input.required<string>();

  readonly moveUp = output<void>();
  readonly moveDown = output<void>();
  readonly remove = output<void>();
}
