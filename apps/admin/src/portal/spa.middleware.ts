import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable, NestMiddleware } from '@nestjs/common';
import express, { type Request, type Response } from 'express';

/** Where `npm run build:portal` puts the pages (run from the repository root, as npm start and the tests do). */
export const PORTAL_DIST = resolve(process.cwd(), 'dist', 'portal');

/** Paths the pages live under; anything else is the API, Bull Board, docs, health or metrics. */
const PAGES =
  /^\/(?:$|sign-in|link-invalid|cases|department|authority|console|assets|favicon|public\/complaints|public\/filings|complaints|incidents|supervision)/;

/** Serves the built single-page app: hashed assets cached for a year, index.html for every page route. */
@Injectable()
export class SpaMiddleware implements NestMiddleware {
  private readonly assets = express.static(PORTAL_DIST, { index: false, immutable: true, maxAge: '365d' });

  use(request: Request, response: Response, next: () => void): void {
    // originalUrl: Nest mounts middleware at a path, so request.path is relative to it.
    const path = request.originalUrl.split('?')[0];
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !PAGES.test(path)) return next();
    request.url = request.originalUrl;
    this.assets(request, response, () => {
      const index = join(PORTAL_DIST, 'index.html');
      if (!existsSync(index)) {
        response.status(503).type('text/plain').send('The portal pages are not built: run npm run build:portal');
        return;
      }
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    });
  }
}
