import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionEditorComponent } from '@tunas/portal/plugin-sdk';
import { type TrueFalseConfig, trueFalseConfigSchema } from '@tunas/plugins/questions/common';
import { EDITOR_LAYOUT_STYLES } from '../editing/editor-layout.styles';

/** Which of Benar and Salah is right, and the feedback for each. */
@Component({
  selector: 'tunas-true-false-editor',
  imports: [MatFormFieldModule, MatInputModule, MatRadioModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container [formGroup]="form">
      <fieldset>
        <legend [id]="legendId">{{ 'questions.trueFalse.rightAnswer' | transloco }}</legend>
        <mat-radio-group class="editor__settings" formControlName="correct" [attr.aria-labelledby]="legendId">
          <mat-radio-button [value]="true" data-testid="tf-correct-true">{{ 'questions.trueFalse.true' | transloco }}</mat-radio-button>
          <mat-radio-button [value]="false" data-testid="tf-correct-false">{{ 'questions.trueFalse.false' | transloco }}</mat-radio-button>
        </mat-radio-group>
      </fieldset>
      <div class="editor__row-fields">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'questions.trueFalse.trueFeedback' | transloco }}</mat-label>
          <textarea matInput formControlName="trueFeedback" rows="2"></textarea>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'questions.trueFalse.falseFeedback' | transloco }}</mat-label>
          <textarea matInput formControlName="falseFeedback" rows="2"></textarea>
        </mat-form-field>
      </div>
    </ng-container>
  `,
  styles: [EDITOR_LAYOUT_STYLES, 'mat-radio-button { min-height: 48px; display: flex; align-items: center; }'],
})
export class TrueFalseEditorComponent implements QuestionEditorComponent<TrueFalseConfig>, OnInit {
  private readonly destroyRef = inject(DestroyRef);

  readonly config = input<TrueFalseConfig | null>(null);
  readonly configChange = output<TrueFalseConfig | null>();

  private static nextId = 0;
  protected readonly legendId = `tunas-tf-editor-${TrueFalseEditorComponent.nextId++}`;
  /** No right answer is chosen for a new question: the trainer must pick one. */
  protected readonly form = inject(NonNullableFormBuilder).group({
    correct: inject(NonNullableFormBuilder).control<boolean | null>(null),
    trueFeedback: [''],
    falseFeedback: [''],
  });

  ngOnInit(): void {
    const config = this.config();
    if (config) {
      this.form.patchValue(config, { emitEvent: false });
    }
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  private update(): void {
    const value = this.form.getRawValue();
    const parsed = trueFalseConfigSchema.safeParse({ ...value, trueFeedback: value.trueFeedback.trim(), falseFeedback: value.falseFeedback.trim() });
    this.configChange.emit(parsed.success ? parsed.data : null);
  }
}
