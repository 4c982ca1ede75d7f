import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type FormControl, type FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionEditorComponent } from '@tunas/portal/plugin-sdk';
import { type NumericalConfig, numericalConfigSchema } from '@tunas/plugins/questions/common';
import { EditorRowActionsComponent } from '../editing/editor-row-actions.component';
import { EDITOR_LAYOUT_STYLES } from '../editing/editor-layout.styles';
import { fractionOptions } from '../editing/fraction-options';
import { moveRow } from '../editing/form-rows.util';
import { parseDecimal } from './parse-decimal.util';

type NumericalAnswer = NumericalConfig['answers'][number];
type AnswerGroup = FormGroup<{ value: FormControl<string>; tolerance: FormControl<string>; fraction: FormControl<number>; feedback: FormControl<string> }>;

/** Moodle's `*`: any number no earlier answer matched. */
const ANY_OTHER = '*';
const NUMBER_OR_ANY = /^\s*(\*|[-+]?(\d+[.,]?\d*|[.,]\d+)([eE][-+]?\d+)?)\s*$/;
const NON_NEGATIVE = /^\s*((\d+[.,]?\d*|[.,]\d+)([eE][-+]?\d+)?)?\s*$/;

/** Accepted values with a tolerance each (value ± tolerance), checked in order, typed with a comma or a point. */
@Component({
  selector: 'tunas-numerical-editor',
  imports: [EditorRowActionsComponent, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container [formGroup]="form">
      <fieldset>
        <legend>{{ 'questions.numerical.answers' | transloco }}</legend>
        <p class="editor__hint">{{ 'questions.numerical.answersHint' | transloco }}</p>
        <ol class="editor__rows" formArrayName="answers">
          @for (answer of form.controls.answers.controls; track answer; let index = $index) {
            <li class="editor__row" [formGroupName]="index" data-testid="num-answer">
              <div class="editor__row-head">
                <p class="editor__row-title">{{ 'questions.numerical.answerN' | transloco: { n: index + 1 } }}</p>
                <tunas-editor-row-actions
                  [index]="index"
                  [count]="form.controls.answers.length"
                  [rowLabel]="'questions.numerical.answerN' | transloco: { n: index + 1 }"
                  (moveUp)="move(index, -1)"
                  (moveDown)="move(index, 1)"
                  (remove)="remove(index)"
                />
              </div>
              <div class="editor__row-fields">
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'questions.numerical.value' | transloco }}</mat-label>
                  <input matInput formControlName="value" inputmode="decimal" autocomplete="off" data-testid="num-answer-value" />
                  @if (answer.controls.value.invalid && answer.controls.value.touched) {
                    <mat-error>{{ 'questions.numerical.valueInvalid' | transloco }}</mat-error>
                  }
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'questions.numerical.tolerance' | transloco }}</mat-label>
                  <input matInput formControlName="tolerance" inputmode="decimal" autocomplete="off" data-testid="num-answer-tolerance" />
                  @if (answer.controls.tolerance.invalid && answer.controls.tolerance.touched) {
                    <mat-error>{{ 'questions.numerical.toleranceInvalid' | transloco }}</mat-error>
                  }
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'questions.editor.weight' | transloco }}</mat-label>
                  <select matNativeControl formControlName="fraction" data-testid="num-answer-fraction">
                    @for (option of weightOptions(answer.controls.fraction.value); track option.value) {
                      <option [ngValue]="option.value">{{ option.label }}</option>
                    }
                  </select>
                </mat-form-field>
              </div>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'questions.editor.choiceFeedback' | transloco }}</mat-label>
                <textarea matInput formControlName="feedback" rows="1"></textarea>
              </mat-form-field>
            </li>
          }
        </ol>
      </fieldset>
      <button mat-stroked-button type="button" class="editor__add" data-testid="num-add-answer" (click)="add()">
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'questions.numerical.addAnswer' | transloco }}
      </button>
    </ng-container>
    @if (problem(); as problem) {
      <div class="editor__problems" role="status" data-testid="editor-problem"><p>{{ problem | transloco }}</p></div>
    }
  `,
  styles: [EDITOR_LAYOUT_STYLES],
})
export class NumericalEditorComponent implements QuestionEditorComponent<NumericalConfig>, OnInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly config = input<NumericalConfig | null>(null);
  readonly configChange = output<NumericalConfig | null>();

  protected readonly form = this.fb.group({ answers: this.fb.array<AnswerGroup>([]) });
  protected readonly problem = signal<string | null>(null);

  ngOnInit(): void {
    const answers = this.config()?.answers ?? [{ value: null, tolerance: 0, fraction: 1, feedback: '' }];
    for (const answer of answers) {
      this.form.controls.answers.push(this.answerGroup(answer, this.config() === null), { emitEvent: false });
    }
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  protected weightOptions(current: number) {
    return fractionOptions(false, current);
  }

  protected add(): void {
    this.form.controls.answers.push(this.answerGroup({ value: null, tolerance: 0, fraction: 0, feedback: '' }, true));
  }

  protected remove(index: number): void {
    this.form.controls.answers.removeAt(index);
  }

  protected move(index: number, offset: -1 | 1): void {
    moveRow(this.form.controls.answers, index, offset);
  }

  /** A new row starts empty rather than as `*`, so that a forgotten value is not read as "any other number". */
  private answerGroup(answer: NumericalAnswer, blank: boolean): AnswerGroup {
    const value = answer.value === null ? (blank ? '' : ANY_OTHER) : String(answer.value);
    return this.fb.group({
      value: [value, [Validators.required, Validators.pattern(NUMBER_OR_ANY)]],
      tolerance: [answer.tolerance === 0 ? '' : String(answer.tolerance), Validators.pattern(NON_NEGATIVE)],
      fraction: [answer.fraction],
      feedback: [answer.feedback],
    });
  }

  private update(): void {
    const rows = this.form.getRawValue().answers;
    const answers = rows.map((row) => ({
      value: row.value.trim() === ANY_OTHER ? null : parseDecimal(row.value),
      tolerance: row.tolerance.trim() === '' ? 0 : parseDecimal(row.tolerance),
      fraction: row.fraction,
      feedback: row.feedback.trim(),
    }));
    const fieldsValid = this.form.valid;
    const parsed = fieldsValid ? numericalConfigSchema.safeParse({ answers }) : null;
    this.problem.set(!fieldsValid || parsed?.success ? null : 'questions.editor.needsFullMarks');
    this.configChange.emit(parsed?.success ? parsed.data : null);
  }
}
