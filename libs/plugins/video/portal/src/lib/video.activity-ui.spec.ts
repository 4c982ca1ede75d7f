import { type RenderedActivityView, describeActivityUiContract, renderActivityView, typeInto } from '@tunas/portal/plugin-sdk/testing';
import type { VideoContent, VideoState } from '@tunas/plugins/video/common';
import { VIDEO_REPORT_INTERVAL_MS } from './video-view.component';
import { videoActivityUi } from './video.activity-ui';

const content: VideoContent = {
  url: '/files/seed/demo/video-siklus-proyek.webm',
  captionsUrl: '/files/seed/demo/video-siklus-proyek.vtt',
  completionThreshold: 0.8,
  durationSeconds: 24,
  description: 'Lima tahap siklus proyek.',
};

/** jsdom has no media pipeline: a stand-in <video> whose clock the test moves. */
class FakeClock {
  currentTime = 0;
  paused = true;
  playbackRate = 1;
  duration = 24;

  constructor(private readonly video: HTMLVideoElement) {
    Object.defineProperty(video, 'currentTime', { get: () => this.currentTime, set: (value: number) => this.seekTo(value) });
    Object.defineProperty(video, 'paused', { get: () => this.paused });
    Object.defineProperty(video, 'playbackRate', { get: () => this.playbackRate });
    Object.defineProperty(video, 'duration', { get: () => this.duration });
  }

  fire(type: string): void {
    this.video.dispatchEvent(new Event(type));
  }

  play(): void {
    this.paused = false;
    this.fire('play');
  }

  /** Plays on for `seconds` of media time, a timeupdate every quarter second. */
  advance(seconds: number): void {
    for (let step = 0; step < seconds * 4; step++) {
      this.currentTime += 0.25;
      this.fire('timeupdate');
    }
  }

  pause(): void {
    this.paused = true;
    this.fire('pause');
  }

  seekTo(time: number): void {
    this.fire('seeking');
    this.currentTime = time;
    this.fire('timeupdate');
    this.fire('seeked');
  }
}

function clockOf(view: RenderedActivityView<VideoState>): FakeClock {
  const video = view.element.querySelector('video');
  if (!video) throw new Error('no <video>');
  return new FakeClock(video);
}

describeActivityUiContract(videoActivityUi, {
  content,
  storedState: { watched: [[0, 12]], durationSeconds: 24, positionSeconds: 12 },
  learn: async (view) => {
    const clock = clockOf(view);
    clock.fire('loadedmetadata');
    clock.play();
    clock.advance(5);
    clock.pause();
    await view.stable();
  },
  author: async (editor) => {
    typeInto(editor.element.querySelector('[data-testid="video-editor-url"]'), '/files/seed/demo/video-siklus-proyek.webm');
    await editor.stable();
  },
});

describe('VideoViewComponent', () => {
  it('offers captions when the trainer gave them', async () => {
    const view = await renderActivityView(videoActivityUi, { content });

    expect(view.element.querySelector('track')?.getAttribute('src')).toBe(content.captionsUrl);
    expect(view.element.querySelector('track')?.getAttribute('kind')).toBe('captions');
  });

  it('reports the parts really played on pause, not the part skipped by seeking', async () => {
    const view = await renderActivityView(videoActivityUi, { content });
    const clock = clockOf(view);

    clock.fire('loadedmetadata');
    clock.play();
    clock.advance(4);
    clock.seekTo(16);
    clock.advance(2);
    clock.pause();

    expect(view.emitted).toEqual([{ watched: [[0, 4], [16, 18]], durationSeconds: 24, positionSeconds: 18 }]);
  });

  it('reports about every ten seconds while playing', async () => {
    const view = await renderActivityView(videoActivityUi, { content: { ...content, durationSeconds: 120 } });
    const clock = clockOf(view);
    clock.duration = 120;
    let now = 0;
    const wallClock = jest.spyOn(Date, 'now').mockImplementation(() => now);

    clock.play();
    for (let second = 1; second <= 25; second++) {
      now = second * 1000;
      clock.advance(1);
    }
    wallClock.mockRestore();

    const positions = view.emitted.map((state) => state.positionSeconds);
    expect(positions).toHaveLength(2);
    expect(positions[1] - positions[0]).toBeCloseTo(VIDEO_REPORT_INTERVAL_MS / 1000, 5);
  });

  it('resumes a returning learner where they stopped, keeping what they watched before', async () => {
    const view = await renderActivityView(videoActivityUi, {
      content,
      state: { watched: [[0, 10]], durationSeconds: 24, positionSeconds: 10 },
    });
    const clock = clockOf(view);

    clock.fire('loadedmetadata');
    expect(clock.currentTime).toBe(10);
    clock.play();
    clock.advance(10);
    clock.fire('ended');

    expect(view.emitted.at(-1)?.watched).toEqual([[0, 20]]);
  });

  it('saves the last stretch when the learner leaves while it plays', async () => {
    const view = await renderActivityView(videoActivityUi, { content });
    const clock = clockOf(view);
    clock.play();
    clock.advance(3);

    view.fixture.destroy();

    expect(view.emitted).toEqual([{ watched: [[0, 3]], durationSeconds: 24, positionSeconds: 3 }]);
  });

  it('shows how much is watched against what is needed', async () => {
    const view = await renderActivityView(videoActivityUi, {
      content,
      state: { watched: [[0, 12]], durationSeconds: 24, positionSeconds: 12 },
    });

    expect(view.element.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('50');
    expect(view.element.querySelector('[data-testid="video-watched"]')?.textContent).toContain('plugins.video.watched');
  });
});
