import { defineActivityType } from '@tunas/shared/plugin-sdk';
import { z } from 'zod';

export const pageContentSchema = z.object({
  /** What the trainer writes: Markdown, with images by URL. */
  markdown: z.string().trim().min(1, 'A page needs some text').max(100_000),
  /** Sanitised HTML rendered by the server from `markdown`; anything a client sends here is replaced. */
  html: z.string().max(400_000).optional(),
  estimatedMinutes: z.number().int().min(1).max(600).optional(),
});
export type PageContent = z.infer<typeof pageContentSchema>;

export const pageStateSchema = z.object({ viewed: z.boolean() });
export type PageState = z.infer<typeof pageStateSchema>;

/** A lesson page: sanitised Markdown, complete once the learner has opened it. */
export const pageActivity = defineActivityType<PageContent, PageState>({
  id: 'page',
  schemaVersion: 1,
  label: { id: 'Halaman materi', en: 'Page' },
  contentSchema: pageContentSchema,
  stateSchema: pageStateSchema,
  initialState: () => ({ viewed: false }),
  completionMode: 'view',
  scored: false,
  completion: (_content, state) => (state.viewed ? 1 : 0),
});
