import { defineActivityType } from '@tunas/shared/plugin-sdk';
import { z } from 'zod';

export const videoContentSchema = z.object({
  /** An uploaded file served by Tunas (`/files/...`) or an http(s) address of a video file; absent for a library material. */
  url: z.string().regex(/^(https?:\/\/|\/files\/)[^\s<>"]+$/, 'The video must be a /files/ path or an http(s) address').optional(),
  /** A version of a partner library's video or audio; learners get a short-lived address for it from the API. */
  materialVersionId: z.string().uuid('The library material must be a version id').optional(),
  /** Share of the video that must be watched to complete it. */
  completionThreshold: z.number().min(0.1).max(1).default(0.9),
  durationSeconds: z.number().positive().max(24 * 3600).optional(),
  captionsUrl: z.string().regex(/^(https?:\/\/|\/files\/)[^\s<>"]+$/).optional(),
  description: z.string().max(2000).default(''),
}).refine((content) => (content.url === undefined) !== (content.materialVersionId === undefined), {
  message: 'A video is either an address (url) or a library material (materialVersionId), exactly one of them',
  path: ['url'],
});
export type VideoContent = z.infer<typeof videoContentSchema>;

const segment = z.tuple([z.number().min(0), z.number().min(0)]).refine(([start, end]) => end >= start, 'A watched segment ends after it starts');

export const videoStateSchema = z.object({
  /** Seconds of the video the learner has actually played, as merged [start, end] segments. */
  watched: z.array(segment).max(500),
  durationSeconds: z.number().positive().max(24 * 3600).nullable(),
  /** Where to resume. */
  positionSeconds: z.number().min(0),
});
export type VideoState = z.infer<typeof videoStateSchema>;

/** Union of segments, sorted and merged, so that replaying a part does not count twice. */
export function mergeSegments(segments: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...segments].map(([start, end]) => [start, end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export function watchedShare(content: VideoContent, state: VideoState): number {
  const duration = content.durationSeconds ?? state.durationSeconds;
  if (!duration) return 0;
  const seconds = mergeSegments(state.watched).reduce((total, [start, end]) => total + (Math.min(end, duration) - Math.min(start, duration)), 0);
  return Math.min(1, seconds / duration);
}

/** A video, complete once the configured share of it has really been played (not skipped through). */
export const videoActivity = defineActivityType<VideoContent, VideoState>({
  id: 'video',
  schemaVersion: 1,
  label: { id: 'Video', en: 'Video' },
  contentSchema: videoContentSchema,
  stateSchema: videoStateSchema,
  initialState: () => ({ watched: [], durationSeconds: null, positionSeconds: 0 }),
  completionMode: 'progress',
  scored: false,
  completion: (content, state) => {
    const share = watchedShare(content, state);
    return share >= content.completionThreshold ? 1 : share / content.completionThreshold;
  },
  mergeState: (stored, incoming) => ({
    watched: mergeSegments([...stored.watched, ...incoming.watched]).slice(0, 500),
    durationSeconds: incoming.durationSeconds ?? stored.durationSeconds,
    positionSeconds: incoming.positionSeconds,
  }),
});
