import { Injectable, computed, inject, signal } from '@angular/core';
import {
  type MaterialFileProblem,
  type MaterialKind,
  type MaterialUploadFailure,
  MATERIAL_KINDS,
  type MaterialUploadHandle,
  MaterialUploads,
  type UnfinishedUpload,
  type UploadedMaterial,
  inferMaterialKind,
  materialFileProblem,
  titleFromFileName,
} from '@tunas/portal/data-access/materials';

export type QueuedUploadStatus = 'ready' | 'starting' | 'uploading' | 'paused' | 'done' | 'failed' | 'cancelled';

export interface QueuedUpload {
  readonly id: number;
  readonly file: File;
  readonly kind: MaterialKind | null;
  readonly title: string;
  readonly topic: string;
  readonly licence: string;
  readonly description: string;
  readonly status: QueuedUploadStatus;
  readonly bytesSent: number;
  readonly bytesTotal: number;
  /** Percent the server already held when this upload continued an earlier one. */
  readonly resumedFromPercent: number | null;
  readonly problem: MaterialFileProblem | null;
  readonly failure: MaterialUploadFailure | null;
  readonly result: UploadedMaterial | null;
}

export type QueuedUploadFields = Pick<QueuedUpload, 'kind' | 'title' | 'topic' | 'licence' | 'description'>;

/**
 * The files one upload panel sends: what was picked, its editable details and how far each got. One store per
 * panel (provided by the component), so the library page and a material's "new version" panel do not mix.
 */
@Injectable()
export class UploadQueueStore {
  private readonly uploads = inject(MaterialUploads);
  private readonly state = signal<readonly QueuedUpload[]>([]);
  private readonly handles = new Map<number, MaterialUploadHandle>();
  private nextId = 1;
  private materialId: string | null = null;

  readonly items = this.state.asReadonly();
  readonly unfinished = signal<readonly UnfinishedUpload[]>([]);
  readonly hasReady = computed(() => this.state().some((item) => item.status === 'ready' && !item.problem));
  private completedListener: ((result: UploadedMaterial | null) => void) | null = null;

  /** Called whenever a file of this panel has been stored. */
  whenCompleted(listener: (result: UploadedMaterial | null) => void): void {
    this.completedListener = listener;
  }

  /** Uploads from this panel become new versions of this material. */
  forMaterial(materialId: string | null): void {
    this.materialId = materialId;
  }

  async loadUnfinished(): Promise<void> {
    const all = await this.uploads.unfinished();
    const sending = new Set(this.state().filter((item) => item.status !== 'done').map((item) => item.file.name));
    this.unfinished.set(
      all.filter((upload) => (upload.materialId ?? null) === this.materialId && !sending.has(upload.fileName)),
    );
  }

  add(files: readonly File[], fixedKind: MaterialKind | null = null): void {
    const added = files.map((file): QueuedUpload => {
      const kind = fixedKind ?? inferMaterialKind(file.name);
      return {
        id: this.nextId++,
        file,
        kind,
        title: titleFromFileName(file.name),
        topic: '',
        licence: '',
        description: '',
        status: 'ready',
        bytesSent: 0,
        bytesTotal: file.size,
        resumedFromPercent: null,
        problem: materialFileProblem(file, kind),
        failure: null,
        result: null,
      };
    });
    this.update((items) => [...items, ...added]);
  }

  /** The same file as an unfinished upload, picked again: it keeps the details given then and continues at once. */
  async continueUnfinished(unfinished: UnfinishedUpload, file: File): Promise<'resumed' | 'differentFile'> {
    if (file.name !== unfinished.fileName || (unfinished.size !== null && file.size !== unfinished.size)) {
      return 'differentFile';
    }
    const kind = inferMaterialKindFromUpload(unfinished.kind) ?? inferMaterialKind(file.name);
    this.add([file], kind);
    const item = this.state()[this.state().length - 1];
    this.edit(item.id, { title: unfinished.title });
    this.unfinished.update((list) => list.filter((entry) => entry.storageKey !== unfinished.storageKey));
    await this.start(item.id);
    return 'resumed';
  }

