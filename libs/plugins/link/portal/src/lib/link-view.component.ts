import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActivityView } from '@tunas/portal/plugin-sdk';
import type { LinkContent, LinkState } from '@tunas/plugins/link/common';

/** A source outside Tunas, opened in a new tab; following it completes the activity. */
@Component({
  selector: 'tunas-link-view',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (content().description) {
      <p class="link-view__description">{{ content().description }}</p>
    }
    <p class="link-view__host">{{ 'plugins.link.site' | transloco: { host: host() } }}</p>
    <a
      mat-flat-button
      [href]="content().url"
      target="_blank"
      rel="noopener noreferrer"
      data-testid="link-open"
      (click)="markVisited()"
      (auxclick)="markVisited()"
    >
      {{ 'plugins.link.open' | transloco }}
      <span class="cdk-visually-hidden">{{ 'plugins.newTab' | transloco }}</span>
    </a>
    @if (visited()) {
      <p class="link-view__done" role="status">{{ 'plugins.link.visited' | transloco }}</p>
    }
  `,
  styles: `
    :host { display: block; }
    .link-view__description { margin: 0 0 12px; max-width: 72ch; }
    .link-view__host { margin: 0 0 12px; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); overflow-wrap: anywhere; }
    .link-view__done { margin: 12px 0 0; color: var(--mat-sys-primary); }
  `,
})
export class LinkViewComponent implements ActivityView<LinkContent, LinkState> {
  readonly content = input.required<LinkContent>();
  readonly state = input<LinkState | null>(null);
  readonly readOnly = input(false);
  readonly stateChange = output<LinkState>();

  private readonly visitedNow = signal(false);
  protected readonly visited = computed(() => this.visitedNow() || !!this.state()?.visited);
  protected readonly host = computed(() => new URL(this.content().url).host);

  protected markVisited(): void {
    if (this.readOnly() || this.visited()) {
      return;
    }
    this.visitedNow.set(true);
    this.stateChange.emit({ visited: true });
  }
}
