import { UseGuards, applyDecorators } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';

/** Requests per minute per client address, by kind of endpoint (shared by every replica through Redis). */
export const RATE_LIMITS = {
  /** Sign-in and code endpoints: guessing must be slow. */
  sign_in: 10,
  /** Endpoints without a token (public disclosure, deadline calculator). */
  public: 120,
  /** Writes without an account (the public complaint form): a person complains a few times, a flood is refused. */
  intake: 30,
  /** Endpoints that do much work per call (bulk import, statistics). */
  expensive: 20,
} as const;
export type RateLimitKind = keyof typeof RATE_LIMITS;

/**
 * A 429 with Retry-After once a client passes the kind's limit within a minute. The limit is stated in the
 * OpenAPI document (`x-rate-limit`), so clients (and the fuzz test) know it.
 */
export const RateLimit = (kind: RateLimitKind): MethodDecorator & ClassDecorator =>
  applyDecorators(
    UseGuards(ThrottlerGuard),
    Throttle({ default: { limit: RATE_LIMITS[kind], ttl: 60_000 } }),
    ApiExtension('x-rate-limit', { kind, perMinute: RATE_LIMITS[kind] }),
  );
