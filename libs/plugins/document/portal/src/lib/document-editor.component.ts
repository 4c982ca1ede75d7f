import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActivityEditor } from '@tunas/portal/plugin-sdk';
import { DOCUMENT_MIME_TYPES, type DocumentContent, documentContentSchema } from '@tunas/plugins/document/common';
import { DOCUMENT_FORMAT_KEYS } from './document-formats';

const FILE_URL = /^(https?:\/\/|\/files\/)[^\s<>"]+$/;

/** Where the file is, what it is called and what kind it is. */
@Component({
  selector: 'tunas-document-editor',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="document-editor" [formGroup]="form">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'plugins.document.url' | transloco }}</mat-label>
        <input matInput formControlName="url" type="text" inputmode="url" autocomplete="off" data-testid="document-editor-url" />
        <mat-hint>{{ 'plugins.document.urlHint' | transloco }}</mat-hint>
        @if (form.controls.url.hasError('pattern')) {
          <mat-error>{{ 'plugins.document.urlInvalid' | transloco }}</mat-error>
        } @else if (form.controls.url.hasError('required')) {
          <mat-error>{{ 'validation.required' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'plugins.document.fileName' | transloco }}</mat-label>
        <input matInput formControlName="fileName" type="text" data-testid="document-editor-file-name" />
        @if (form.controls.fileName.hasError('required')) {
          <mat-error>{{ 'validation.required' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'plugins.document.format' | transloco }}</mat-label>
        <mat-select formControlName="mimeType" data-testid="document-editor-format">
          @for (type of mimeTypes; track type) {
            <mat-option [value]="type">{{ formatKeys[type] | transloco }} ({{ type }})</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'plugins.document.description' | transloco }}</mat-label>
        <textarea matInput formControlName="description" rows="3"></textarea>
      </mat-form-field>
    </div>
  `,
  styles: `
    .document-editor { display: flex; flex-direction: column; gap: 12px; }
  `,
})
export class DocumentEditorComponent implements ActivityEditor<DocumentContent>, OnInit {
  private readonly destroyRef = inject(DestroyRef);

  readonly content = input<DocumentContent | null>(null);
  readonly contentChange = output<DocumentContent | null>();

  protected readonly mimeTypes = DOCUMENT_MIME_TYPES;
  protected readonly formatKeys = DOCUMENT_FORMAT_KEYS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    url: ['', [Validators.required, Validators.pattern(FILE_URL)]],
    fileName: ['', [Validators.required, Validators.maxLength(200)]],
    mimeType: ['application/pdf' as DocumentContent['mimeType']],
    description: ['', Validators.maxLength(2000)],
  });

  ngOnInit(): void {
    const content = this.content();
    if (content) {
      this.form.setValue({
        url: content.url,
        fileName: content.fileName,
        mimeType: content.mimeType,
        description: content.description,
      });
    }
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  private update(): void {
    const value = this.form.getRawValue();
    const stored = this.content();
    const parsed = documentContentSchema.safeParse({
      url: value.url.trim(),
      fileName: value.fileName.trim(),
      mimeType: value.mimeType,
      description: value.description.trim(),
      // The size belongs to the file; keep it while the file stays the same.
      ...(stored?.sizeBytes !== undefined && stored.url === value.url.trim() ? { sizeBytes: stored.sizeBytes } : {}),
    });
    this.contentChange.emit(parsed.success ? parsed.data : null);
  }
}
