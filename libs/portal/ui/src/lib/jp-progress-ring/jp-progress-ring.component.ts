import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A ring filling up as a learner's JP approach the year's target; one image with a spoken label ("12 dari 20 JP"). */
@Component({
  selector: 'tunas-jp-progress-ring',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      class="jp-ring"
      viewBox="0 0 100 100"
      role="img"
      [attr.width]="size()"
      [attr.height]="size()"
      [attr.aria-label]="'learning.ring.label' | transloco: { done: done(), target: target() }"
      [attr.data-testid]="testId()"
    >
      <circle class="jp-ring__track" cx="50" cy="50" [attr.r]="radius" />
      <circle
        class="jp-ring__value"
        [class.jp-ring__value--reached]="reached()"
        cx="50"
        cy="50"
        [attr.r]="radius"
        [attr.stroke-dasharray]="circumference"
        [attr.stroke-dashoffset]="dashOffset()"
        transform="rotate(-90 50 50)"
      />
      <text class="jp-ring__done" x="50" y="50" text-anchor="middle" aria-hidden="true">{{ done() }}</text>
      <text class="jp-ring__target" x="50" y="67" text-anchor="middle" aria-hidden="true">
        {{ 'learning.ring.ofTarget' | transloco: { target: target() } }}
      </text>
    </svg>
  `,
  styles: `
    :host { display: inline-block; line-height: 0; }
    .jp-ring__track { fill: none; stroke: var(--mat-sys-surface-container-highest); stroke-width: 10; }
    .jp-ring__value {
      fill: none;
      stroke: var(--mat-sys-primary);
      stroke-width: 10;
      stroke-linecap: round;
      transition: stroke-dashoffset 600ms ease-out;
    }
    .jp-ring__value--reached { stroke: var(--mat-sys-tertiary); }
    .jp-ring__done { font: 600 26px/1 var(--mat-sys-body-large-font, sans-serif); fill: var(--mat-sys-on-surface); }
    .jp-ring__target { font: 400 11px/1 var(--mat-sys-body-small-font, sans-serif); fill: var(--mat-sys-on-surface-variant); }
    @media (prefers-reduced-motion: reduce) { .jp-ring__value { transition: none; } }
  `,
})
export class JpProgressRingComponent {
  readonly done = input.required<number>();
  readonly target = input.required<number>();
  /** Rendered width and height in pixels. */
  readonly size = input(120);
  readonly testId = input('jp-progress-ring');

  protected readonly radius = RADIUS;
  protected readonly circumference = CIRCUMFERENCE;
  /** Share of the target reached, in [0, 1]; a target of 0 counts as reached. */
  protected readonly share = computed(() => {
    const target = this.target();
    return target <= 0 ? 1 : Math.min(1, Math.max(0, this.done() / target));
  });
  protected readonly reached = computed(() => this.share() >= 1);
  protected readonly dashOffset = computed(() => CIRCUMFERENCE * (1 - this.share()));
}
