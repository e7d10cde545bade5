import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ConfigError } from './config-error';
import { EnvVars } from './env-vars';

export type ServiceName = 'admin' | 'registration' | 'filing' | 'evaluation' | 'notification';
// The admin app is also the people's portal: its database holds sessions, sign-in codes and link grants.
export type DatabaseServiceName = ServiceName;

const DEV_SECRETS = new Set([new EnvVars().JWT_SECRET, new EnvVars().PII_HASH_KEY]);
const PORT_VARIABLE: Record<ServiceName, keyof EnvVars> = {
  admin: 'PORT_ADMIN',
  registration: 'PORT_REGISTRATION',
  filing: 'PORT_FILING',
  evaluation: 'PORT_EVALUATION',
  notification: 'PORT_NOTIFICATION',
};

/** Typed, validated configuration. The only reader of the environment. */
export class AppConfig {
  private constructor(private readonly vars: EnvVars) {}

  static fromEnv(env: Record<string, string | undefined>): AppConfig {
    const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
    const vars = plainToInstance(EnvVars, defined, { exposeDefaultValues: true });
    // One reason per variable (the first is the most basic), never echoing a secret or a URL's password.
    const problems = validateSync(vars, { stopAtFirstError: true }).map((error) => {
      const [reason] = Object.values(error.constraints ?? {});
      return `${error.property}: ${reason} (got ${shown(error.property, error.value)})`;
    });
    if (vars.NODE_ENV === 'production') problems.push(...productionProblems(vars));
    if (problems.length > 0) throw new ConfigError(problems);
    return new AppConfig(vars);
  }

  /** The process environment with some variables replaced (tests boot apps against other ports/servers). */
  static fromProcessEnv(overrides: Record<string, string | undefined> = {}): AppConfig {
    return AppConfig.fromEnv({ ...process.env, ...overrides });
  }

  get nodeEnv(): EnvVars['NODE_ENV'] {
    return this.vars.NODE_ENV;
  }
  get isProduction(): boolean {
    return this.vars.NODE_ENV === 'production';
  }
  get redisUrl(): string {
    return this.vars.REDIS_URL;
  }
  get databaseUrl(): string {
    return this.vars.DATABASE_URL;
  }
  databaseName(service: DatabaseServiceName): string {
    return `${this.vars.DATABASE_PREFIX}_${service}`;
  }
  /** The SMTP relay; outside production, falls back to the development mail catcher. */
  get smtpUrl(): string {
    return this.vars.SMTP_URL ?? `smtp://127.0.0.1:${this.vars.DEV_MAIL_SMTP_PORT}`;
  }
  get usesDevMailCatcher(): boolean {
    return this.vars.SMTP_URL === undefined;
  }
  get devMailWebUrl(): string {
    return `http://127.0.0.1:${this.vars.DEV_MAIL_WEB_PORT}`;
  }
  get devMailPorts(): { smtp: number; web: number } {
    return { smtp: this.vars.DEV_MAIL_SMTP_PORT, web: this.vars.DEV_MAIL_WEB_PORT };
  }
  get mailFrom(): string {
    return this.vars.MAIL_FROM;
  }
  get jwtSecret(): string {
    return this.vars.JWT_SECRET;
  }
  get piiHashKey(): string {
    return this.vars.PII_HASH_KEY;
  }
  get publicBaseUrl(): string {
    return this.vars.PUBLIC_BASE_URL.replace(/\/+$/, '');
  }
  get queuePrefix(): string {
    return this.vars.QUEUE_PREFIX;
  }
  /** Clock control is a test and demo tool: never in production (api.md). */
  get clockOverrideAllowed(): boolean {
    return this.vars.ALLOW_CLOCK_OVERRIDE && !this.isProduction;
  }
  get deadlineSweepIntervalMs(): number {
    return this.vars.DEADLINE_SWEEP_INTERVAL_MS;
  }
  get deadlinePolicyFile(): string | undefined {
    return this.vars.DEADLINE_POLICY_FILE;
  }
  get provincialPlatformsFile(): string | undefined {
    return this.vars.PROVINCIAL_PLATFORMS_FILE;
  }
  /** Transient email failures: wait baseMs × 2^(n-1) after attempt n, give up after maxAttempts. */
  get notificationRetry(): { baseMs: number; maxAttempts: number } {
    return { baseMs: this.vars.NOTIFICATION_RETRY_BASE_MS, maxAttempts: this.vars.NOTIFICATION_MAX_ATTEMPTS };
  }
  get adminEmail(): string | undefined {
    return this.vars.ADMIN_EMAIL;
  }
  get logLevel(): string {
    return this.vars.LOG_LEVEL;
  }
  port(service: ServiceName): number {
    return this.vars[PORT_VARIABLE[service]] as number;
  }
}

const SECRETS = new Set(['JWT_SECRET', 'PII_HASH_KEY']);

function shown(variable: string, value: unknown): string {
  if (SECRETS.has(variable)) return `a value of ${String(value).length} characters`;
  return JSON.stringify(typeof value === 'string' ? value.replace(/\/\/([^/@\s]*):[^@/\s]*@/, '//$1:***@') : value);
}

function productionProblems(vars: EnvVars): string[] {
  const problems: string[] = [];
  if (DEV_SECRETS.has(vars.JWT_SECRET) || vars.JWT_SECRET.length < 32)
    problems.push('JWT_SECRET: must be set to a secret of at least 32 characters in production');
  if (DEV_SECRETS.has(vars.PII_HASH_KEY) || vars.PII_HASH_KEY.length < 32)
    problems.push('PII_HASH_KEY: must be set to a secret of at least 32 characters in production');
  if (vars.SMTP_URL === undefined) problems.push('SMTP_URL: is required in production');
  if (vars.ALLOW_CLOCK_OVERRIDE) problems.push('ALLOW_CLOCK_OVERRIDE: must not be true in production');
  return problems;
}
