/** A message in the active language: a translation key, or the given text when there is none. */
export interface MessageText {
  readonly key: string | null;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly fallback: string;
}
