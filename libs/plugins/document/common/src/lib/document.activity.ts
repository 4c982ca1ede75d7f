import { defineActivityType } from '@tunas/shared/plugin-sdk';
import { z } from 'zod';

/** Formats a browser can show or hand to an office viewer. */
export const DOCUMENT_MIME_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
] as const;

export const documentContentSchema = z
  .object({
    /** A file served by Tunas (`/files/...`) or an http(s) address; absent when the file is a library material. */
    url: z.string().regex(/^(https?:\/\/|\/files\/)[^\s<>"]+$/, 'The document must be a /files/ path or an http(s) address').optional(),
    /** A version of a partner library's material; learners get a short-lived address for it from the API. */
    materialVersionId: z.string().uuid('The library material must be a version id').optional(),
    fileName: z.string().trim().min(1).max(200),
    mimeType: z.enum(DOCUMENT_MIME_TYPES),
    sizeBytes: z.number().int().min(0).optional(),
    description: z.string().max(2000).default(''),
  })
  .refine((content) => (content.url === undefined) !== (content.materialVersionId === undefined), {
    message: 'A document is either an address (url) or a library material (materialVersionId), exactly one of them',
    path: ['url'],
  });
export type DocumentContent = z.infer<typeof documentContentSchema>;

export const documentStateSchema = z.object({ opened: z.boolean() });
export type DocumentState = z.infer<typeof documentStateSchema>;

/** A PDF or office file shown in the browser or downloaded; complete once opened. */
export const documentActivity = defineActivityType<DocumentContent, DocumentState>({
  id: 'document',
  schemaVersion: 1,
  label: { id: 'Dokumen', en: 'Document' },
  contentSchema: documentContentSchema,
  stateSchema: documentStateSchema,
  initialState: () => ({ opened: false }),
  completionMode: 'view',
  scored: false,
  completion: (_content, state) => (state.opened ? 1 : 0),
});
