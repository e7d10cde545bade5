import { request as httpRequest } from 'node:http';
import { Injectable, NestMiddleware } from '@nestjs/common';
import { TokenService } from '@tuoyu/identity';
import { PortalSessions } from '@tuoyu/portal-domain';
import type { Request, Response } from 'express';
import { linkMayRead } from './link-scope';
import { PORTAL_HEADER, SESSION_COOKIE, cookieOf } from './portal-cookie';
import { isPublicCall } from './public-calls';
import { PROXIED_SERVICES, ProxiedService, ServiceUpstreams } from './service-upstreams';

/** Seconds a token minted for one proxied call lives: long enough for an upload, useless if it leaked. */
const CALL_TOKEN_SECONDS = 120;
const PASSED_HEADERS = ['accept', 'content-type', 'content-length', 'accept-language'];
const ROUTE = new RegExp(`^/api/(${PROXIED_SERVICES.join('|')})(/.*)$`);

function problem(response: Response, status: 401 | 403 | 404, message: string): void {
  const error = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' }[status];
  response.status(status).json({ statusCode: status, error, message });
}

/**
 * `/api/<service>/<path>` → the service, with a short-lived bearer token minted from the browser's server-side
 * session, so pages need no token and no CORS. A link session may only read its own case. The public complaint
 * calls go on without a session and without a token, as the service's public endpoints expect.
 */
@Injectable()
export class ApiProxyMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: PortalSessions,
    private readonly tokens: TokenService,
    private readonly upstreams: ServiceUpstreams,
  ) {}

  async use(request: Request, response: Response, next: (error?: unknown) => void): Promise<void> {
    const match = ROUTE.exec(request.originalUrl);
    if (!match) return next();
    const [, service, path] = match as unknown as [string, ProxiedService, string];
    const writes = request.method !== 'GET' && request.method !== 'HEAD';
    if (isPublicCall(service, request.method, path)) {
      if (writes && request.headers[PORTAL_HEADER] !== '1') {
        return problem(response, 403, `Portal writes must carry the ${PORTAL_HEADER}: 1 header`);
      }
      return this.forward(request, response, service, path, undefined);
    }
    try {
      const session = await this.sessions.resolve(cookieOf(request, SESSION_COOKIE));
      if (!session) return problem(response, 401, 'Sign in first');
      if (session.readOnly && !(session.caseId && linkMayRead(service, request.method, path, session.caseId))) {
        return problem(
          response,
          403,
          writes ? 'Sign in with a code to act on this case' : 'This link opens one case only',
        );
      }
      if (writes && request.headers[PORTAL_HEADER] !== '1') {
        return problem(response, 403, `Portal writes must carry the ${PORTAL_HEADER}: 1 header`);
      }
      const token = this.tokens.sign(
        { role: session.role, region: session.region, uscc: session.uscc, subject: session.name },
        CALL_TOKEN_SECONDS,
      );
      this.forward(request, response, service, path, token);
    } catch (error) {
      next(error);
    }
  }

  private forward(
    request: Request,
    response: Response,
    service: ProxiedService,
    path: string,
    token: string | undefined,
  ): void {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    // Whose call it is (request.ip already believes only a proxy on this host), so the service's rate limits
    // count per client: without it every public complaint would share the portal's one allowance.
    if (request.ip) headers['x-forwarded-for'] = request.ip;
    for (const name of PASSED_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    // The shared JSON parser has already read a JSON body: send it again as JSON. Anything else (uploads) streams.
    const parsed =
      request.is('application/json') && request.body !== undefined ? JSON.stringify(request.body) : undefined;
    if (parsed !== undefined) headers['content-length'] = String(Buffer.byteLength(parsed));
    // The admin app's own API (the clock) is this process: reached on the port this request came in on, which
    // PORT_ADMIN may not name (tests listen on a free port).
    const base = service === 'admin' ? `http://127.0.0.1:${request.socket.localPort}` : this.upstreams.url(service);
    const upstream = httpRequest(`${base}${path}`, { method: request.method, headers }, (answer) => {
      const passed = Object.entries(answer.headers).filter(([name]) => name !== 'set-cookie' && name !== 'connection');
      response.status(answer.statusCode ?? 502);
      for (const [name, value] of passed) if (value !== undefined) response.setHeader(name, value);
      answer.pipe(response);
    });
    upstream.on('error', () => {
      if (!response.headersSent)
        response.status(502).json({ statusCode: 502, error: 'Bad Gateway', message: `${service} did not answer` });
      else response.destroy();
    });
    if (parsed !== undefined) upstream.end(parsed);
    else request.pipe(upstream);
  }
}
