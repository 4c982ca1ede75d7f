import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AnswerSaveStatus } from '@tunas/portal/data-access/quiz';

const PRESENTATION: Readonly<Record<AnswerSaveStatus, { readonly key: string; readonly icon: string }>> = {
  saved: { key: 'quiz.save.saved', icon: 'cloud-done' },
  saving: { key: 'quiz.save.saving', icon: 'quiz-sync' },
  device: { key: 'quiz.save.device', icon: 'phone-save' },
  error: { key: 'quiz.save.error', icon: 'quiz-error' },
};

/** Where an answer is, in words with an icon (never colour alone). */
@Component({
  selector: 'tunas-quiz-save-status',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (presentation(); as shown) {
      <span class="save-status" [class]="'save-status save-status--' + status()" [attr.data-status]="status()">
        <mat-icon [svgIcon]="shown.icon" aria-hidden="true" />
        <span>{{ shown.key | transloco }}</span>
      </span>
    }
  `,
  styles: `
    :host { display: inline-flex; }
    .save-status { display: inline-flex; align-items: center; gap: 4px; font: var(--mat-sys-label-large); }
    .save-status mat-icon { width: 18px; height: 18px; flex: none; }
    .save-status--device { color: var(--mat-sys-tertiary); }
    .save-status--error { color: var(--mat-sys-error); }
  `,
})
export class QuizSaveStatusComponent {
  readonly status = input<AnswerSaveStatus | null>(null);

  protected readonly presentation = computed(() => {
    const status = this.status();
    return status ? PRESENTATION[status] : null;
  });
}
