import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  type OnDestroy,
  computed,
  inject,
  input,
  output,
  resource,
  signal,
  viewChild,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ActivityContext, type ActivityView, LIBRARY_MATERIALS } from '@tunas/portal/plugin-sdk';
import { type VideoContent, type VideoState, videoActivity, watchedShare } from '@tunas/plugins/video/common';
import { VideoWatchTracker } from './video-watch.tracker';

/** How often progress is reported while the video plays (and always on pause and at the end). */
export const VIDEO_REPORT_INTERVAL_MS = 10_000;

/** An HTML5 video with captions; reports the parts really played and where to resume. */
@Component({
  selector: 'tunas-video-view',
  imports: [MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="video-view">
      <video
        #player
        class="video-view__player"
        controls
        playsinline
        preload="metadata"
        [attr.src]="videoUrl()"
        [attr.aria-label]="'plugins.video.playerLabel' | transloco"
        data-testid="video-player"
        (loadedmetadata)="onMetadata()"
        (durationchange)="onDurationChange()"
        (play)="onPlay()"
        (timeupdate)="onTimeUpdate()"
        (seeking)="onSeeking()"
        (seeked)="onSeeked()"
        (pause)="onPause()"
        (ended)="onPause()"
      >
        @if (content().captionsUrl; as captions) {
          <track kind="captions" srclang="id" default [src]="captions" [label]="'plugins.video.captions' | transloco" />
        }
        @if (videoUrl(); as url) {
          <a [href]="url">{{ 'plugins.video.download' | transloco }}</a>
        }
      </video>
      @if (content().description) {
        <figcaption class="video-view__description">{{ content().description }}</figcaption>
      }
    </figure>
    <div class="video-view__progress">
      <mat-progress-bar
        mode="determinate"
        [value]="watchedPercent()"
        [attr.aria-label]="'plugins.video.watchedLabel' | transloco"
      />
      <p class="video-view__status" data-testid="video-watched">
        {{ 'plugins.video.watched' | transloco: { percent: watchedPercent(), needed: neededPercent() } }}
        @if (complete()) {
          · {{ 'plugins.video.complete' | transloco }}
        }
      </p>
    </div>
  `,
  styles: `
    :host { display: block; }
    .video-view { margin: 0; }
    .video-view__player { display: block; width: 100%; max-height: 70vh; border-radius: 12px; background: #000; }
    .video-view__description { margin-top: 12px; }
    .video-view__progress { margin-top: 12px; max-width: 480px; }
    .video-view__status { margin: 6px 0 0; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class VideoViewComponent implements ActivityView<VideoContent, VideoState>, OnDestroy {
  readonly content = input.required<VideoContent>();
  readonly state = input<VideoState | null>(null);
  readonly readOnly = input(false);
  readonly stateChange = output<VideoState>();
  readonly context = input<ActivityContext | null>(null);

  private readonly library = inject(LIBRARY_MATERIALS, { optional: true });
  /** A library video's address, asked for when the activity names one (short-lived, for this learner; ranges work). */
  private readonly libraryFile = resource({
    params: () => {
      const context = this.context();
      return this.content().materialVersionId && context && this.library ? context : undefined;
    },
    loader: ({ params }) => (this.library as NonNullable<typeof this.library>).fileUrl(params),
  });
  protected readonly videoUrl = computed(() => this.content().url ?? (this.libraryFile.hasValue() ? this.libraryFile.value() : null));

  private readonly player = viewChild.required<ElementRef<HTMLVideoElement>>('player');
  private tracker: VideoWatchTracker | null = null;
  private lastReportAt = 0;
  private lastReported: string | null = null;
  private readonly snapshot = signal<VideoState | null>(null);

  private readonly progressState = computed(() => this.snapshot() ?? this.state() ?? videoActivity.initialState(this.content()));
  protected readonly watchedPercent = computed(() => Math.round(watchedShare(this.content(), this.progressState()) * 100));
  protected readonly neededPercent = computed(() => Math.round(this.content().completionThreshold * 100));
  protected readonly complete = computed(() => videoActivity.completion(this.content(), this.progressState()) >= 1);

  protected onMetadata(): void {
    const video = this.player().nativeElement;
    const tracker = this.trackerFor(video);
    const resumeAt = tracker.resumeAt(this.knownDuration(video));
    if (resumeAt > 0) {
      // A returning learner continues where they stopped; the seek it causes is not counted.
      video.currentTime = resumeAt;
    }
  }

  protected onDurationChange(): void {
    const video = this.player().nativeElement;
    this.trackerFor(video).setDuration(video.duration);
  }

  protected onPlay(): void {
    const video = this.player().nativeElement;
    this.trackerFor(video).play(video.currentTime);
    this.lastReportAt = Date.now();
  }

  protected onTimeUpdate(): void {
    const video = this.player().nativeElement;
    const tracker = this.trackerFor(video);
    tracker.timeUpdate(video.currentTime, video.playbackRate);
    this.snapshot.set(tracker.snapshot());
    if (!video.paused && Date.now() - this.lastReportAt >= VIDEO_REPORT_INTERVAL_MS) {
      this.report();
    }
  }

  protected onSeeking(): void {
    this.trackerFor(this.player().nativeElement).seekStarted();
  }

  protected onSeeked(): void {
    const video = this.player().nativeElement;
    this.trackerFor(video).seekEnded(video.currentTime);
  }

  protected onPause(): void {
    const video = this.player().nativeElement;
    const tracker = this.trackerFor(video);
    tracker.setDuration(video.duration);
    tracker.pause(video.currentTime, video.playbackRate);
    this.snapshot.set(tracker.snapshot());
    this.report();
  }

  ngOnDestroy(): void {
    // Leaving mid-play (next activity, another page) still saves the last stretch.
    const video = this.player().nativeElement;
    if (this.tracker && !video.paused) {
      this.tracker.pause(video.currentTime, video.playbackRate);
      this.report();
    }
  }

  private report(): void {
    if (this.readOnly() || !this.tracker) {
      return;
    }
    const state = this.tracker.snapshot();
    const fingerprint = JSON.stringify(state);
    this.lastReportAt = Date.now();
    if (fingerprint !== this.lastReported && (state.watched.length > 0 || this.state() !== null)) {
      this.lastReported = fingerprint;
      this.stateChange.emit(state);
    }
  }

  private trackerFor(video: HTMLVideoElement): VideoWatchTracker {
    this.tracker ??= new VideoWatchTracker(this.state(), this.knownDuration(video));
    return this.tracker;
  }

  /** The file's own duration when the browser knows it, otherwise what the trainer entered. */
  private knownDuration(video: HTMLVideoElement): number | null {
    return Number.isFinite(video.duration) && video.duration > 0 ? video.duration : (this.content().durationSeconds ?? null);
  }
}
