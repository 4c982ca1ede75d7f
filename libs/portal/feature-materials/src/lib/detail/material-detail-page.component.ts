import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { type MaterialDetail, MaterialsApi } from '@tunas/portal/data-access/materials';
import { ConfirmDialogComponent, type ConfirmDialogData, DateTimePipe, ErrorAlertComponent } from '@tunas/portal/ui';
import { firstValueFrom } from 'rxjs';
import { FileSizePipe } from '../shared/file-size.pipe';
import { injectCanManageMaterials } from '../shared/material-access';
import { KIND_ICONS } from '../shared/material-icons';
import { MaterialUploadPanelComponent } from '../upload/material-upload-panel.component';
import { MaterialPreviewComponent, sameOriginUrl } from './material-preview.component';

/** `/pustaka/:id`: one material with its preview, versions, and (for those who manage it) editing and archiving. */
@Component({
  selector: 'tunas-material-detail-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatIconModule,
    MatInputModule,
    MatSlideToggleModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    ErrorAlertComponent,
    FileSizePipe,
    MaterialPreviewComponent,
    MaterialUploadPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './material-detail-page.component.html',
  styleUrl: './material-detail-page.component.scss',
})
export class MaterialDetailPageComponent {
  private readonly api = inject(MaterialsApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly formBuilder = inject(FormBuilder).nonNullable;

  readonly id = input.required<string>();

  protected readonly kindIcons = KIND_ICONS;
  protected readonly canManage = injectCanManageMaterials();
  protected readonly material = resource({ params: () => this.id(), loader: ({ params }) => this.api.material(params) });
  protected readonly detail = computed<MaterialDetail | null>(() => (this.material.hasValue() ? this.material.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.material.error();
    return error ? toPortalError(error).message : null;
  });
  protected readonly editable = computed(() => this.canManage() && !!this.detail() && !this.detail()?.archived);

  protected readonly form = this.formBuilder.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', Validators.maxLength(2000)],
    topic: ['', Validators.maxLength(100)],
    licence: ['', Validators.maxLength(100)],
    shared: [false],
  });
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly actionError = signal<PortalError | null>(null);

  constructor() {
    effect(() => {
      const material = this.detail();
      if (!material) return;
      this.form.reset({
        title: material.title,
        description: material.description ?? '',
        topic: material.topic ?? '',
        licence: material.licence ?? '',
        shared: material.shared,
      });
    });
  }

  protected downloadUrl(url: string): string | null {
    return sameOriginUrl(url);
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.saved.set(false);
    this.actionError.set(null);
    try {
      const updated = await this.api.update({
        id: this.id(),
        title: value.title.trim(),
        // An empty string clears a field (null would leave it unchanged).
        description: value.description.trim(),
        topic: value.topic.trim(),
        licence: value.licence.trim(),
        shared: value.shared,
      });
      this.material.set(updated);
      this.saved.set(true);
    } catch (error) {
      this.actionError.set(toPortalError(error));
    } finally {
      this.saving.set(false);
    }
  }

  protected async archive(): Promise<void> {
    const material = this.detail();
    if (!material) return;
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
          data: {
            titleKey: 'materials.detail.archiveTitle',
            messageKey: 'materials.detail.archiveMessage',
            confirmKey: 'materials.detail.archive',
            params: { title: material.title },
          },
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    this.actionError.set(null);
    try {
      await this.api.archive(material.id);
      await this.router.navigate(['/pustaka']);
    } catch (error) {
      this.actionError.set(toPortalError(error));
    }
  }

  protected reload(): void {
    this.material.reload();
  }
}
