import { type VideoState, mergeSegments } from '@tunas/plugins/video/common';

type Segment = [number, number];

/** Longest step between two time updates of continuous playback, in media seconds at normal speed. */
const MAX_STEP_SECONDS = 2.5;

/**
 * Follows a <video> element's events and keeps the parts really played: seeking or skipping ahead
 * never counts as watching. Pure, so it can be tested without a browser.
 */
export class VideoWatchTracker {
  private segments: Segment[];
  private current: Segment | null = null;
  private position: number;
  private duration: number | null;
  private playing = false;
  private seeking = false;

  constructor(stored: VideoState | null, durationSeconds: number | null = null) {
    this.segments = stored ? stored.watched.map(([start, end]) => [start, end]) : [];
    this.position = stored?.positionSeconds ?? 0;
    this.duration = stored?.durationSeconds ?? durationSeconds;
  }

  /** Where a returning learner resumes: the stored position, unless it is (nearly) the end. */
  resumeAt(duration: number | null): number {
    const end = duration ?? this.duration;
    return end !== null && this.position >= end - 2 ? 0 : this.position;
  }

  setDuration(seconds: number): void {
    if (Number.isFinite(seconds) && seconds > 0) {
      this.duration = seconds;
    }
  }

  play(time: number): void {
    this.playing = true;
    this.startAt(time);
  }

  /** A `timeupdate`: extends the played stretch when playback ran on, starts a new one after a jump. */
  timeUpdate(time: number, playbackRate = 1): void {
    if (this.playing && !this.seeking) {
      const step = time - (this.current?.[1] ?? Number.NaN);
      if (this.current && step >= 0 && step <= MAX_STEP_SECONDS * Math.max(1, playbackRate)) {
        this.current[1] = time;
      } else {
        this.startAt(time);
      }
    }
    this.position = time;
  }

  seekStarted(): void {
    this.seeking = true;
    this.close();
  }

  seekEnded(time: number): void {
    this.seeking = false;
    this.position = time;
    if (this.playing) {
      this.startAt(time);
    }
  }

  pause(time: number, playbackRate = 1): void {
    this.timeUpdate(time, playbackRate);
    this.playing = false;
    this.close();
  }

  /** The learner state to store: merged played segments, duration, where to resume. */
  snapshot(): VideoState {
    const open = this.current && this.current[1] > this.current[0] ? [this.current] : [];
    return {
      watched: mergeSegments([...this.segments, ...open].map(round)).slice(0, 500),
      durationSeconds: this.duration,
      positionSeconds: Math.max(0, Math.round(this.position * 10) / 10),
    };
  }

  private startAt(time: number): void {
    this.close();
    this.current = [time, time];
  }

  private close(): void {
    if (this.current && this.current[1] > this.current[0]) {
      this.segments = mergeSegments([...this.segments, this.current]);
    }
    this.current = null;
  }
}

function round([start, end]: readonly [number, number]): Segment {
  return [Math.floor(start * 10) / 10, Math.ceil(end * 10) / 10];
}
