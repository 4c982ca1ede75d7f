import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActivityEditor } from '@tunas/portal/plugin-sdk';
import { type PageContent, pageContentSchema } from '@tunas/plugins/page/common';
import { marked } from 'marked';

/** Markdown for the page, with a rough live preview; the server renders and sanitises the real page on save. */
@Component({
  selector: 'tunas-page-editor',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-editor" [formGroup]="form">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'plugins.page.markdown' | transloco }}</mat-label>
        <textarea matInput formControlName="markdown" rows="14" data-testid="page-editor-markdown"></textarea>
        <mat-hint>{{ 'plugins.page.markdownHint' | transloco }}</mat-hint>
        @if (form.controls.markdown.hasError('required')) {
          <mat-error>{{ 'validation.required' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="page-editor__minutes">
        <mat-label>{{ 'plugins.page.estimatedMinutesLabel' | transloco }}</mat-label>
        <input matInput type="number" min="1" max="600" formControlName="estimatedMinutes" />
      </mat-form-field>
      <section class="page-editor__preview" [attr.aria-label]="'plugins.page.preview' | transloco">
        <h3>{{ 'plugins.page.preview' | transloco }}</h3>
        <p class="page-editor__note">{{ 'plugins.page.previewNote' | transloco }}</p>
        <div class="page-editor__preview-body" [innerHTML]="previewHtml()"></div>
      </section>
    </div>
  `,
  styles: `
    .page-editor { display: flex; flex-direction: column; gap: 12px; }
    .page-editor__minutes { max-width: 240px; }
    .page-editor__preview { padding: 12px 16px; border: 1px dashed var(--mat-sys-outline); border-radius: 12px; }
    .page-editor__note { margin: 0 0 8px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .page-editor__preview-body { overflow-wrap: anywhere; max-height: 320px; overflow: auto; }
  `,
})
export class PageEditorComponent implements ActivityEditor<PageContent>, OnInit {
  private readonly destroyRef = inject(DestroyRef);

  readonly content = input<PageContent | null>(null);
  readonly contentChange = output<PageContent | null>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    markdown: ['', [Validators.required, Validators.maxLength(100_000)]],
    estimatedMinutes: [null as number | null, [Validators.min(1), Validators.max(600)]],
  });
  private readonly markdown = signal('');
  // Angular sanitises this again when it is bound with [innerHTML]; only the trainer sees it.
  protected readonly previewHtml = computed(() => marked.parse(this.markdown(), { async: false, gfm: true }));

  ngOnInit(): void {
    const content = this.content();
    if (content) {
      this.form.setValue({ markdown: content.markdown, estimatedMinutes: content.estimatedMinutes ?? null });
    }
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  private update(): void {
    const { markdown, estimatedMinutes } = this.form.getRawValue();
    this.markdown.set(markdown);
    const parsed = pageContentSchema.safeParse({ markdown, ...(estimatedMinutes ? { estimatedMinutes } : {}) });
    this.contentChange.emit(parsed.success ? parsed.data : null);
  }
}
