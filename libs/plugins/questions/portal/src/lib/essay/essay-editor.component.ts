import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionEditorComponent } from '@tunas/portal/plugin-sdk';
import { type EssayConfig, essayConfigSchema } from '@tunas/plugins/questions/common';
import { EDITOR_LAYOUT_STYLES } from '../editing/editor-layout.styles';

const WHOLE_NUMBER = /^\s*\d*\s*$/;

/** Word limits, a starting text for learners, and notes for the graders. */
@Component({
  selector: 'tunas-essay-editor',
  imports: [MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container [formGroup]="form">
      <div class="editor__row-fields">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'questions.essay.minWords' | transloco }}</mat-label>
          <input matInput formControlName="minWords" inputmode="numeric" autocomplete="off" data-testid="essay-min" />
          <mat-hint>{{ 'questions.essay.noLimitHint' | transloco }}</mat-hint>
          @if (form.controls.minWords.invalid) {
            <mat-error>{{ 'questions.essay.wholeNumber' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'questions.essay.maxWords' | transloco }}</mat-label>
          <input matInput formControlName="maxWords" inputmode="numeric" autocomplete="off" data-testid="essay-max" />
          <mat-hint>{{ 'questions.essay.noLimitHint' | transloco }}</mat-hint>
          @if (form.controls.maxWords.invalid) {
            <mat-error>{{ 'questions.essay.wholeNumber' | transloco }}</mat-error>
          }
        </mat-form-field>
      </div>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'questions.essay.responseTemplate' | transloco }}</mat-label>
        <textarea matInput formControlName="responseTemplate" rows="4" data-testid="essay-template"></textarea>
        <mat-hint>{{ 'questions.essay.responseTemplateHint' | transloco }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'questions.essay.graderInfo' | transloco }}</mat-label>
        <textarea matInput formControlName="graderInfo" rows="4" data-testid="essay-grader-info"></textarea>
        <mat-hint>{{ 'questions.essay.graderInfoHint' | transloco }}</mat-hint>
      </mat-form-field>
    </ng-container>
    @if (problem(); as problem) {
      <div class="editor__problems" role="status" data-testid="editor-problem"><p>{{ problem | transloco }}</p></div>
    }
  `,
  styles: [EDITOR_LAYOUT_STYLES],
})
export class EssayEditorComponent implements QuestionEditorComponent<EssayConfig>, OnInit {
  private readonly destroyRef = inject(DestroyRef);

  readonly config = input<EssayConfig | null>(null);
  readonly configChange = output<EssayConfig | null>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    minWords: ['', Validators.pattern(WHOLE_NUMBER)],
    maxWords: ['', Validators.pattern(WHOLE_NUMBER)],
    responseTemplate: [''],
    graderInfo: [''],
  });
  protected readonly problem = signal<string | null>(null);

  ngOnInit(): void {
    const config = this.config();
    if (config) {
      this.form.setValue(
        {
          minWords: config.minWords === null ? '' : String(config.minWords),
          maxWords: config.maxWords === null ? '' : String(config.maxWords),
          responseTemplate: config.responseTemplate,
          graderInfo: config.graderInfo,
        },
        { emitEvent: false },
      );
    }
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  private update(): void {
    const value = this.form.getRawValue();
    const minWords = value.minWords.trim() === '' ? null : Number(value.minWords);
    const maxWords = value.maxWords.trim() === '' ? null : Number(value.maxWords);
    const limitsCross = minWords !== null && maxWords !== null && minWords > maxWords;
    this.problem.set(limitsCross ? 'questions.essay.limitsCross' : null);
    const parsed = this.form.valid && !limitsCross ? essayConfigSchema.safeParse({ ...value, minWords, maxWords }) : null;
    this.configChange.emit(parsed?.success ? parsed.data : null);
  }
}
