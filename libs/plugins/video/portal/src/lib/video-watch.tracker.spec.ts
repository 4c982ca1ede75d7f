import { videoActivity, type VideoContent } from '@tunas/plugins/video/common';
import { VideoWatchTracker } from './video-watch.tracker';

/** Plays from `from` to `to` the way a browser reports it: a timeupdate every quarter second. */
function playThrough(tracker: VideoWatchTracker, from: number, to: number, rate = 1): void {
  for (let time = from; time <= to + 1e-9; time += 0.25 * rate) {
    tracker.timeUpdate(Math.min(time, to), rate);
  }
}

const content: VideoContent = { url: '/files/seed/demo/video.webm', completionThreshold: 0.8, description: '' };

describe('VideoWatchTracker', () => {
  it('counts what was really played', () => {
    const tracker = new VideoWatchTracker(null);
    tracker.setDuration(100);

    tracker.play(0);
    playThrough(tracker, 0, 30);
    tracker.pause(30);

    expect(tracker.snapshot()).toEqual({ watched: [[0, 30]], durationSeconds: 100, positionSeconds: 30 });
  });

  it('does not count a seek ahead as watching', () => {
    const tracker = new VideoWatchTracker(null);
    tracker.setDuration(100);

    tracker.play(0);
    playThrough(tracker, 0, 10);
    tracker.seekStarted();
    tracker.timeUpdate(90);
    tracker.seekEnded(90);
    playThrough(tracker, 90, 95);
    tracker.pause(95);

    expect(tracker.snapshot().watched).toEqual([
      [0, 10],
      [90, 95],
    ]);
    expect(videoActivity.completion(content, tracker.snapshot())).toBeCloseTo(15 / 80, 5);
  });

  it('does not count a jump that came without seek events either', () => {
    const tracker = new VideoWatchTracker(null);
    tracker.play(0);
    playThrough(tracker, 0, 5);
    tracker.timeUpdate(60);
    playThrough(tracker, 60, 62);
    tracker.pause(62);

    expect(tracker.snapshot().watched).toEqual([
      [0, 5],
      [60, 62],
    ]);
  });

  it('counts playback at four times the speed, whose time updates step further', () => {
    const tracker = new VideoWatchTracker(null);
    tracker.setDuration(24);
    tracker.play(0);
    playThrough(tracker, 0, 24, 4);
    tracker.pause(24, 4);

    expect(tracker.snapshot().watched).toEqual([[0, 24]]);
    expect(videoActivity.completion(content, tracker.snapshot())).toBe(1);
  });

  it('counts a part watched twice only once', () => {
    const tracker = new VideoWatchTracker(null);
    tracker.play(0);
    playThrough(tracker, 0, 20);
    tracker.seekStarted();
    tracker.seekEnded(10);
    playThrough(tracker, 10, 25);
    tracker.pause(25);

    expect(tracker.snapshot().watched).toEqual([[0, 25]]);
  });

  it('keeps what a returning learner watched before, and resumes where they stopped', () => {
    const tracker = new VideoWatchTracker({ watched: [[0, 40]], durationSeconds: 100, positionSeconds: 40 });

    expect(tracker.resumeAt(100)).toBe(40);
    tracker.play(40);
    playThrough(tracker, 40, 50);
    tracker.pause(50);

    expect(tracker.snapshot()).toEqual({ watched: [[0, 50]], durationSeconds: 100, positionSeconds: 50 });
  });

  it('starts again from the beginning when the learner had reached the end', () => {
    const tracker = new VideoWatchTracker({ watched: [[0, 100]], durationSeconds: 100, positionSeconds: 99.5 });

    expect(tracker.resumeAt(100)).toBe(0);
  });

  it('includes the stretch still playing in a snapshot', () => {
    const tracker = new VideoWatchTracker(null);
    tracker.play(0);
    playThrough(tracker, 0, 12);

    expect(tracker.snapshot().watched).toEqual([[0, 12]]);
  });
});
