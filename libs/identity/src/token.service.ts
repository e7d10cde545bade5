import { Inject, Injectable, Optional } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@tuoyu/config';
import type { ServiceName } from '@tuoyu/config';
import { Clock } from '@tuoyu/clock';
import { ROLES, Principal, Role } from './principal';

const REGION = /^\d{6}$/;
const ISSUER = 'tuoyu';
/** The services a token may be meant for (its `aud`); a service accepts only tokens naming it. */
export const TOKEN_AUDIENCES: readonly ServiceName[] = [
  'admin',
  'registration',
  'filing',
  'evaluation',
  'notification',
];
/** Injection token: the service this process is, i.e. the audience it accepts. */
export const TOKEN_AUDIENCE = Symbol('TOKEN_AUDIENCE');

/**
 * ES256 bearer tokens. Every service verifies with JWT_PUBLIC_KEY and accepts only tokens whose audience names it;
 * only the issuer (admin/portal server, token CLI) has JWT_PRIVATE_KEY to sign. Expiry is judged by the injected
 * clock. `alg: none`, HS256 and tokens signed by any other key are refused (only ES256 is allowed).
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Optional() @Inject(TOKEN_AUDIENCE) private readonly audience?: ServiceName,
  ) {}

  /** Whether this process holds the private key (case links fall back to plain links without it). */
  get canSign(): boolean {
    return this.config.jwtKeys.privateKey !== undefined;
  }

  sign(principal: Principal, ttlSeconds = 3600, audience: readonly ServiceName[] = TOKEN_AUDIENCES): string {
    const privateKey = this.config.jwtKeys.privateKey;
    if (!privateKey) throw new Error('This process holds no JWT_PRIVATE_KEY: only the token issuer signs tokens');
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    return this.jwt.sign(
      {
        role: principal.role,
        region: principal.region,
        uscc: principal.uscc,
        sub: principal.subject,
        iat,
        exp: iat + ttlSeconds,
      },
      { privateKey, algorithm: 'ES256', audience: [...audience], issuer: ISSUER },
    );
  }

  /** Returns the principal, or undefined for any token that is not valid now (or not meant for this service). */
  verify(token: string): Principal | undefined {
    try {
      const claims = this.jwt.verify<Record<string, unknown>>(token, {
        publicKey: this.config.jwtKeys.publicKey,
        algorithms: ['ES256'],
        issuer: ISSUER,
        ...(this.audience ? { audience: this.audience } : {}),
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
      const role = claims.role as Role;
      if (!ROLES.includes(role)) return undefined;
      const region = typeof claims.region === 'string' && REGION.test(claims.region) ? claims.region : undefined;
      const uscc = typeof claims.uscc === 'string' ? claims.uscc : undefined;
      return { role, region, uscc, subject: typeof claims.sub === 'string' ? claims.sub : undefined };
    } catch {
      return undefined;
    }
  }
}
