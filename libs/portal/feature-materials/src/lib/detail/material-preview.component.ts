import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { TranslocoPipe } from '@jsverse/transloco';
import { type MaterialKind, type MaterialVersion, readScormSummary } from '@tunas/portal/data-access/materials';

type PreviewMode = 'pdf' | 'video' | 'audio' | 'image' | 'scorm' | 'none';

/**
 * Shows a version the way the browser can: a PDF in a frame, video and audio with their own controls (the download
 * URL answers Range requests, so seeking works), an image, or a SCORM package's summary.
 */
@Component({
  selector: 'tunas-material-preview',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (mode()) {
      @case ('pdf') {
        <iframe class="preview__frame" [src]="frameUrl()" [title]="'materials.preview.pdfTitle' | transloco: { title: title() }" data-testid="material-preview-pdf"></iframe>
      }
      @case ('video') {
        <video class="preview__media" controls preload="metadata" [src]="url()" [attr.aria-label]="title()" data-testid="material-preview-video"></video>
      }
      @case ('audio') {
        <audio class="preview__audio" controls preload="metadata" [src]="url()" [attr.aria-label]="title()" data-testid="material-preview-audio"></audio>
      }
      @case ('image') {
        <img class="preview__media" [src]="url()" [alt]="title()" data-testid="material-preview-image" />
      }
      @case ('scorm') {
        @if (scorm(); as summary) {
          <dl class="preview__scorm" data-testid="material-preview-scorm">
            <dt>{{ 'materials.preview.scormTitle' | transloco }}</dt>
            <dd>{{ summary.title ?? '—' }}</dd>
            <dt>{{ 'materials.preview.scormVersion' | transloco }}</dt>
            <dd>{{ summary.version ? 'SCORM ' + summary.version : '—' }}</dd>
            @if (summary.fileCount !== null) {
              <dt>{{ 'materials.preview.scormFiles' | transloco }}</dt>
              <dd>{{ summary.fileCount }}</dd>
            }
            <dt>{{ 'materials.preview.scormLaunchables' | transloco }}</dt>
            <dd>
              <ul>
                @for (item of summary.launchables; track $index) {
                  <li>{{ item.title }} <code>{{ item.launch }}</code></li>
                } @empty {
                  <li>—</li>
                }
              </ul>
            </dd>
          </dl>
        } @else {
          <p class="preview__none">{{ 'materials.preview.scormPending' | transloco }}</p>
        }
      }
      @default {
        <p class="preview__none" data-testid="material-preview-none">{{ 'materials.preview.none' | transloco }}</p>
      }
    }
  `,
  styles: `
    :host { display: block; }
    .preview__frame { display: block; width: 100%; height: min(70vh, 720px); border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    .preview__media { display: block; max-width: 100%; max-height: 70vh; border-radius: 8px; }
    .preview__audio { width: 100%; }
    .preview__none { margin: 0; color: var(--mat-sys-on-surface-variant); }
    .preview__scorm { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
    .preview__scorm dt { font-weight: 500; }
    .preview__scorm dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
    .preview__scorm ul { margin: 0; padding-inline-start: 18px; }
  `,
})
export class MaterialPreviewComponent {
  private readonly sanitizer = inject(DomSanitizer);

  readonly kind = input.required<MaterialKind>();
  readonly version = input.required<MaterialVersion>();
  readonly title = input.required<string>();

  protected readonly url = computed(() => sameOriginUrl(this.version().downloadUrl));
  protected readonly mode = computed<PreviewMode>(() => previewMode(this.kind(), this.version().contentType, this.url()));
  /** Only the API's own download URLs are framed. */
  protected readonly frameUrl = computed<SafeResourceUrl | null>(() => {
    const url = this.url();
    return url ? this.sanitizer.bypassSecurityTrustResourceUrl(url) : null;
  });
  protected readonly scorm = computed(() => readScormSummary(this.version().metadata));
}

export function previewMode(kind: MaterialKind, contentType: string, url: string | null): PreviewMode {
  if (kind === 'SCORM') return 'scorm';
  if (!url) return 'none';
  if (contentType === 'application/pdf') return 'pdf';
  if (kind === 'VIDEO' || contentType.startsWith('video/')) return 'video';
  if (kind === 'AUDIO' || contentType.startsWith('audio/')) return 'audio';
  if (kind === 'IMAGE' && contentType.startsWith('image/') && contentType !== 'image/svg+xml') return 'image';
  return 'none';
}

/**
 * The download URL on this origin. The API serves the portal (and the dev server proxies the API's routes), so an
 * absolute URL built from PUBLIC_URL is taken by its path: nothing from another origin is ever framed.
 */
export function sameOriginUrl(url: string, origin = globalThis.location?.origin ?? 'http://localhost'): string | null {
  try {
    const parsed = new URL(url, origin);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return new URL(`${parsed.pathname}${parsed.search}`, origin).href;
  } catch {
    return null;
  }
}
