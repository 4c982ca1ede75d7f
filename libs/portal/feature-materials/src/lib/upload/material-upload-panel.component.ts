import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  OnInit,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  MATERIAL_ACCEPT,
  MATERIAL_KINDS,
  MATERIAL_SIZE_LIMITS,
  type MaterialKind,
  type UnfinishedUpload,
  type UploadedMaterial,
} from '@tunas/portal/data-access/materials';
import { DateTimePipe } from '@tunas/portal/ui';
import { FileSizePipe } from '../shared/file-size.pipe';
import { KIND_ICONS } from '../shared/material-icons';
import { type QueuedUpload, UploadQueueStore, percentOf } from './upload-queue.store';

/**
 * Drag-and-drop (or pick with the keyboard) several files, adjust each one's details and send them with tus:
 * a progress bar per file, pause, resume and cancel, and the unfinished uploads of an earlier visit to continue.
 */
@Component({
  selector: 'tunas-material-upload-panel',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    FileSizePipe,
  ],
  providers: [UploadQueueStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './material-upload-panel.component.html',
  styleUrl: './material-upload-panel.component.scss',
})
export class MaterialUploadPanelComponent implements OnInit {
  protected readonly queue = inject(UploadQueueStore);
  private readonly resumeInput = viewChild.required<ElementRef<HTMLInputElement>>('resumeInput');

  /** Set to send new versions of this material (of its kind) instead of new materials. */
  readonly materialId = input<string | null>(null);
  readonly fixedKind = input<MaterialKind | null>(null);
  readonly headingKey = input('materials.upload.title');
  readonly uploaded = output<UploadedMaterial | null>();

  protected readonly kinds = MATERIAL_KINDS;
  protected readonly kindIcons = KIND_ICONS;
  protected readonly limits = MATERIAL_SIZE_LIMITS;
  protected readonly accept = MATERIAL_ACCEPT;
  protected readonly dragging = signal(false);
  protected readonly resumeProblem = signal<string | null>(null);
  private pendingUnfinished: UnfinishedUpload | null = null;

  constructor() {
    this.queue.whenCompleted((result) => this.uploaded.emit(result));
    // Leaving the page pauses the transfers; the server keeps what it has, so a later visit continues them.
    inject(DestroyRef).onDestroy(() => void this.queue.stopAll());
  }

  ngOnInit(): void {
    this.queue.forMaterial(this.materialId());
    void this.queue.loadUnfinished();
  }

  protected pickFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.queue.add(Array.from(input.files ?? []), this.fixedKind());
    input.value = '';
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    this.queue.add(Array.from(event.dataTransfer?.files ?? []), this.fixedKind());
  }

  protected pickAgain(unfinished: UnfinishedUpload): void {
    this.pendingUnfinished = unfinished;
    this.resumeProblem.set(null);
    this.resumeInput().nativeElement.click();
  }

  protected async continueWith(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const unfinished = this.pendingUnfinished;
    this.pendingUnfinished = null;
    if (!file || !unfinished) return;
    const outcome = await this.queue.continueUnfinished(unfinished, file);
    this.resumeProblem.set(outcome === 'differentFile' ? unfinished.fileName : null);
  }

  protected percent(item: QueuedUpload): number {
    return percentOf(item.bytesSent, item.bytesTotal);
  }

  protected kindOf(unfinished: UnfinishedUpload): MaterialKind | null {
    return this.kinds.find((kind) => kind === unfinished.kind.toUpperCase()) ?? null;
  }

  protected textValue(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }
}
