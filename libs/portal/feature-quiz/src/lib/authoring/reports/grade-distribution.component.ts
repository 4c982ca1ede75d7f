import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Attempts per tenth of the grade as CSS bars, with the same numbers as a table for screen readers and for
 * anyone who prefers figures (the chart itself is hidden from assistive technology).
 */
@Component({
  selector: 'tunas-grade-distribution',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chart" aria-hidden="true" data-testid="grade-chart">
      @for (band of bands(); track band.label) {
        <div class="chart__column">
          <span class="chart__count">{{ band.count }}</span>
          <div class="chart__bar" [style.height.%]="band.height"></div>
          <span class="chart__label">{{ band.label }}</span>
        </div>
      }
    </div>
    <details class="chart-table">
      <summary>{{ 'quizAuthoring.statistics.distributionTable' | transloco }}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{{ 'quizAuthoring.statistics.band' | transloco }}</th>
            <th scope="col">{{ 'quizAuthoring.statistics.attempts' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (band of bands(); track band.label) {
            <tr>
              <th scope="row">{{ band.label }}</th>
              <td>{{ band.count }}</td>
            </tr>
          }
        </tbody>
      </table>
    </details>
  `,
  styles: `
    :host { display: flex; flex-direction: column; gap: 8px; }
    .chart { display: grid; grid-template-columns: repeat(10, minmax(0, 1fr)); gap: 4px; align-items: end; height: 200px; padding: 8px 0; }
    .chart__column { display: flex; flex-direction: column; align-items: center; justify-content: flex-end; height: 100%; gap: 4px; min-width: 0; }
    .chart__bar { width: 100%; min-height: 2px; border-radius: 4px 4px 0 0; background: var(--mat-sys-primary); }
    .chart__count { font: var(--mat-sys-label-small); }
    .chart__label { font: var(--mat-sys-label-small); color: var(--mat-sys-on-surface-variant); writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
    @media (min-width: 700px) { .chart__label { writing-mode: horizontal-tb; transform: none; } }
    .chart-table table { border-collapse: collapse; margin-top: 8px; }
    .chart-table th, .chart-table td { padding: 4px 12px; text-align: start; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
})
export class GradeDistributionComponent {
  /** Attempts per tenth: [0–10%), [10–20%), …, [90–100%]. */
  readonly distribution = input.required<readonly number[]>();

  protected readonly bands = computed(() => {
    const counts = this.distribution();
    const highest = Math.max(1, ...counts);
    return counts.map((count, index) => ({
      label: `${index * 10}–${index === counts.length - 1 ? 100 : (index + 1) * 10}%`,
      count,
      height: (count / highest) * 100,
    }));
  });
}
