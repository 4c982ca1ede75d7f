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
import { type MultipleChoiceConfig, multipleChoiceConfigSchema } from '@tunas/plugins/questions/common';
import { EditorRowActionsComponent } from '../editing/editor-row-actions.component';
import { EDITOR_LAYOUT_STYLES } from '../editing/editor-layout.styles';
import { fractionOptions } from '../editing/fraction-options';
import { moveRow, nextRowId } from '../editing/form-rows.util';

type Choice = MultipleChoiceConfig['choices'][number];
type ChoiceGroup = FormGroup<{ id: FormControl<string>; text: FormControl<string>; fraction: FormControl<number>; feedback: FormControl<string> }>;

const NEW_QUESTION: MultipleChoiceConfig = {
  single: true,
  shuffleAnswers: true,
  answerNumbering: 'abc',
  choices: [
    { id: 'c1', text: '', fraction: 1, feedback: '' },
    { id: 'c2', text: '', fraction: 0, feedback: '' },
    { id: 'c3', text: '', fraction: 0, feedback: '' },
    { id: 'c4', text: '', fraction: 0, feedback: '' },
  ],
  correctFeedback: '',
  partiallyCorrectFeedback: '',
  incorrectFeedback: '',
};

/** Choices with their weights and feedback, one answer or several, and the feedback for the whole response. */
@Component({
  selector: 'tunas-multiple-choice-editor',
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
      <div class="editor__settings">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'questions.multipleChoice.mode' | transloco }}</mat-label>
          <select matNativeControl formControlName="single" data-testid="mc-single">
            <option [ngValue]="true">{{ 'questions.multipleChoice.single' | transloco }}</option>
            <option [ngValue]="false">{{ 'questions.multipleChoice.multiple' | transloco }}</option>
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'questions.multipleChoice.numbering' | transloco }}</mat-label>
          <select matNativeControl formControlName="answerNumbering">
            @for (numbering of numberings; track numbering) {
              <option [value]="numbering">{{ 'questions.multipleChoice.numberings.' + numbering | transloco }}</option>
            }
          </select>
        </mat-form-field>
        <mat-checkbox formControlName="shuffleAnswers">{{ 'questions.editor.shuffle' | transloco }}</mat-checkbox>
      </div>

      <fieldset>
        <legend>{{ 'questions.multipleChoice.choices' | transloco }}</legend>
        <ol class="editor__rows" formArrayName="choices">
          @for (choice of form.controls.choices.controls; track choice.controls.id.value; let index = $index) {
            <li class="editor__row" [formGroupName]="index" data-testid="mc-choice">
              <div class="editor__row-head">
                <p class="editor__row-title">{{ 'questions.multipleChoice.choiceN' | transloco: { n: index + 1 } }}</p>
                <tunas-editor-row-actions
                  [index]="index"
                  [count]="form.controls.choices.length"
                  [minimum]="2"
                  [rowLabel]="'questions.multipleChoice.choiceN' | transloco: { n: index + 1 }"
                  (moveUp)="move(index, -1)"
                  (moveDown)="move(index, 1)"
                  (remove)="remove(index)"
                />
              </div>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'questions.multipleChoice.choiceText' | transloco }}</mat-label>
                <textarea matInput formControlName="text" rows="2" data-testid="mc-choice-text"></textarea>
                @if (choice.controls.text.hasError('required')) {
                  <mat-error>{{ 'questions.editor.required' | transloco }}</mat-error>
                }
              </mat-form-field>
              <div class="editor__row-fields">
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'questions.editor.weight' | transloco }}</mat-label>
                  <select matNativeControl formControlName="fraction" data-testid="mc-choice-fraction">
                    @for (option of weightOptions(choice.controls.fraction.value); track option.value) {
                      <option [ngValue]="option.value">{{ option.label }}</option>
                    }
                  </select>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'questions.editor.choiceFeedback' | transloco }}</mat-label>
                  <textarea matInput formControlName="feedback" rows="1"></textarea>
                </mat-form-field>
              </div>
            </li>
          }
        </ol>
      </fieldset>
      <button mat-stroked-button type="button" class="editor__add" data-testid="mc-add-choice" (click)="add()">
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'questions.multipleChoice.addChoice' | transloco }}
      </button>

      <fieldset class="editor__row-fields">
        <legend>{{ 'questions.editor.overallFeedback' | transloco }}</legend>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'questions.editor.correctFeedback' | transloco }}</mat-label>
          <textarea matInput formControlName="correctFeedback" rows="2"></textarea>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'questions.editor.partiallyCorrectFeedback' | transloco }}</mat-label>
          <textarea matInput formControlName="partiallyCorrectFeedback" rows="2"></textarea>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'questions.editor.incorrectFeedback' | transloco }}</mat-label>
          <textarea matInput formControlName="incorrectFeedback" rows="2"></textarea>
        </mat-form-field>
      </fieldset>
    </ng-container>
    @if (problem(); as problem) {
      <div class="editor__problems" role="status" data-testid="editor-problem">
        <p>{{ problem | transloco }}</p>
      </div>
    }
  `,
  styles: [EDITOR_LAYOUT_STYLES],
})
export class MultipleChoiceEditorComponent implements QuestionEditorComponent<MultipleChoiceConfig>, OnInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly config = input<MultipleChoiceConfig | null>(null);
  readonly configChange = output<MultipleChoiceConfig | null>();

  protected readonly numberings: readonly MultipleChoiceConfig['answerNumbering'][] = ['abc', 'ABCD', '123', 'none'];
  protected readonly form = this.fb.group({
    single: [true],
    shuffleAnswers: [true],
    answerNumbering: this.fb.control<MultipleChoiceConfig['answerNumbering']>('abc'),
    choices: this.fb.array<ChoiceGroup>([]),
    correctFeedback: [''],
    partiallyCorrectFeedback: [''],
    incorrectFeedback: [''],
  });
  /** What keeps the form from being saved, besides empty required fields (shown by the fields themselves). */
  protected readonly problem = signal<string | null>(null);
  private readonly single = signal(true);

  ngOnInit(): void {
    const config = this.config() ?? NEW_QUESTION;
    const { choices, ...settings } = config;
    for (const choice of choices) {
      this.form.controls.choices.push(this.choiceGroup(choice), { emitEvent: false });
    }
    this.form.patchValue(settings, { emitEvent: false });
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  protected weightOptions(current: number) {
    return fractionOptions(!this.single(), current);
  }

  protected add(): void {
    const id = nextRowId('c', this.form.controls.choices.getRawValue().map((choice) => choice.id));
    this.form.controls.choices.push(this.choiceGroup({ id, text: '', fraction: 0, feedback: '' }));
  }

  protected remove(index: number): void {
    this.form.controls.choices.removeAt(index);
  }

  protected move(index: number, offset: -1 | 1): void {
    moveRow(this.form.controls.choices, index, offset);
  }

  private choiceGroup(choice: Choice): ChoiceGroup {
    return this.fb.group({
      id: [choice.id],
      text: [choice.text, Validators.required],
      fraction: [choice.fraction],
      feedback: [choice.feedback],
    });
  }

  private update(): void {
    const value = this.form.getRawValue();
    this.single.set(value.single);
    const config = {
      ...value,
      choices: value.choices.map((choice) => ({ ...choice, text: choice.text.trim(), feedback: choice.feedback.trim() })),
    };
    const parsed = multipleChoiceConfigSchema.safeParse(config);
    const texts = config.choices.every((choice) => choice.text !== '');
    this.problem.set(parsed.success || !texts ? null : value.single ? 'questions.multipleChoice.needsRightSingle' : 'questions.multipleChoice.needsRightMultiple');
    this.configChange.emit(parsed.success ? parsed.data : null);
  }
}
