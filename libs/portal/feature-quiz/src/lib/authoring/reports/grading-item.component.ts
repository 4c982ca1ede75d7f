import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { type GradingQueueItem, QuizReportsApi } from '@tunas/portal/data-access/quiz';
import { DateTimePipe, ErrorAlertComponent } from '@tunas/portal/ui';

/** One response waiting for a person: the question, the learner's answer, the grader's notes and a mark. */
@Component({
  selector: 'tunas-grading-item',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, DateTimePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let entry = item();
    <article class="grading-item" [attr.aria-labelledby]="headingId()">
      <header>
        <h2 [id]="headingId()">{{ entry.questionName }}</h2>
        <p class="grading-item__meta">
          {{ entry.quizTitle }} · {{ entry.learnerName }}
          @if (entry.submittedAt) {
            · {{ entry.submittedAt | tunasDateTime }}
          }
        </p>
      </header>
      <div class="grading-item__question" [innerHTML]="entry.questionHtml"></div>
      <h3>{{ 'quizAuthoring.grading.response' | transloco }}</h3>
      <blockquote class="grading-item__response">{{ entry.responseText || ('quizAuthoring.grading.noResponse' | transloco) }}</blockquote>
      @if (entry.graderInfo) {
        <h3>{{ 'quizAuthoring.grading.graderInfo' | transloco }}</h3>
        <div class="grading-item__info" [innerHTML]="entry.graderInfo"></div>
      }
      <form class="grading-item__form" [formGroup]="form" (ngSubmit)="submit()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="grading-item__mark">
          <mat-label>{{ 'quizAuthoring.grading.mark' | transloco: { max: entry.maxMark } }}</mat-label>
          <input matInput type="number" min="0" [max]="entry.maxMark" step="0.5" formControlName="mark" data-testid="grading-mark" />
          @if (form.controls.mark.invalid) {
            <mat-error>{{ 'quizAuthoring.grading.markRange' | transloco: { max: entry.maxMark } }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="grading-item__comment">
          <mat-label>{{ 'quizAuthoring.grading.comment' | transloco }}</mat-label>
          <textarea matInput formControlName="comment" rows="2" data-testid="grading-comment"></textarea>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="grading-save">{{ 'quizAuthoring.grading.save' | transloco }}</button>
      </form>
      @if (error(); as failure) {
        <tunas-error-alert [message]="failure.message" />
      }
    </article>
  `,
  styles: `
    .grading-item { display: flex; flex-direction: column; gap: 8px; padding: 16px; border-radius: 16px; border: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface-container-low); }
    h2 { margin: 0; font: var(--mat-sys-title-medium); overflow-wrap: anywhere; }
    h3 { margin: 4px 0 0; font: var(--mat-sys-title-small); }
    .grading-item__meta { margin: 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .grading-item__response { margin: 0; padding: 8px 12px; border-inline-start: 4px solid var(--mat-sys-primary); background: var(--mat-sys-surface-container); white-space: pre-wrap; overflow-wrap: anywhere; }
    .grading-item__info { font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    .grading-item__form { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 12px; }
    .grading-item__mark { width: 160px; }
    .grading-item__comment { flex: 1 1 240px; }
  `,
})
export class GradingItemComponent {
  private readonly api = inject(QuizReportsApi);

  readonly item = input.required<GradingQueueItem>();
  readonly graded = output<GradingQueueItem>();

  protected readonly headingId = computed(() => `grading-${this.item().attemptId}-${this.item().slot}`);
  protected readonly form = inject(NonNullableFormBuilder).group({
    mark: [0, [Validators.required, Validators.min(0)]],
    comment: ['', Validators.maxLength(5000)],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<PortalError | null>(null);

  constructor() {
    effect(() => {
      const mark = this.form.controls.mark;
      mark.setValidators([Validators.required, Validators.min(0), Validators.max(this.item().maxMark)]);
      mark.updateValueAndValidity();
    });
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const { mark, comment } = this.form.getRawValue();
    const item = this.item();
    this.saving.set(true);
    this.error.set(null);
    try {
      await this.api.grade({ attemptId: item.attemptId, slot: item.slot, mark, comment: comment.trim() });
      this.graded.emit(item);
    } catch (error) {
      this.error.set(toPortalError(error));
    } finally {
      this.saving.set(false);
    }
  }
}
