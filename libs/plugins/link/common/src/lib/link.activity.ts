import { defineActivityType } from '@tunas/shared/plugin-sdk';
import { z } from 'zod';

export const linkContentSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'The link must be an http(s) address' }),
  description: z.string().max(2000).default(''),
});
export type LinkContent = z.infer<typeof linkContentSchema>;

export const linkStateSchema = z.object({ visited: z.boolean() });
export type LinkState = z.infer<typeof linkStateSchema>;

/** An external resource (a regulation, a guide); complete once the learner has opened it. */
export const linkActivity = defineActivityType<LinkContent, LinkState>({
  id: 'link',
  schemaVersion: 1,
  label: { id: 'Tautan sumber belajar', en: 'External link' },
  contentSchema: linkContentSchema,
  stateSchema: linkStateSchema,
  initialState: () => ({ visited: false }),
  completionMode: 'view',
  scored: false,
  completion: (_content, state) => (state.visited ? 1 : 0),
});
