import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@tuoyu/config';
import { Clock } from '@tuoyu/clock';
import { ROLES, Principal, Role } from './principal';

const REGION = /^\d{6}$/;

/** Signs and verifies bearer tokens with JWT_SECRET; expiry is judged by the injected clock. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  sign(principal: Principal, ttlSeconds = 30 * 24 * 3600): string {
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
      { secret: this.config.jwtSecret, algorithm: 'HS256' },
    );
  }

  /** Returns the principal, or undefined for any token that is not valid now. */
  verify(token: string): Principal | undefined {
    try {
      const claims = this.jwt.verify<Record<string, unknown>>(token, {
        secret: this.config.jwtSecret,
        algorithms: ['HS256'],
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
