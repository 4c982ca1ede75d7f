import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const API_PREFIXES = ['/graphql', '/health', '/uploads', '/verify', '/files', '/certificates', '/credentials', '/learning-record', '/scorm', '/materials'];

/**
 * Serves the built portal from the same origin as the API: hashed assets are cached for a year,
 * index.html and the service-worker files are always revalidated, and unknown paths fall back to the
 * app shell so deep links work.
 */
export function servePortal(app: NestExpressApplication, portalDir: string): boolean {
  const index = join(portalDir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(
    express.static(portalDir, {
      index: false,
      setHeaders: (res, path) => {
        const revalidate = path.endsWith('.html') || path.endsWith('ngsw.json') || path.endsWith('ngsw-worker.js') || path.endsWith('.webmanifest') || path.includes('/i18n/');
        res.setHeader('Cache-Control', revalidate ? 'no-cache' : 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((prefix) => req.path.startsWith(prefix)) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
