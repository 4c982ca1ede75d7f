import { inject } from '@angular/core';
import { type CanMatchFn, Router, type UrlSegment } from '@angular/router';
import type { Role } from '../generated/graphql';
import { AuthStore } from './auth.store';

export const LOGIN_PATH = '/masuk';
export const RETURN_URL_PARAM = 'kembali';

/** Lets signed-in people through; sends everyone else to the login page and back afterwards. */
export const requireSignedIn: CanMatchFn = async (_route, segments) => {
  const store = inject(AuthStore);
  const router = inject(Router);
  await store.restoreSession();
  return store.isSignedIn() ? true : router.createUrlTree([LOGIN_PATH], loginQuery(segments));
};

/** Lets through people who hold one of the roles; others go home. */
export function requireRole(...roles: readonly Role[]): CanMatchFn {
  return async (_route, segments) => {
    const store = inject(AuthStore);
    const router = inject(Router);
    await store.restoreSession();
    if (!store.isSignedIn()) {
      return router.createUrlTree([LOGIN_PATH], loginQuery(segments));
    }
    return roles.some((role) => store.hasRole(role)) ? true : router.createUrlTree(['/']);
  };
}

/** The login page is for signed-out people only. */
export const requireSignedOut: CanMatchFn = async () => {
  const store = inject(AuthStore);
  await store.restoreSession();
  return store.isSignedIn() ? inject(Router).createUrlTree(['/']) : true;
};

/** Only same-site paths are followed after login (never `//evil.example`). */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

function loginQuery(segments: readonly UrlSegment[]): { queryParams: Record<string, string> } | undefined {
  const path = segments.map((segment) => segment.path).join('/');
  return path ? { queryParams: { [RETURN_URL_PARAM]: `/${path}` } } : undefined;
}
