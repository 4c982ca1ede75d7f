import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionReviewState } from '@tunas/portal/plugin-sdk';

/** What a review says about a whole response or one part of it (a choice, a prompt, a position). */
export type ReviewMarkKind = QuestionReviewState | 'rightAnswer';

// Material icons (Apache-2.0, Google), inline so the plugin does not depend on the app's icon list.
const ICON_PATHS: Readonly<Record<ReviewMarkKind, string>> = {
  correct: 'M9 16.17L4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z',
  partial: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18V4c4.41 0 8 3.59 8 8s-3.59 8-8 8z',
  incorrect: 'M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
  needsGrading: 'M6 2v6h.01L6 8.01 10 12l-4 4 .01.01H6V22h12v-5.99h-.01L18 16l-4-4 4-3.99-.01-.01H18V2H6zm10 14.5V20H8v-3.5l4-4 4 4z',
  rightAnswer: 'M12 17.27L18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z',
};

/** An icon and a word, never colour alone: "Benar", "Salah", "Sebagian benar", "Menunggu penilaian". */
@Component({
  selector: 'tunas-review-mark',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg class="review-mark__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path [attr.d]="iconPath()" /></svg>
    <span>{{ 'questions.review.mark.' + kind() | transloco }}</span>
  `,
  host: { class: 'review-mark', '[class]': "'review-mark--' + kind()", '[attr.data-mark]': 'kind()' },
  styles: `
    :host { display: inline-flex; align-items: center; gap: 4px; font: var(--mat-sys-label-large); }
    .review-mark__icon { width: 20px; height: 20px; fill: currentColor; flex: none; }
    :host(.review-mark--correct) { color: var(--mat-sys-primary); }
    :host(.review-mark--incorrect) { color: var(--mat-sys-error); }
    :host(.review-mark--partial), :host(.review-mark--needsGrading), :host(.review-mark--rightAnswer) { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class ReviewMarkComponent {
  readonly kind = input.required<ReviewMarkKind>();

  protected readonly iconPath = computed(() => ICON_PATHS[this.kind()]);
}
