import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActivityEditor } from '@tunas/portal/plugin-sdk';
import { type LinkContent, linkContentSchema } from '@tunas/plugins/link/common';

/** The address of the source and a sentence on why it is worth reading. */
@Component({
  selector: 'tunas-link-editor',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="link-editor" [formGroup]="form">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'plugins.link.url' | transloco }}</mat-label>
        <input matInput formControlName="url" type="url" autocomplete="off" data-testid="link-editor-url" />
        <mat-hint>{{ 'plugins.link.urlHint' | transloco }}</mat-hint>
        @if (form.controls.url.hasError('pattern')) {
          <mat-error>{{ 'plugins.link.urlInvalid' | transloco }}</mat-error>
        } @else if (form.controls.url.hasError('required')) {
          <mat-error>{{ 'validation.required' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'plugins.link.description' | transloco }}</mat-label>
        <textarea matInput formControlName="description" rows="3" data-testid="link-editor-description"></textarea>
      </mat-form-field>
    </div>
  `,
  styles: `
    .link-editor { display: flex; flex-direction: column; gap: 12px; }
  `,
})
export class LinkEditorComponent implements ActivityEditor<LinkContent>, OnInit {
  private readonly destroyRef = inject(DestroyRef);

  readonly content = input<LinkContent | null>(null);
  readonly contentChange = output<LinkContent | null>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    url: ['', [Validators.required, Validators.pattern(/^https?:\/\/\S+$/)]],
    description: ['', Validators.maxLength(2000)],
  });

  ngOnInit(): void {
    const content = this.content();
    if (content) {
      this.form.setValue({ url: content.url, description: content.description });
    }
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  private update(): void {
    const value = this.form.getRawValue();
    const parsed = linkContentSchema.safeParse({ url: value.url.trim(), description: value.description.trim() });
    this.contentChange.emit(parsed.success ? parsed.data : null);
  }
}
