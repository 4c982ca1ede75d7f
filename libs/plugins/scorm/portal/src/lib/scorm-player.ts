import { guardScorm12Api, guardScorm2004Api } from '@tunas/plugins/scorm/common';
import type { ScormCommitOutcome, ScormLaunchInfo, ScormRuntimeGateway } from './scorm-runtime.gateway';

/** The part of scorm-again's Scorm12API / Scorm2004API the player uses. */
export interface ScormRuntimeApi {
  loadFromJSON(json: Record<string, unknown>, cmiElement?: string): void;
  renderCommitCMI(terminateCommit: boolean): unknown;
  on(listenerName: string, callback: (...args: unknown[]) => void): void;
}

export type ScormRuntimeFactory = (version: '1.2' | '2004') => Promise<ScormRuntimeApi>;

/** The runtime API names the two SCORM versions look for in their parent window. */
export const RUNTIME_GLOBAL = { '1.2': 'API', '2004': 'API_1484_11' } as const;

/**
 * scorm-again, loaded with the player only; its own commits stay off (the player sends them through GraphQL). The
 * guard stops a package from overwriting a whole container element such as `cmi` with a string, which scorm-again
 * 3.4.3 accepts and which loses the attempt's data (see scorm-runtime-guard.ts).
 */
export const scormAgainRuntime: ScormRuntimeFactory = async (version) => {
  const { Scorm12API, Scorm2004API } = await import('scorm-again');
  const settings = { autocommit: false, logLevel: 4 as const };
  return version === '1.2' ? guardScorm12Api(new Scorm12API(settings)) : guardScorm2004Api(new Scorm2004API(settings));
};

const COMMIT_DEBOUNCE_MS = 1500;

/**
 * One launched attempt: installs the runtime API on the window for the package to find, loads saved data for
 * resume, and sends what the package commits to the server, in order, each with a higher sequence number.
 * Commits are debounced (packages commit often); finishing sends at once.
 */
export class ScormPlayerSession {
  private sequence: number;
  private pending: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private terminated = false;
  private installed = false;
  /** The package changed data that has not been sent yet. */
  private dirty = false;

  private constructor(
    private readonly launch: ScormLaunchInfo,
    private readonly runtime: ScormRuntimeApi,
    private readonly gateway: ScormRuntimeGateway,
    private readonly host: Window,
    private readonly onOutcome: (outcome: ScormCommitOutcome) => void,
    private readonly onError: (error: unknown) => void,
  ) {
    this.sequence = launch.commitSequence;
  }

  static async start(
    launch: ScormLaunchInfo,
    factory: ScormRuntimeFactory,
    gateway: ScormRuntimeGateway,
    host: Window,
    onOutcome: (outcome: ScormCommitOutcome) => void,
    onError: (error: unknown) => void,
  ): Promise<ScormPlayerSession> {
    const version = launch.version === '1.2' ? '1.2' : '2004';
    const runtime = await factory(version);
    const session = new ScormPlayerSession(launch, runtime, gateway, host, onOutcome, onError);
    session.install(version);
    return session;
  }

  get version(): '1.2' | '2004' {
    return this.launch.version === '1.2' ? '1.2' : '2004';
  }

  private install(version: '1.2' | '2004'): void {
    const saved = this.launch.runtimeData ? (JSON.parse(this.launch.runtimeData) as { cmi?: Record<string, unknown> }) : null;
    const cmi: Record<string, unknown> = saved?.cmi ?? {};
    // The package reads cmi.core.entry / cmi.entry to know whether to restore its bookmark.
    const entry = this.launch.entry === 'resume' ? 'resume' : 'ab-initio';
    if (version === '1.2') cmi['core'] = { ...((cmi['core'] as Record<string, unknown> | undefined) ?? {}), entry };
    else cmi['entry'] = entry;
    this.runtime.loadFromJSON(cmi, 'cmi');
    const [setEvent, commitEvent, finishEvent] = version === '1.2' ? ['LMSSetValue', 'LMSCommit', 'LMSFinish'] : ['SetValue', 'Commit', 'Terminate'];
    this.runtime.on(setEvent, () => (this.dirty = true));
    this.runtime.on(commitEvent, () => this.scheduleCommit());
    this.runtime.on(finishEvent, () => void this.commitNow(true));
    (this.host as unknown as Record<string, unknown>)[RUNTIME_GLOBAL[version]] = this.runtime;
    this.installed = true;
  }

  /** The package committed: send after a short quiet period, so a burst of commits becomes one request. */
  scheduleCommit(): void {
    if (this.terminated) return;
    this.dirty = true;
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.commitNow(false), COMMIT_DEBOUNCE_MS);
  }

  /** Sends the current runtime data now (on finish, on page hide, on leaving the activity). */
  commitNow(terminate: boolean): Promise<unknown> {
    if (this.pending) {
      clearTimeout(this.pending);
      this.pending = null;
    }
    if (this.terminated) return this.chain;
    if (terminate) this.terminated = true;
    this.dirty = false;
    const cmi = JSON.stringify(this.runtime.renderCommitCMI(terminate));
    const sequence = ++this.sequence;
    this.chain = this.chain
      .then(() => this.gateway.commit({ attemptId: this.launch.attemptId, sequence, cmi, terminate }))
      .then((outcome) => this.onOutcome(outcome))
      .catch((error: unknown) => {
        // Not stored (offline, a server error): the next commit or flush sends the then current data again.
        this.dirty = true;
        if (terminate) this.terminated = false;
        this.onError(error);
      });
    return this.chain;
  }

  /** Sends what the package changed and has not been sent (the page is hidden, the learner leaves). */
  flush(): Promise<unknown> {
    return this.dirty || this.pending ? this.commitNow(false) : this.chain;
  }

  /** Sends what is unsent and removes the runtime API from the window. */
  close(): Promise<unknown> {
    const last = this.flush();
    if (this.installed) {
      delete (this.host as unknown as Record<string, unknown>)[RUNTIME_GLOBAL[this.version]];
      this.installed = false;
    }
    return last;
  }
}
