import type { Request, Response } from 'express';

/** The refresh token travels to browsers only in this cookie: httpOnly, SameSite=Strict, scoped to /graphql. */
export const REFRESH_COOKIE = 'tunas_refresh';

export function setRefreshCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  res.cookie(REFRESH_COOKIE, token, { httpOnly: true, secure, sameSite: 'strict', path: '/graphql', expires: expiresAt });
}

export function clearRefreshCookie(res: Response, secure: boolean): void {
  res.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure, sameSite: 'strict', path: '/graphql' });
}

export function readRefreshCookie(req: Request): string | null {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : null;
}
