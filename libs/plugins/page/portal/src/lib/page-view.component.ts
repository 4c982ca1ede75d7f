import { ChangeDetectionStrategy, Component, afterNextRender, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActivityView } from '@tunas/portal/plugin-sdk';
import type { PageContent, PageState } from '@tunas/plugins/page/common';

/** Shows a lesson page and counts it as read once it is open. */
@Component({
  selector: 'tunas-page-view',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (estimatedMinutes(); as minutes) {
      <p class="page-view__meta">{{ 'plugins.page.estimatedMinutes' | transloco: { minutes } }}</p>
    }
    @if (html()) {
      <!-- Sanitised by the server when the trainer saved it, and again by Angular here. -->
      <div class="page-view__body" data-testid="page-view-body" [innerHTML]="html()"></div>
    } @else {
      <div class="page-view__body page-view__body--plain" data-testid="page-view-body">{{ content().markdown }}</div>
    }
  `,
  styles: `
    :host { display: block; }
    .page-view__meta { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .page-view__body { max-width: 72ch; line-height: 1.65; overflow-wrap: break-word; }
    .page-view__body h1 { font: var(--mat-sys-headline-small); }
    .page-view__body--plain { white-space: pre-wrap; }
    .page-view__body :is(h1, h2, h3, h4) { margin: 1.4em 0 0.5em; }
    .page-view__body :is(img, table) { max-width: 100%; }
    .page-view__body table { display: block; overflow-x: auto; border-collapse: collapse; }
    .page-view__body :is(th, td) { border: 1px solid var(--mat-sys-outline-variant); padding: 6px 10px; }
    .page-view__body blockquote { margin: 1em 0; padding: 4px 16px; border-inline-start: 4px solid var(--mat-sys-primary); background: var(--mat-sys-surface-container-low); }
    .page-view__body pre { overflow-x: auto; padding: 12px; background: var(--mat-sys-surface-container); border-radius: 8px; }
  `,
})
export class PageViewComponent implements ActivityView<PageContent, PageState> {
  readonly content = input.required<PageContent>();
  readonly state = input<PageState | null>(null);
  readonly readOnly = input(false);
  readonly stateChange = output<PageState>();

  protected readonly html = computed(() => this.content().html ?? '');
  protected readonly estimatedMinutes = computed(() => this.content().estimatedMinutes ?? null);

  constructor() {
    // Opening the page is reading it (completion mode "view").
    afterNextRender(() => {
      if (!this.readOnly() && !this.state()?.viewed) {
        this.stateChange.emit({ viewed: true });
      }
    });
  }
}
