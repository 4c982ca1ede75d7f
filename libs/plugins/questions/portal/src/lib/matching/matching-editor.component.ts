import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type FormControl, type FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionEditorComponent } from '@tunas/portal/plugin-sdk';
import { type MatchingConfig, matchingConfigSchema } from '@tunas/plugins/questions/common';
import { EditorRowActionsComponent } from '../editing/editor-row-actions.component';
import { EDITOR_LAYOUT_STYLES } from '../editing/editor-layout.styles';
import { moveRow, nextRowId } from '../editing/form-rows.util';

type PairGroup = FormGroup<{ id: FormControl<string>; prompt: FormControl<string>; answerId: FormControl<string>; answer: FormControl<string> }>;
type DistractorGroup = FormGroup<{ id: FormControl<string>; text: FormControl<string> }>;

interface PairRow {
  id: string;
  prompt: string;
  answerId: string;
  answer: string;
}

/**
 * Pairs of a prompt and its answer, plus distractors (answers that match no prompt). Prompts with the
 * same answer text share one answer, as in Moodle.
 */
@Component({
  selector: 'tunas-matching-editor',
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
      <mat-checkbox formControlName="shuffleAnswers">{{ 'questions.editor.shuffle' | transloco }}</mat-checkbox>
      <fieldset>
        <legend>{{ 'questions.matching.pairs' | transloco }}</legend>
        <ol class="editor__rows" formArrayName="pairs">
          @for (pair of form.controls.pairs.controls; track pair.controls.id.value; let index = $index) {
            <li class="editor__row" [formGroupName]="index" data-testid="match-pair">
              <div class="editor__row-head">
                <p class="editor__row-title">{{ 'questions.matching.pairN' | transloco: { n: index + 1 } }}</p>
                <tunas-editor-row-actions
                  [index]="index"
                  [count]="form.controls.pairs.length"
                  [minimum]="2"
                  [rowLabel]="'questions.matching.pairN' | transloco: { n: index + 1 }"
                  (moveUp)="movePair(index, -1)"
                  (moveDown)="movePair(index, 1)"
                  (remove)="form.controls.pairs.removeAt(index)"
                />
              </div>
              <div class="editor__row-fields">
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'questions.matching.prompt' | transloco }}</mat-label>
                  <textarea matInput formControlName="prompt" rows="2" data-testid="match-prompt"></textarea>
                  @if (pair.controls.prompt.hasError('required')) {
                    <mat-error>{{ 'questions.editor.required' | transloco }}</mat-error>
                  }
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'questions.matching.answer' | transloco }}</mat-label>
                  <input matInput formControlName="answer" autocomplete="off" data-testid="match-answer" />
                  @if (pair.controls.answer.hasError('required')) {
                    <mat-error>{{ 'questions.editor.required' | transloco }}</mat-error>
                  }
                </mat-form-field>
              </div>
            </li>
          }
        </ol>
      </fieldset>
      <button mat-stroked-button type="button" class="editor__add" data-testid="match-add-pair" (click)="addPair()">
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'questions.matching.addPair' | transloco }}
      </button>

      <fieldset>
        <legend>{{ 'questions.matching.distractors' | transloco }}</legend>
        <p class="editor__hint">{{ 'questions.matching.distractorsHint' | transloco }}</p>
        <ol class="editor__rows" formArrayName="distractors">
          @for (distractor of form.controls.distractors.controls; track distractor.controls.id.value; let index = $index) {
            <li class="editor__row" [formGroupName]="index" data-testid="match-distractor">
              <div class="editor__row-head">
                <mat-form-field appearance="outline" subscriptSizing="dynamic" class="editor__grow">
                  <mat-label>{{ 'questions.matching.distractorN' | transloco: { n: index + 1 } }}</mat-label>
                  <input matInput formControlName="text" autocomplete="off" data-testid="match-distractor-text" />
                </mat-form-field>
                <tunas-editor-row-actions
                  [index]="index"
                  [count]="form.controls.distractors.length"
                  [minimum]="0"
                  [rowLabel]="'questions.matching.distractorN' | transloco: { n: index + 1 }"
                  (moveUp)="moveDistractor(index, -1)"
                  (moveDown)="moveDistractor(index, 1)"
                  (remove)="form.controls.distractors.removeAt(index)"
                />
              </div>
            </li>
          }
        </ol>
      </fieldset>
      <button mat-stroked-button type="button" class="editor__add" data-testid="match-add-distractor" (click)="addDistractor()">
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'questions.matching.addDistractor' | transloco }}
      </button>
    </ng-container>
  `,
  styles: [EDITOR_LAYOUT_STYLES, '.editor__grow { flex: 1 1 12rem; }'],
})
export class MatchingEditorComponent implements QuestionEditorComponent<MatchingConfig>, OnInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly config = input<MatchingConfig | null>(null);
  readonly configChange = output<MatchingConfig | null>();

  protected readonly form = this.fb.group({
    shuffleAnswers: [true],
    pairs: this.fb.array<PairGroup>([]),
    distractors: this.fb.array<DistractorGroup>([]),
  });

  ngOnInit(): void {
    const config = this.config();
    const answers = new Map(config?.answers.map((answer) => [answer.id, answer.text]));
    const pairs: PairRow[] = config
      ? config.pairs.map((pair) => ({ id: pair.id, prompt: pair.prompt, answerId: pair.answerId, answer: answers.get(pair.answerId) ?? '' }))
      : [
          { id: 'p1', prompt: '', answerId: 'a1', answer: '' },
          { id: 'p2', prompt: '', answerId: 'a2', answer: '' },
        ];
    const matched = new Set(config?.pairs.map((pair) => pair.answerId));
    for (const pair of pairs) {
      this.form.controls.pairs.push(this.pairGroup(pair), { emitEvent: false });
    }
    for (const answer of config?.answers.filter((answer) => !matched.has(answer.id)) ?? []) {
      this.form.controls.distractors.push(this.distractorGroup(answer.id, answer.text), { emitEvent: false });
    }
    this.form.controls.shuffleAnswers.setValue(config?.shuffleAnswers ?? true, { emitEvent: false });
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  protected addPair(): void {
    const pairs = this.form.controls.pairs.getRawValue();
    this.form.controls.pairs.push(
      this.pairGroup({ id: nextRowId('p', pairs.map((pair) => pair.id)), prompt: '', answerId: nextRowId('a', this.answerIds()), answer: '' }),
    );
  }

  protected addDistractor(): void {
    this.form.controls.distractors.push(this.distractorGroup(nextRowId('a', this.answerIds()), ''));
  }

  protected movePair(index: number, offset: -1 | 1): void {
    moveRow(this.form.controls.pairs, index, offset);
  }

  protected moveDistractor(index: number, offset: -1 | 1): void {
    moveRow(this.form.controls.distractors, index, offset);
  }

  private answerIds(): string[] {
    const { pairs, distractors } = this.form.getRawValue();
    return [...pairs.map((pair) => pair.answerId), ...distractors.map((distractor) => distractor.id)];
  }

  private pairGroup(pair: PairRow): PairGroup {
    return this.fb.group({
      id: [pair.id],
      prompt: [pair.prompt, Validators.required],
      answerId: [pair.answerId],
      answer: [pair.answer, Validators.required],
    });
  }

  private distractorGroup(id: string, text: string): DistractorGroup {
    return this.fb.group({ id: [id], text: [text] });
  }

  private update(): void {
    const { shuffleAnswers, pairs, distractors } = this.form.getRawValue();
    // One answer per distinct text; the first row that uses a text lends it its id, unless another text
    // took that id already (two prompts shared an answer and one of them was changed).
    const idOfText = new Map<string, string>();
    const answers: MatchingConfig['answers'] = [];
    const rowIds = [...pairs.map((pair) => pair.answerId), ...distractors.map((distractor) => distractor.id)];
    const answerIdFor = (rowId: string, text: string): string => {
      const existing = idOfText.get(text);
      if (existing) return existing;
      const taken = answers.some((answer) => answer.id === rowId);
      const id = taken ? nextRowId('a', [...rowIds, ...answers.map((answer) => answer.id)]) : rowId;
      idOfText.set(text, id);
      answers.push({ id, text });
      return id;
    };
    const configPairs = pairs.map((pair) => ({ id: pair.id, prompt: pair.prompt.trim(), answerId: answerIdFor(pair.answerId, pair.answer.trim()) }));
    for (const distractor of distractors) {
      const text = distractor.text.trim();
      if (text !== '') answerIdFor(distractor.id, text);
    }
    const parsed = matchingConfigSchema.safeParse({ shuffleAnswers, pairs: configPairs, answers });
    this.configChange.emit(parsed.success ? parsed.data : null);
  }
}
