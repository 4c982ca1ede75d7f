import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, inject, input, output, resource, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ActivityEditor, LIBRARY_MATERIALS, type LibraryMaterialOption } from '@tunas/portal/plugin-sdk';
import { DOCUMENT_MIME_TYPES, type DocumentContent, documentContentSchema } from '@tunas/plugins/document/common';
import { DOCUMENT_FORMAT_KEYS } from './document-formats';

const FILE_URL = /^(https?:\/\/|\/files\/)[^\s<>"]+$/;

/** Where the file is, what it is called and what kind it is. */
@Component({
  selector: 'tunas-document-editor',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="document-editor" [formGroup]="form">
      @if (library) {
        <mat-radio-group formControlName="source" class="document-editor__source" [attr.aria-label]="'plugins.document.source' | transloco">
          <mat-radio-button value="url" data-testid="document-editor-source-url">{{ 'plugins.document.sourceUrl' | transloco }}</mat-radio-button>
          <mat-radio-button value="library" data-testid="document-editor-source-library">{{ 'plugins.document.sourceLibrary' | transloco }}</mat-radio-button>
        </mat-radio-group>
      }
      @if (form.controls.source.value === 'library') {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'plugins.document.material' | transloco }}</mat-label>
          <mat-select formControlName="materialVersionId" data-testid="document-editor-material" (selectionChange)="pick($event.value)">
            @for (option of options(); track option.versionId) {
              <mat-option [value]="option.versionId">{{ option.title }} · {{ option.institutionName }} ({{ option.fileName }})</mat-option>
            }
          </mat-select>
          <mat-hint>{{ (materials.isLoading() ? 'common.loading' : options().length ? 'plugins.document.materialHint' : 'plugins.document.noMaterials') | transloco }}</mat-hint>
        </mat-form-field>
      } @else {
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
      }
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
    .document-editor__source { display: flex; flex-wrap: wrap; gap: 8px 16px; }
  `,
})
export class DocumentEditorComponent implements ActivityEditor<DocumentContent>, OnInit {
  private readonly destroyRef = inject(DestroyRef);

  readonly content = input<DocumentContent | null>(null);
  readonly contentChange = output<DocumentContent | null>();

  protected readonly mimeTypes = DOCUMENT_MIME_TYPES;
  protected readonly formatKeys = DOCUMENT_FORMAT_KEYS;
  protected readonly library = inject(LIBRARY_MATERIALS, { optional: true });
  protected readonly form = inject(NonNullableFormBuilder).group({
    source: ['url' as 'url' | 'library'],
    url: ['', [Validators.required, Validators.pattern(FILE_URL)]],
    materialVersionId: [''],
    fileName: ['', [Validators.required, Validators.maxLength(200)]],
    mimeType: ['application/pdf' as DocumentContent['mimeType']],
    description: ['', Validators.maxLength(2000)],
  });
  /** Library documents and slides in a format this activity can show. */
  protected readonly materials = resource({
    params: () => (this.library && this.source() === 'library' ? {} : undefined),
    loader: async () => ((await this.library?.usable(['DOCUMENT', 'SLIDES'], '')) ?? []).filter((option) => (DOCUMENT_MIME_TYPES as readonly string[]).includes(option.contentType)),
  });
  protected readonly options = () => (this.materials.hasValue() ? this.materials.value() : []);
  private readonly source = signal<'url' | 'library'>('url');
  private pickedSize: number | undefined;

  ngOnInit(): void {
    const content = this.content();
    if (content) {
      this.form.setValue({
        source: content.materialVersionId ? 'library' : 'url',
        url: content.url ?? '',
        materialVersionId: content.materialVersionId ?? '',
        fileName: content.fileName,
        mimeType: content.mimeType,
        description: content.description,
      });
      this.pickedSize = content.sizeBytes;
    }
    this.source.set(this.form.controls.source.value);
    this.form.controls.source.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((source) => this.source.set(source));
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  private update(): void {
    const value = this.form.getRawValue();
    const stored = this.content();
    const fromLibrary = value.source === 'library';
    const parsed = documentContentSchema.safeParse({
      ...(fromLibrary ? { materialVersionId: value.materialVersionId || undefined } : { url: value.url.trim() }),
      fileName: value.fileName.trim(),
      mimeType: value.mimeType,
      description: value.description.trim(),
      // The size belongs to the file; keep it while the file stays the same.
      ...(fromLibrary
        ? this.pickedSize !== undefined ? { sizeBytes: this.pickedSize } : {}
        : stored?.sizeBytes !== undefined && stored.url === value.url.trim() ? { sizeBytes: stored.sizeBytes } : {}),
    });
    this.contentChange.emit(parsed.success ? parsed.data : null);
  }

  /** Choosing a library file fills in its name and format. */
  protected pick(versionId: string): void {
    const option: LibraryMaterialOption | undefined = this.options().find((candidate) => candidate.versionId === versionId);
    if (!option) return;
    this.pickedSize = option.size;
    this.form.patchValue({ fileName: option.fileName, mimeType: option.contentType as DocumentContent['mimeType'] });
  }
}
