import { randomUUID } from 'node:crypto';
import { RequestContext } from '@tuoyu/kernel';
import type { NextFunction, Request, Response } from 'express';

export const REQUEST_ID_HEADER = 'X-Request-Id';

// A caller's id is kept when it is a plain token (a proxy's or the portal's); anything else could forge log lines.
const ACCEPTED = /^[A-Za-z0-9._:-]{8,100}$/;

type IdentifiedRequest = Request & { id?: string };

/**
 * X-Request-Id in and out: the caller's id (or a new one) is echoed on every response, even a refused body, and set
 * as `req.id`, which pino-http logs.
 */
export function requestId(req: IdentifiedRequest, res: Response, next: NextFunction): void {
  const given = req.headers['x-request-id'];
  req.id = typeof given === 'string' && ACCEPTED.test(given) ? given : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, req.id);
  next();
}

/**
 * Serves the rest of the request inside a RequestContext (the id for the audit trail, the actor once known).
 * Mounted after the body parsers: their stream callbacks would otherwise run outside the context.
 */
export function requestScope(req: IdentifiedRequest, _res: Response, next: NextFunction): void {
  RequestContext.run({ requestId: req.id ?? randomUUID() }, next);
}
