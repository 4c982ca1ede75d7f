import '@as-integrations/express5';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, ConfigError, DatabaseStartupError, jsonDepthLimitMiddleware, loadConfig, prepareDatabase, queryCountMiddleware } from '@tunas/api/core';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { join } from 'node:path';
import { AppModule } from './app/app.module';
import { seedCoursesDir } from './app/demo/demo-seeder';
import { servePortal } from './app/portal/serve-portal';
import express, { type NextFunction, type Request, type Response } from 'express';

const SEED_MEDIA = /\.(pdf|png|jpe?g|svg|webm|mp4|vtt)$/i;

export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const database = await prepareDatabase(config.database);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...config, database }), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          // The SCORM player frames packages served from /scorm on this origin (their route sets its own CSP).
          frameSrc: ["'self'"],
          frameAncestors: ["'self'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      hsts: config.cookieSecure,
    }),
  );
  // gzip for text over slow links (the portal's scripts shrink to about a quarter, GraphQL JSON to a fifth). Range
  // requests (video seeking, resumed downloads) are sent as stored, since their byte offsets refer to the file.
  app.use(compression({ filter: (request, response) => !request.headers.range && compression.filter(request, response) }));
  if (config.queryCountHeader) app.use(queryCountMiddleware());
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '12mb' });
  app.use(jsonDepthLimitMiddleware());
  app.enableShutdownHooks();
  // Demo course files (CC BY 4.0 worksheets); uploaded materials get their own checked route with the materials library.
  // Only media a lesson links to: the seed folder also holds the quizzes' GIFT files, whose answers must stay on the server.
  app.use('/files/seed', (request: Request, response: Response, next: NextFunction) => (SEED_MEDIA.test(request.path) ? next() : response.status(404).end()));
  app.use('/files/seed', express.static(seedCoursesDir(), { index: false, fallthrough: false, maxAge: '1d' }));
  servePortal(app, config.portalDir ?? join(__dirname, '..', 'portal', 'browser'));
  return app;
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return exitWith(error.message);
    throw error;
  }
  try {
    const app = await createApp(config);
    await app.listen(config.port, config.host);
    const url = await app.getUrl();
    app.get(Logger).log(`Tunas is running in ${config.mode} mode on ${url.replace('[::1]', 'localhost')} (portal at /, GraphQL at /graphql, health at /health)`);
  } catch (error) {
    if (error instanceof DatabaseStartupError) return exitWith(error.message);
    throw error;
  }
}

function exitWith(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (require.main === module) {
  void main();
}
