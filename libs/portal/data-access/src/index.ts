export * from './lib/generated/graphql';
export { providePortalDataAccess, GRAPHQL_PATH } from './lib/apollo/provide-portal-data-access';
export { createSessionLink, SESSION_OPERATIONS, type SessionTokenSource } from './lib/apollo/session.link';
export { AuthStore, type SessionUser } from './lib/auth/auth.store';
export {
  LOGIN_PATH,
  RETURN_URL_PARAM,
  requireRole,
  requireSignedIn,
  requireSignedOut,
  safeReturnUrl,
} from './lib/auth/auth.guards';
export type { LocalizedText } from './lib/errors/localized-text.model';
export { toPortalError, ruleText, type PortalError, type FieldErrorView } from './lib/errors/portal-error.mapper';
export { KNOWN_REASONS, KNOWN_RULES, ERROR_CODES, type ErrorCode } from './lib/errors/error-catalogue';
export { LanguageStore, LANGUAGE_STORAGE_KEY } from './lib/i18n/language.store';
export { PORTAL_LANGUAGES, DEFAULT_LANGUAGE, type PortalLanguage } from './lib/i18n/portal-language.model';
export { providePortalI18n } from './lib/i18n/provide-portal-i18n';
export { UsersApi, type UserPage, type CreatedUser, type UserImportReport } from './lib/admin/users.api';
export { OrgUnitsApi } from './lib/admin/org-units.api';
export { InstitutionsApi } from './lib/admin/institutions.api';
export { AuditApi, type AuditEventPage, type AuditEventRow } from './lib/admin/audit.api';
export { NotificationsStore, type PortalNotification } from './lib/notifications/notifications.store';
export {
  buildOrgUnitTree,
  flattenOrgUnitTree,
  subtreeIds,
  type OrgUnit,
  type OrgUnitNode,
} from './lib/org-units/org-unit-tree';
// Courses, enrolment, authoring and the progress outbox: `@tunas/portal/data-access/courses`, loaded with the course screens.
