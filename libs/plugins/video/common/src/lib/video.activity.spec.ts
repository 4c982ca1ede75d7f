import { describeActivityTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { mergeSegments, videoActivity, videoContentSchema } from './video.activity';

describeActivityTypeContract(videoActivity, {
  validContent: [{ url: '/files/seed/musyawarah.webm', completionThreshold: 0.8, durationSeconds: 100 }, { url: 'https://video.example.go.id/a.mp4' }, { materialVersionId: '7d9f1c2a-4b3e-4f6a-9c8d-1e2f3a4b5c6d' }],
  invalidContent: [
    { content: { url: 'javascript:alert(1)' }, why: 'script URL' },
    { content: { url: '/files/a.webm', completionThreshold: 0 }, why: 'threshold below 10%' },
    { content: { url: '/files/a.webm', completionThreshold: 1.5 }, why: 'threshold above 100%' },
    { content: { url: '/files/a.webm', materialVersionId: '7d9f1c2a-4b3e-4f6a-9c8d-1e2f3a4b5c6d' }, why: 'an address and a library material' },
    { content: {}, why: 'neither an address nor a library material' },
  ],
  states: [
    { state: { watched: [], durationSeconds: 100, positionSeconds: 0 }, completion: 0 },
    { state: { watched: [[0, 40]], durationSeconds: 100, positionSeconds: 40 }, completion: 0.5 },
    { state: { watched: [[0, 40], [30, 70]], durationSeconds: 100, positionSeconds: 70 }, completion: 0.875 },
    { state: { watched: [[0, 80]], durationSeconds: 100, positionSeconds: 80 }, completion: 1 },
  ],
  invalidStates: [{ watched: [[10, 5]], durationSeconds: 100, positionSeconds: 0 }, { watched: [], positionSeconds: -1, durationSeconds: null }],
});

describe('video watching', () => {
  it('counts replayed parts once and ignores skipped parts', () => {
    expect(mergeSegments([[50, 60], [0, 10], [5, 20], [21, 30]])).toEqual([[0, 30], [50, 60]]);
    const content = videoContentSchema.parse({ url: '/files/v.webm', durationSeconds: 100, completionThreshold: 0.9 });
    const skippedToEnd = { watched: [[0, 5], [95, 100]] as Array<[number, number]>, durationSeconds: 100, positionSeconds: 100 };
    expect(videoActivity.completion(content, skippedToEnd)).toBeCloseTo(10 / 90, 5);
  });
});
