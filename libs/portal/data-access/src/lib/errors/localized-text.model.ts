/**
 * A message the UI can show in the active language: a translation key when the portal knows
 * the message, otherwise the server's own (English) text.
 */
export interface LocalizedText {
  readonly key: string | null;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly fallback: string;
}
