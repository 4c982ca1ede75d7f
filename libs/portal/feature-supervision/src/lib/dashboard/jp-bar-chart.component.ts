import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { JpBar } from './jp-chart.util';

const ROW_HEIGHT = 40;

/**
 * Horizontal JP bars in plain SVG (widths in percent, so it fits a phone without scaling the text), with the same
 * figures as a table: the drawing is hidden from assistive technology, the table is not.
 */
@Component({
  selector: 'tunas-jp-bar-chart',
  imports: [DecimalPipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart">
      <figcaption class="chart__title">{{ caption() }}</figcaption>
      @if (bars().length) {
        <svg class="chart__svg" width="100%" [attr.height]="height()" aria-hidden="true" focusable="false" [attr.data-testid]="testId()">
          @for (bar of rows(); track bar.id) {
            <text class="chart__label" x="0" [attr.y]="bar.y + 12">{{ bar.labelKey ? (bar.labelKey | transloco) : bar.label }}</text>
            <rect class="chart__track" x="0" [attr.y]="bar.y + 18" width="85%" height="14" rx="4" />
            <rect class="chart__bar" x="0" [attr.y]="bar.y + 18" [attr.width]="bar.width + '%'" height="14" rx="4" />
            <text class="chart__value" x="87%" [attr.y]="bar.y + 30">{{ bar.value | number: '1.0-1' }}</text>
          }
        </svg>
        <details class="chart__table">
          <summary>{{ 'supervision.chart.showTable' | transloco }}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{{ categoryHeader() }}</th>
                <th scope="col">{{ valueHeader() }}</th>
              </tr>
            </thead>
            <tbody>
              @for (bar of bars(); track bar.id) {
                <tr>
                  <th scope="row">{{ bar.labelKey ? (bar.labelKey | transloco) : bar.label }}</th>
                  <td>{{ bar.value | number: '1.0-1' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </details>
      } @else {
        <p class="chart__empty">{{ 'supervision.chart.empty' | transloco }}</p>
      }
    </figure>
  `,
  styles: `
    :host { display: block; min-width: 0; }
    .chart { margin: 0; display: flex; flex-direction: column; gap: 8px; }
    .chart__title { font: var(--mat-sys-title-small); }
    .chart__svg { display: block; overflow: visible; }
    .chart__label { font: var(--mat-sys-body-small); fill: var(--mat-sys-on-surface); }
    .chart__value { font: var(--mat-sys-label-medium); fill: var(--mat-sys-on-surface); }
    .chart__track { fill: var(--mat-sys-surface-container-high); }
    .chart__bar { fill: var(--mat-sys-primary); }
    .chart__empty { color: var(--mat-sys-on-surface-variant); }
    .chart__table table { border-collapse: collapse; margin-top: 8px; }
    .chart__table th, .chart__table td { padding: 4px 12px; text-align: start; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
})
export class JpBarChartComponent {
  readonly bars = input.required<readonly JpBar[]>();
  readonly caption = input.required<string>();
  readonly categoryHeader = input.required<string>();
  readonly valueHeader = input.required<string>();
  readonly testId = input<string>('jp-chart');

  /** Bars use 85% of the width; the value stands after the track, in the same place on every row. */
  protected readonly rows = computed(() => this.bars().map((bar, index) => ({ ...bar, y: index * ROW_HEIGHT, width: bar.percent * 0.85 })));
  protected readonly height = computed(() => this.bars().length * ROW_HEIGHT);
}
