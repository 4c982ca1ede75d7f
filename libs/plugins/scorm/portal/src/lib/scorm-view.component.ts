import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActivityContext } from '@tunas/portal/plugin-sdk';
import type { ScormContent, ScormLearnerContent, ScormState } from '@tunas/plugins/scorm/common';
import { ScormPlayerSession, scormAgainRuntime } from './scorm-player';
import { SCORM_RUNTIME_GATEWAY, type ScormCommitOutcome } from './scorm-runtime.gateway';

type PlayerStatus = 'idle' | 'launching' | 'playing' | 'failed';

/**
 * A SCORM package in the course player: a button opens the learner's attempt (resuming the saved one) in a frame
 * served by Tunas, with the runtime API the package looks for in this window. It never emits a state: the server
 * derives it from the runtime data the package commits.
 */
@Component({
  selector: 'tunas-scorm-view',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scorm-view__status" role="status" aria-live="polite" data-testid="scorm-status">
      @if (summary(); as shown) {
        <span>{{ 'plugins.scorm.completion.' + shown.completion | transloco }}</span>
        @if (shown.success !== 'unknown') {
          <span> · {{ 'plugins.scorm.success.' + shown.success | transloco }}</span>
        }
        @if (shown.score !== null) {
          <span> · {{ 'plugins.scorm.score' | transloco: { score: shown.score } }}</span>
        }
      }
      @if (saving()) {
        <span> · {{ 'plugins.scorm.saving' | transloco }}</span>
      }
    </div>
    @if (status() === 'failed') {
      <p class="scorm-view__error" role="alert" data-testid="scorm-error">{{ 'plugins.scorm.failed' | transloco }}</p>
    }
    @if (frameUrl(); as url) {
      <iframe
        class="scorm-view__frame"
        [src]="url"
        [title]="'plugins.scorm.frameTitle' | transloco: { title: title() }"
        allow="fullscreen; autoplay"
        data-testid="scorm-frame"
      ></iframe>
    } @else if (canPlay()) {
      <div class="scorm-view__actions">
        <button mat-flat-button type="button" (click)="play(false)" [disabled]="status() === 'launching'" data-testid="scorm-play">
          {{ (hasStarted() ? 'plugins.scorm.resume' : 'plugins.scorm.start') | transloco }}
        </button>
        @if (hasStarted()) {
          <button mat-stroked-button type="button" (click)="play(true)" [disabled]="status() === 'launching'" data-testid="scorm-new-attempt">
            {{ 'plugins.scorm.newAttempt' | transloco }}
          </button>
        }
      </div>
    } @else {
      <p class="scorm-view__note">{{ 'plugins.scorm.previewOnly' | transloco }}</p>
    }
  `,
  styles: `
    :host { display: block; }
    .scorm-view__status { margin: 0 0 12px; color: var(--mat-sys-primary); min-height: 1.5em; }
    .scorm-view__error { color: var(--mat-sys-error); }
    .scorm-view__actions { display: flex; gap: 8px; flex-wrap: wrap; }
    .scorm-view__frame { display: block; width: 100%; height: min(80vh, 720px); border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: #fff; }
    @media (max-width: 600px) { .scorm-view__frame { height: 75vh; } }
    .scorm-view__note { margin: 0; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class ScormViewComponent {
  /** What the server hands learners; full content where a host shows the stored content as it is. */
  readonly content = input.required<ScormLearnerContent | ScormContent>();
  readonly state = input<ScormState | null>(null);
  readonly readOnly = input(false);
  readonly context = input<ActivityContext | null>(null);
  readonly stateChange = output<ScormState>();

  private readonly gateway = inject(SCORM_RUNTIME_GATEWAY, { optional: true });
  private readonly sanitizer = inject(DomSanitizer);
  private readonly window = inject(DOCUMENT).defaultView;
  private session: ScormPlayerSession | null = null;
  private readonly outcome = signal<ScormCommitOutcome | null>(null);

  protected readonly status = signal<PlayerStatus>('idle');
  protected readonly saving = signal(false);
  protected readonly frameUrl = signal<SafeResourceUrl | null>(null);
  protected readonly title = computed(() => this.content().title);
  protected readonly hasStarted = computed(() => (this.state()?.attempts ?? 0) > 0 || this.outcome() !== null);
  /** Read-only views (a draft preview, a locked module) have no attempt to open. */
  protected readonly canPlay = computed(() => !this.readOnly() && !!this.context()?.courseId && !!this.gateway && !!this.window);
  protected readonly summary = computed(() => {
    const outcome = this.outcome();
    const state = this.state();
    if (outcome) return { completion: outcome.completionStatus, success: outcome.successStatus, score: percent(outcome.scoreScaled) };
    if (state && state.attempts > 0) return { completion: state.completionStatus, success: state.successStatus, score: percent(state.scoreScaled) };
    return null;
  });

  constructor() {
    const onPageHide = () => void this.session?.flush();
    this.window?.addEventListener('pagehide', onPageHide);
    inject(DestroyRef).onDestroy(() => {
      this.window?.removeEventListener('pagehide', onPageHide);
      void this.session?.close();
      this.session = null;
    });
  }

  protected async play(newAttempt: boolean): Promise<void> {
    const context = this.context();
    if (!this.canPlay() || !context || !this.gateway || !this.window) return;
    this.status.set('launching');
    try {
      await this.session?.close();
      const launch = await this.gateway.launch(context.courseId, context.activityId, newAttempt);
      this.session = await ScormPlayerSession.start(
        launch,
        scormAgainRuntime,
        { launch: (...args) => this.gateway!.launch(...args), packages: () => this.gateway!.packages(), commit: (request) => this.track(this.gateway!.commit(request)) },
        this.window,
        (outcome) => {
          this.outcome.set(outcome);
          this.status.set('playing');
        },
        () => this.status.set('failed'),
      );
      // Same origin, from the API's own /scorm route: the package must reach the runtime API in this window.
      this.frameUrl.set(this.sanitizer.bypassSecurityTrustResourceUrl(launch.launchUrl));
      this.status.set('playing');
    } catch {
      this.status.set('failed');
    }
  }

  private async track<T>(pending: Promise<T>): Promise<T> {
    this.saving.set(true);
    try {
      return await pending;
    } finally {
      this.saving.set(false);
    }
  }
}

function percent(scaled: number | null): number | null {
  return scaled === null ? null : Math.round(scaled * 1000) / 10;
}
