import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Short-lived capability tokens for URLs a browser loads by itself (a `<video src>`, a SCORM frame and the files it
 * pulls in) and so cannot carry the bearer token. The API checks access when it mints a token for one principal and
 * one object; the route that serves the object only verifies the token. Tokens are HMAC-SHA256 over a purpose, a
 * subject, the object and an expiry, base64url, and fit in a path segment.
 */
@Injectable()
export class SignedUrls {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update('tunas-signed-urls').digest();
  }

  /** A token for `purpose` (e.g. "material", "scorm") granting `subject` access to `object` for `ttlSeconds`. */
  sign(purpose: string, subject: string, object: string, ttlSeconds: number, now = Date.now()): string {
    const payload = Buffer.from(JSON.stringify({ p: purpose, s: subject, o: object, e: Math.floor(now / 1000) + ttlSeconds })).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The subject and object of a valid, unexpired token for `purpose`, or null. */
  verify(purpose: string, token: string, now = Date.now()): { subject: string; object: string; expiresAt: Date } | null {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { p?: unknown; s?: unknown; o?: unknown; e?: unknown };
      if (claims.p !== purpose || typeof claims.s !== 'string' || typeof claims.o !== 'string' || typeof claims.e !== 'number') return null;
      if (claims.e * 1000 <= now) return null;
      return { subject: claims.s, object: claims.o, expiresAt: new Date(claims.e * 1000) };
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
