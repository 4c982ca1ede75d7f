import { TestBed } from '@angular/core/testing';
import { describeActivityUiContract, type RenderedActivityEditor, renderActivityEditor, renderActivityView } from '@tunas/portal/plugin-sdk/testing';
import type { ScormContent } from '@tunas/plugins/scorm/common';
import { of } from 'rxjs';
import { RUNTIME_GLOBAL, type ScormRuntimeApi, ScormPlayerSession } from './scorm-player';
import { SCORM_RUNTIME_GATEWAY, type ScormCommitRequest, type ScormRuntimeGateway } from './scorm-runtime.gateway';
import { scormActivityUi } from './scorm.activity-ui';

const VERSION = '3c9a1d2e-4b5f-4a6c-8d7e-9f0a1b2c3d4e';
const content: ScormContent = { materialVersionId: VERSION, version: '1.2', launchItem: 'item_1', launch: 'shared/launchpage.html', title: 'Golf Explained', completionRule: 'completed-or-passed' };

function gateway(commits: ScormCommitRequest[] = []): ScormRuntimeGateway {
  return {
    launch: async () => ({ attemptId: 'a1', attemptNumber: 1, version: '1.2', launchUrl: '/scorm/t/shared/launchpage.html', runtimeData: null, entry: 'ab-initio', commitSequence: 0 }),
    commit: async (request) => {
      commits.push(request);
      return { accepted: true, completionStatus: 'incomplete', successStatus: 'unknown', scoreScaled: null, activityCompletion: 0.5, courseCompleted: false };
    },
    packages: () =>
      of([
        { materialId: 'm1', title: 'Golf (1.2)', versionId: VERSION, metadata: { version: '1.2', title: 'Golf', launchables: [{ itemIdentifier: 'item_1', title: 'Golf Explained', launch: 'shared/launchpage.html' }] } },
        { materialId: 'm2', title: 'Broken', versionId: 'v-broken', metadata: null },
      ]),
  };
}

beforeEach(() => {
  TestBed.configureTestingModule({ providers: [{ provide: SCORM_RUNTIME_GATEWAY, useValue: gateway() }] });
});

