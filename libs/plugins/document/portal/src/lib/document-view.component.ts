import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { DomSanitizer } from '@angular/platform-browser';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { type ActivityContext, type ActivityView, LIBRARY_MATERIALS } from '@tunas/portal/plugin-sdk';
import type { DocumentContent, DocumentState } from '@tunas/plugins/document/common';
import { DOCUMENT_FORMAT_KEYS, readableSize } from './document-formats';

/** A worksheet or handout: open it in a new tab, download it, or read a PDF right here. */
@Component({
  selector: 'tunas-document-view',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (content().description) {
      <p class="document-view__description">{{ content().description }}</p>
    }
    <p class="document-view__file">
      <span class="document-view__name">{{ content().fileName }}</span>
      <span class="document-view__meta">{{ formatKey() | transloco }}@if (size(); as readable) { · {{ readable }}}</span>
    </p>
    @if (fileUrl(); as url) {
      <div class="document-view__actions">
        <a
          mat-flat-button
          [href]="url"
          target="_blank"
          rel="noopener"
          data-testid="document-open"
          (click)="markOpened()"
          (auxclick)="markOpened()"
        >
          {{ 'plugins.document.open' | transloco }}
          <span class="cdk-visually-hidden">{{ 'plugins.newTab' | transloco }}</span>
        </a>
        <a mat-stroked-button [href]="url" [attr.download]="content().fileName" data-testid="document-download" (click)="markOpened()">
          {{ 'plugins.document.download' | transloco }}
        </a>
        @if (canPreview()) {
          <button
            mat-stroked-button
            type="button"
            aria-controls="document-preview"
            [attr.aria-expanded]="previewOpen()"
            data-testid="document-preview-toggle"
            (click)="togglePreview()"
          >
            {{ (previewOpen() ? 'plugins.document.hidePreview' : 'plugins.document.showPreview') | transloco }}
          </button>
        }
      </div>
    } @else if (libraryFile.isLoading()) {
      <p class="document-view__note" role="status">{{ 'common.loading' | transloco }}</p>
    } @else if (libraryFile.error()) {
      <p class="document-view__note" role="alert">{{ 'plugins.document.libraryUnavailable' | transloco }}</p>
    } @else {
      <p class="document-view__note">{{ 'plugins.document.libraryPreview' | transloco }}</p>
    }
    @if (opened()) {
      <p class="document-view__done" role="status">{{ 'plugins.document.opened' | transloco }}</p>
    }
    <div id="document-preview">
      @if (previewOpen() && previewUrl(); as url) {
        <iframe class="document-view__frame" [src]="url" [title]="content().fileName"></iframe>
      }
    </div>
  `,
  styles: `
    :host { display: block; }
    .document-view__description { margin: 0 0 12px; max-width: 72ch; }
    .document-view__file { display: flex; flex-direction: column; gap: 2px; margin: 0 0 12px; padding: 12px 16px; border-radius: 12px; background: var(--mat-sys-surface-container); overflow-wrap: anywhere; }
    .document-view__name { font: var(--mat-sys-title-small); }
    .document-view__meta { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .document-view__actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .document-view__done { margin: 12px 0 0; color: var(--mat-sys-primary); }
    .document-view__note { margin: 0; color: var(--mat-sys-on-surface-variant); }
    .document-view__frame { display: block; width: 100%; height: 70vh; margin-top: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
  `,
})
export class DocumentViewComponent implements ActivityView<DocumentContent, DocumentState> {
  private readonly sanitizer = inject(DomSanitizer);
  private readonly transloco = inject(TranslocoService);
  private readonly library = inject(LIBRARY_MATERIALS, { optional: true });

  readonly content = input.required<DocumentContent>();
  readonly state = input<DocumentState | null>(null);
  readonly readOnly = input(false);
  readonly stateChange = output<DocumentState>();
  readonly context = input<ActivityContext | null>(null);

  /** A library material's address, asked for when the activity names one (short-lived, for this learner). */
  protected readonly libraryFile = resource({
    params: () => {
      const context = this.context();
      return this.content().materialVersionId && context && this.library ? context : undefined;
    },
    loader: ({ params }) => (this.library as NonNullable<typeof this.library>).fileUrl(params),
  });
  protected readonly fileUrl = computed(() => this.content().url ?? (this.libraryFile.hasValue() ? this.libraryFile.value() : null));

  private readonly openedNow = signal(false);
  protected readonly previewOpen = signal(false);
  protected readonly opened = computed(() => this.openedNow() || !!this.state()?.opened);
  protected readonly formatKey = computed(() => DOCUMENT_FORMAT_KEYS[this.content().mimeType]);
  protected readonly size = computed(() => readableSize(this.content().sizeBytes, this.transloco.getActiveLang()));
  /** Only PDFs served by Tunas itself: the portal's security policy frames nothing from elsewhere. */
  protected readonly canPreview = computed(() => {
    const url = this.fileUrl();
    return this.content().mimeType === 'application/pdf' && !!url && (url.startsWith('/files/') || url.startsWith('/materials/file/'));
  });
  protected readonly previewUrl = computed(() => {
    // Only same-origin /files/ and /materials/file/ paths get here (see canPreview).
    const url = this.fileUrl();
    return this.canPreview() && url ? this.sanitizer.bypassSecurityTrustResourceUrl(url) : null;
  });

  protected togglePreview(): void {
    this.previewOpen.update((open) => !open);
    if (this.previewOpen()) {
      this.markOpened();
    }
  }

  protected markOpened(): void {
    if (this.readOnly() || this.opened()) {
      return;
    }
    this.openedNow.set(true);
    this.stateChange.emit({ opened: true });
  }
}
