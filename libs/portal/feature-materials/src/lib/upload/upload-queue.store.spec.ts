import { TestBed } from '@angular/core/testing';
import { MaterialUploads, type MaterialUploadListener, type MaterialUploadRequest } from '@tunas/portal/data-access/materials';
import { UploadQueueStore } from './upload-queue.store';

/** Stands in for tus (a boundary we do not own): records the request and lets the test play the server's part. */
class RecordingUploads {
  readonly started: Array<{ request: MaterialUploadRequest; listener: MaterialUploadListener }> = [];
  readonly paused = jest.fn().mockResolvedValue(undefined);
  async start(request: MaterialUploadRequest, listener: MaterialUploadListener) {
    this.started.push({ request, listener });
    return { pause: this.paused, resume: jest.fn(), cancel: jest.fn().mockResolvedValue(undefined) };
  }
  async unfinished() {
    return [{ storageKey: 'k', fileName: 'modul.pdf', title: 'Modul proyek', kind: 'document', size: 4, startedAt: '2026-01-01T00:00:00Z', materialId: null }];
  }
  async forget() {
    return undefined;
  }
}

describe('UploadQueueStore', () => {
  let store: UploadQueueStore;
  let uploads: RecordingUploads;

  beforeEach(() => {
    uploads = new RecordingUploads();
    TestBed.configureTestingModule({ providers: [UploadQueueStore, { provide: MaterialUploads, useValue: uploads }] });
    store = TestBed.inject(UploadQueueStore);
  });

  it('adds files with their inferred kind and a title, and refuses what cannot be sent', () => {
    store.add([new File(['%PDF-1.4'], 'Modul_proyek.pdf'), new File(['MZ'], 'setup.exe')]);
    const [pdf, exe] = store.items();
    expect(pdf).toMatchObject({ kind: 'DOCUMENT', title: 'Modul proyek', problem: null, status: 'ready' });
    expect(exe).toMatchObject({ kind: null, problem: 'unknownKind' });
    expect(store.hasReady()).toBe(true);
  });

  it('sends the edited details and tracks progress, resumption and completion', async () => {
    const done = jest.fn();
    store.whenCompleted(done);
    store.add([new File(['%PDF-1.4 body'], 'modul.pdf')]);
    const id = store.items()[0].id;
    store.edit(id, { title: 'Modul 1', topic: 'Proyek' });
    await store.start(id);

    const { request, listener } = uploads.started[0];
    expect(request).toMatchObject({ kind: 'DOCUMENT', title: 'Modul 1', topic: 'Proyek' });
    listener.resumed(5, 10);
    listener.progress(7, 10);
    expect(store.items()[0]).toMatchObject({ status: 'uploading', bytesSent: 7, resumedFromPercent: 50 });
    listener.succeeded({ materialId: 'm', versionId: 'v' });
    expect(store.items()[0]).toMatchObject({ status: 'done', result: { materialId: 'm', versionId: 'v' } });
    expect(done).toHaveBeenCalledWith({ materialId: 'm', versionId: 'v' });
  });

  it('continues an unfinished upload only with the same file', async () => {
    await store.loadUnfinished();
    const [unfinished] = store.unfinished();
    expect(await store.continueUnfinished(unfinished, new File(['other'], 'lain.pdf'))).toBe('differentFile');
    expect(await store.continueUnfinished(unfinished, new File(['%PDF'], 'modul.pdf'))).toBe('resumed');
    expect(uploads.started[0].request).toMatchObject({ title: 'Modul proyek', kind: 'DOCUMENT' });
    expect(store.unfinished()).toEqual([]);
  });

  it('pauses running transfers when the panel goes away', async () => {
    store.add([new File(['%PDF'], 'modul.pdf')]);
    await store.start(store.items()[0].id);
    await store.stopAll();
    expect(uploads.paused).toHaveBeenCalled();
  });
});
