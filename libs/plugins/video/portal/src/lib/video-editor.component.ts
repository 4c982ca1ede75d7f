import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, inject, input, output, resource, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ActivityEditor, LIBRARY_MATERIALS } from '@tunas/portal/plugin-sdk';
import { type VideoContent, videoContentSchema } from '@tunas/plugins/video/common';

const MEDIA_URL = /^(https?:\/\/|\/files\/)[^\s<>"]+$/;

/** Where the video is, how much of it counts as watched, and what it is about. */
@Component({
  selector: 'tunas-video-editor',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="video-editor" [formGroup]="form">
      @if (library) {
        <mat-radio-group formControlName="source" class="video-editor__source" [attr.aria-label]="'plugins.video.source' | transloco">
          <mat-radio-button value="url" data-testid="video-editor-source-url">{{ 'plugins.video.sourceUrl' | transloco }}</mat-radio-button>
          <mat-radio-button value="library" data-testid="video-editor-source-library">{{ 'plugins.video.sourceLibrary' | transloco }}</mat-radio-button>
        </mat-radio-group>
      }
      @if (form.controls.source.value === 'library') {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'plugins.video.material' | transloco }}</mat-label>
          <mat-select formControlName="materialVersionId" data-testid="video-editor-material">
            @for (option of options(); track option.versionId) {
              <mat-option [value]="option.versionId">{{ option.title }} · {{ option.institutionName }} ({{ option.fileName }})</mat-option>
            }
          </mat-select>
          <mat-hint>{{ (materials.isLoading() ? 'common.loading' : options().length ? 'plugins.video.materialHint' : 'plugins.video.noMaterials') | transloco }}</mat-hint>
        </mat-form-field>
      } @else {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'plugins.video.url' | transloco }}</mat-label>
          <input matInput formControlName="url" type="text" inputmode="url" autocomplete="off" data-testid="video-editor-url" />
          <mat-hint>{{ 'plugins.video.urlHint' | transloco }}</mat-hint>
          @if (form.controls.url.hasError('required')) {
            <mat-error>{{ 'validation.required' | transloco }}</mat-error>
          } @else if (form.controls.url.hasError('pattern')) {
            <mat-error>{{ 'plugins.video.urlInvalid' | transloco }}</mat-error>
          }
        </mat-form-field>
      }
      <div class="video-editor__row">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'plugins.video.threshold' | transloco }}</mat-label>
          <input matInput formControlName="thresholdPercent" type="number" min="10" max="100" data-testid="video-editor-threshold" />
          <span matTextSuffix>%</span>
          <mat-hint>{{ 'plugins.video.thresholdHint' | transloco }}</mat-hint>
          @if (form.controls.thresholdPercent.invalid) {
            <mat-error>{{ 'plugins.video.thresholdInvalid' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'plugins.video.duration' | transloco }}</mat-label>
          <input matInput formControlName="durationSeconds" type="number" min="1" data-testid="video-editor-duration" />
          <mat-hint>{{ 'plugins.video.durationHint' | transloco }}</mat-hint>
        </mat-form-field>
      </div>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'plugins.video.captionsUrl' | transloco }}</mat-label>
        <input matInput formControlName="captionsUrl" type="text" inputmode="url" autocomplete="off" data-testid="video-editor-captions" />
        <mat-hint>{{ 'plugins.video.captionsHint' | transloco }}</mat-hint>
        @if (form.controls.captionsUrl.hasError('pattern')) {
          <mat-error>{{ 'plugins.video.urlInvalid' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'plugins.video.description' | transloco }}</mat-label>
        <textarea matInput formControlName="description" rows="3" data-testid="video-editor-description"></textarea>
      </mat-form-field>
    </div>
  `,
  styles: `
    .video-editor { display: flex; flex-direction: column; gap: 12px; }
    .video-editor__source { display: flex; flex-wrap: wrap; gap: 8px 16px; }
    .video-editor__row { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; }
  `,
})
export class VideoEditorComponent implements ActivityEditor<VideoContent>, OnInit {
  private readonly destroyRef = inject(DestroyRef);

  readonly content = input<VideoContent | null>(null);
  readonly contentChange = output<VideoContent | null>();

  protected readonly library = inject(LIBRARY_MATERIALS, { optional: true });
  protected readonly form = inject(NonNullableFormBuilder).group({
    source: ['url' as 'url' | 'library'],
    url: ['', [Validators.required, Validators.pattern(MEDIA_URL)]],
    materialVersionId: [''],
    thresholdPercent: [90, [Validators.required, Validators.min(10), Validators.max(100)]],
    durationSeconds: [null as number | null, Validators.min(1)],
    captionsUrl: ['', Validators.pattern(MEDIA_URL)],
    description: ['', Validators.maxLength(2000)],
  });

  private readonly source = signal<'url' | 'library'>('url');
  /** Library videos and audio the trainer may use. */
  protected readonly materials = resource({
    params: () => (this.library && this.source() === 'library' ? {} : undefined),
    loader: async () => (await this.library?.usable(['VIDEO', 'AUDIO'], '')) ?? [],
  });
  protected readonly options = () => (this.materials.hasValue() ? this.materials.value() : []);

  ngOnInit(): void {
    const content = this.content();
    if (content) {
      this.form.setValue({
        source: content.materialVersionId ? 'library' : 'url',
        url: content.url ?? '',
        materialVersionId: content.materialVersionId ?? '',
        thresholdPercent: Math.round(content.completionThreshold * 100),
        durationSeconds: content.durationSeconds ?? null,
        captionsUrl: content.captionsUrl ?? '',
        description: content.description,
      });
    }
    this.source.set(this.form.controls.source.value);
    this.form.controls.source.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((source) => this.source.set(source));
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  private update(): void {
    const value = this.form.getRawValue();
    const parsed = videoContentSchema.safeParse({
      ...(value.source === 'library' ? { materialVersionId: value.materialVersionId || undefined } : { url: value.url.trim() }),
      completionThreshold: value.thresholdPercent / 100,
      description: value.description.trim(),
      ...(value.durationSeconds ? { durationSeconds: value.durationSeconds } : {}),
      ...(value.captionsUrl.trim() ? { captionsUrl: value.captionsUrl.trim() } : {}),
    });
    this.contentChange.emit(parsed.success ? parsed.data : null);
  }
}