function choose(editor: RenderedActivityEditor<ScormContent>, testId: string, value: string): void {
  const select = editor.element.querySelector<HTMLSelectElement>(`[data-testid="${testId}"]`);
  if (!select) throw new Error(`no ${testId}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describeActivityUiContract(scormActivityUi, {
  content,
  storedState: { attempts: 1, completionStatus: 'incomplete', successStatus: 'unknown', scoreScaled: null, location: 'Playing/Par.html' },
  learn: async (view) => view.element.querySelector<HTMLButtonElement>('[data-testid="scorm-play"]')?.click(),
  author: async (editor) => {
    await editor.stable();
    choose(editor, 'scorm-editor-package', VERSION);
  },
});

describe('ScormViewComponent', () => {
  it('offers to resume a started attempt and shows its status to screen readers', async () => {
    const view = await renderActivityView(scormActivityUi, {
      content,
      state: { attempts: 1, completionStatus: 'completed', successStatus: 'passed', scoreScaled: 0.85, location: null },
      context: { courseId: 'c1', activityId: 'a1' },
    });
    const status = view.element.querySelector('[data-testid="scorm-status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toContain('plugins.scorm.completion.completed');
    expect(view.element.querySelector('[data-testid="scorm-play"]')?.textContent).toContain('plugins.scorm.resume');
  });

  it('offers nothing to play in a read-only preview', async () => {
    const view = await renderActivityView(scormActivityUi, { content, readOnly: true, context: { courseId: 'c1', activityId: 'a1' } });
    expect(view.element.querySelector('[data-testid="scorm-play"]')).toBeNull();
  });
});

describe('ScormEditorComponent', () => {
  it('emits null until a package is chosen, then its first item with the chosen rule and mastery score', async () => {
    const editor = await renderActivityEditor(scormActivityUi, null);
    expect(editor.emitted.at(-1)).toBeNull();
    choose(editor, 'scorm-editor-package', VERSION);
    await editor.stable();
    choose(editor, 'scorm-editor-rule', 'passed');
    const mastery = editor.element.querySelector<HTMLInputElement>('[data-testid="scorm-editor-mastery"]')!;
    mastery.value = '80';
    mastery.dispatchEvent(new Event('input'));
    await editor.stable();
    expect(editor.emitted.at(-1)).toEqual({ ...content, completionRule: 'passed', masteryScore: 0.8 });
    expect(editor.element.querySelector('[data-testid="scorm-editor-package"]')?.textContent).not.toContain('Broken');
  });
});

describe('ScormPlayerSession', () => {
  function fakeRuntime(): ScormRuntimeApi & { loaded: Record<string, unknown> | null; fire(event: string): void } {
    const listeners = new Map<string, Array<() => void>>();
    return {
      loaded: null,
      loadFromJSON(json) {
        this.loaded = json;
      },
      renderCommitCMI: (terminate) => ({ cmi: { core: { lesson_status: terminate ? 'completed' : 'incomplete' } } }),
      on: (name, callback) => listeners.set(name, [...(listeners.get(name) ?? []), callback as () => void]),
      fire: (name) => listeners.get(name)?.forEach((callback) => callback()),
    };
  }

  it('installs window.API with the saved data, numbers commits above the stored sequence, and removes the API on close', async () => {
    const runtime = fakeRuntime();
    const commits: ScormCommitRequest[] = [];
    const host = {} as Window;
    const session = await ScormPlayerSession.start(
      { attemptId: 'a1', attemptNumber: 1, version: '1.2', launchUrl: '/scorm/t/x.html', runtimeData: JSON.stringify({ cmi: { suspend_data: 'p=3', core: { lesson_location: 'Par' } } }), entry: 'resume', commitSequence: 4 },
      async () => runtime,
      gateway(commits),
      host,
      () => undefined,
      (error) => {
        throw error;
      },
    );
    expect((host as unknown as Record<string, unknown>)[RUNTIME_GLOBAL['1.2']]).toBe(runtime);
    expect(runtime.loaded).toEqual({ suspend_data: 'p=3', core: { lesson_location: 'Par', entry: 'resume' } });
    runtime.fire('LMSFinish');
    await session.close();
    expect(commits).toEqual([{ attemptId: 'a1', sequence: 5, cmi: JSON.stringify({ cmi: { core: { lesson_status: 'completed' } } }), terminate: true }]);
    expect((host as unknown as Record<string, unknown>)['API']).toBeUndefined();
  });

  it('sends the data again after a commit that did not reach the server', async () => {
    const runtime = fakeRuntime();
    const sent: ScormCommitRequest[] = [];
    let offline = true;
    const flaky: ScormRuntimeGateway = {
      ...gateway(),
      commit: async (request) => {
        sent.push(request);
        if (offline) throw new Error('offline');
        return { accepted: true, completionStatus: 'incomplete', successStatus: 'unknown', scoreScaled: null, activityCompletion: 0.5, courseCompleted: false };
      },
    };
    const errors: unknown[] = [];
    const session = await ScormPlayerSession.start(
      { attemptId: 'a1', attemptNumber: 1, version: '2004', launchUrl: '/scorm/t/x.html', runtimeData: null, entry: 'ab-initio', commitSequence: 0 },
      async () => runtime,
      flaky,
      {} as Window,
      () => undefined,
      (error) => errors.push(error),
    );
    await session.commitNow(false);
    offline = false;
    await session.flush();
    expect(errors).toHaveLength(1);
    expect(sent.map((request) => request.sequence)).toEqual([1, 2]);
    await session.flush();
    expect(sent).toHaveLength(2);
  });
});
