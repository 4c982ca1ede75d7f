export const PORTAL_LANGUAGES = ['id', 'en'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: PortalLanguage = 'id';

export function isPortalLanguage(value: unknown): value is PortalLanguage {
  return typeof value === 'string' && (PORTAL_LANGUAGES as readonly string[]).includes(value);
}