  async forgetUnfinished(unfinished: UnfinishedUpload): Promise<void> {
    await this.uploads.forget(unfinished.storageKey);
    this.unfinished.update((list) => list.filter((entry) => entry.storageKey !== unfinished.storageKey));
  }

  edit(id: number, fields: Partial<QueuedUploadFields>): void {
    this.patch(id, (item) => {
      const next = { ...item, ...fields };
      return { ...next, problem: materialFileProblem(next.file, next.kind) };
    });
  }

  remove(id: number): void {
    this.update((items) => items.filter((item) => item.id !== id));
  }

  async startAll(): Promise<void> {
    for (const item of this.state()) {
      if (item.status === 'ready' && !item.problem) await this.start(item.id);
    }
  }

  async start(id: number): Promise<void> {
    const item = this.state().find((candidate) => candidate.id === id);
    if (!item || !item.kind || item.problem || item.status !== 'ready') return;
    this.patch(id, (current) => ({ ...current, status: 'starting', failure: null }));
    const handle = await this.uploads.start(
      {
        file: item.file,
        kind: item.kind,
        title: item.title,
        topic: item.topic,
        licence: item.licence,
        description: item.description,
        materialId: this.materialId ?? undefined,
      },
      {
        progress: (bytesSent, bytesTotal) =>
          this.patch(id, (current) => ({
            ...current,
            bytesSent,
            bytesTotal,
            status: current.status === 'paused' ? 'paused' : 'uploading',
          })),
        resumed: (offset, bytesTotal) =>
          this.patch(id, (current) => ({
            ...current,
            bytesSent: offset,
            resumedFromPercent: percentOf(offset, bytesTotal),
          })),
        succeeded: (result) => {
          this.handles.delete(id);
          this.patch(id, (current) => ({ ...current, status: 'done', bytesSent: current.bytesTotal, result }));
          this.completedListener?.(result);
        },
        failed: (failure) => {
          this.handles.delete(id);
          this.patch(id, (current) => ({ ...current, status: 'failed', failure }));
        },
      },
    );
    this.handles.set(id, handle);
    this.patch(id, (current) => (current.status === 'starting' ? { ...current, status: 'uploading' } : current));
  }

  async pause(id: number): Promise<void> {
    this.patch(id, (item) => ({ ...item, status: 'paused' }));
    await this.handles.get(id)?.pause();
  }

  resume(id: number): void {
    this.patch(id, (item) => ({ ...item, status: 'uploading' }));
    this.handles.get(id)?.resume();
  }

  /** After a failure: a fresh attempt, continuing from what the server has when it kept anything. */
  async retry(id: number): Promise<void> {
    this.patch(id, (item) => ({ ...item, status: 'ready', failure: null }));
    await this.start(id);
  }

  async cancel(id: number): Promise<void> {
    const handle = this.handles.get(id);
    this.handles.delete(id);
    this.patch(id, (item) => ({ ...item, status: 'cancelled' }));
    try {
      await handle?.cancel();
    } catch {
      // The server forgets unfinished uploads on its own after a while.
    }
  }

  /** Stops the transfers (pausing, not cancelling) when the panel goes away; a later visit can continue them. */
  async stopAll(): Promise<void> {
    await Promise.allSettled([...this.handles.values()].map((handle) => handle.pause()));
    this.handles.clear();
  }

  private patch(id: number, change: (item: QueuedUpload) => QueuedUpload): void {
    this.update((items) => items.map((item) => (item.id === id ? change(item) : item)));
  }

  private update(change: (items: readonly QueuedUpload[]) => readonly QueuedUpload[]): void {
    this.state.update(change);
  }
}

export function percentOf(bytes: number, total: number): number {
  return total > 0 ? Math.floor((bytes / total) * 100) : 0;
}

function inferMaterialKindFromUpload(kind: string): MaterialKind | null {
  const upper = kind.toUpperCase();
  return MATERIAL_KINDS.find((candidate) => candidate === upper) ?? null;
}
