import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type FormControl, type FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionEditorComponent } from '@tunas/portal/plugin-sdk';
import { type ShortAnswerConfig, shortAnswerConfigSchema } from '@tunas/plugins/questions/common';
import { EditorRowActionsComponent } from '../editing/editor-row-actions.component';
import { EDITOR_LAYOUT_STYLES } from '../editing/editor-layout.styles';
import { fractionOptions } from '../editing/fraction-options';
import { moveRow } from '../editing/form-rows.util';

type AcceptedAnswer = ShortAnswerConfig['answers'][number];
type AnswerGroup = FormGroup<{ text: FormControl<string>; fraction: FormControl<number>; feedback: FormControl<string> }>;

/** Accepted answers, checked in order (the first match wins), with a weight and feedback each. */
@Component({
  selector: 'tunas-short-answer-editor',
  imports: [
    EditorRowActionsComponent,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container [formGroup]="form">
      <mat-checkbox formControlName="caseSensitive">{{ 'questions.shortAnswer.caseSensitive' | transloco }}</mat-checkbox>
      <fieldset>
        <legend>{{ 'questions.shortAnswer.answers' | transloco }}</legend>
        <p class="editor__hint">{{ 'questions.shortAnswer.answersHint' | transloco }}</p>
        <ol class="editor__rows" formArrayName="answers">
          @for (answer of form.controls.answers.controls; track answer; let index = $index) {
            <li class="editor__row" [formGroupName]="index" data-testid="sa-answer">
              <div class="editor__row-head">
                <p class="editor__row-title">{{ 'questions.shortAnswer.answerN' | transloco: { n: index + 1 } }}</p>
                <tunas-editor-row-actions
                  [index]="index"
                  [count]="form.controls.answers.length"
                  [rowLabel]="'questions.shortAnswer.answerN' | transloco: { n: index + 1 }"
                  (moveUp)="move(index, -1)"
                  (moveDown)="move(index, 1)"
                  (remove)="remove(index)"
                />
              </div>
              <div class="editor__row-fields">
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'questions.shortAnswer.answerText' | transloco }}</mat-label>
                  <input matInput formControlName="text" autocomplete="off" data-testid="sa-answer-text" />
                  @if (answer.controls.text.hasError('required')) {
                    <mat-error>{{ 'questions.editor.required' | transloco }}</mat-error>
                  }
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'questions.editor.weight' | transloco }}</mat-label>
                  <select matNativeControl formControlName="fraction" data-testid="sa-answer-fraction">
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
      <button mat-stroked-button type="button" class="editor__add" data-testid="sa-add-answer" (click)="add()">
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'questions.shortAnswer.addAnswer' | transloco }}
      </button>
    </ng-container>
    @if (problem(); as problem) {
      <div class="editor__problems" role="status" data-testid="editor-problem"><p>{{ problem | transloco }}</p></div>
    }
  `,
  styles: [EDITOR_LAYOUT_STYLES],
})
export class ShortAnswerEditorComponent implements QuestionEditorComponent<ShortAnswerConfig>, OnInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly config = input<ShortAnswerConfig | null>(null);
  readonly configChange = output<ShortAnswerConfig | null>();

  protected readonly form = this.fb.group({ caseSensitive: [false], answers: this.fb.array<AnswerGroup>([]) });
  protected readonly problem = signal<string | null>(null);

  ngOnInit(): void {
    const config = this.config() ?? { caseSensitive: false, answers: [{ text: '', fraction: 1, feedback: '' }] };
    for (const answer of config.answers) {
      this.form.controls.answers.push(this.answerGroup(answer), { emitEvent: false });
    }
    this.form.controls.caseSensitive.setValue(config.caseSensitive, { emitEvent: false });
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  protected weightOptions(current: number) {
    return fractionOptions(false, current);
  }

  protected add(): void {
    this.form.controls.answers.push(this.answerGroup({ text: '', fraction: 0, feedback: '' }));
  }

  protected remove(index: number): void {
    this.form.controls.answers.removeAt(index);
  }

  protected move(index: number, offset: -1 | 1): void {
    moveRow(this.form.controls.answers, index, offset);
  }

  private answerGroup(answer: AcceptedAnswer): AnswerGroup {
    return this.fb.group({ text: [answer.text, Validators.required], fraction: [answer.fraction], feedback: [answer.feedback] });
  }

  private update(): void {
    const value = this.form.getRawValue();
    const answers = value.answers.map((answer) => ({ ...answer, text: answer.text.trim(), feedback: answer.feedback.trim() }));
    const parsed = shortAnswerConfigSchema.safeParse({ ...value, answers });
    const texts = answers.every((answer) => answer.text !== '');
    this.problem.set(parsed.success || !texts ? null : 'questions.editor.needsFullMarks');
    this.configChange.emit(parsed.success ? parsed.data : null);
  }
}
