import { UseGuards, applyDecorators } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';

/** Requests per minute per client address, by kind of endpoint (shared by every replica through Redis). */
export const RATE_LIMITS = {
  /** Sign-in and code endpoints: guessing must be slow. */
  sign_in: 10,
  /** Endpoints without a token (public disclosure, deadline calculator). */
  public: 120,
  /** Endpoints that do much work per call (bulk import, statistics). */
  expensive: 20,
} as const;
export type RateLimitKind = keyof typeof RATE_LIMITS;

/** A 429 with Retry-After once a client passes the kind's limit within a minute. */
export const RateLimit = (kind: RateLimitKind): MethodDecorator & ClassDecorator =>
  applyDecorators(UseGuards(ThrottlerGuard), Throttle({ default: { limit: RATE_LIMITS[kind], ttl: 60_000 } }));
