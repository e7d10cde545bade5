import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ConfigError } from './config-error';
import { EnvVars } from './env-vars';
import {
  JwtKeys,
  devJwtKeys,
  existingDevPublicKey,
  keyProblem,
  keysMatch,
  pemOf,
  publicKeyFingerprint,
} from './jwt-keys';
import { RedisNode, parseRedisNodes, redisClusterProblems } from './redis-cluster';

export type ServiceName = 'admin' | 'registration' | 'filing' | 'evaluation' | 'notification';
// The admin app is also the people's portal: its database holds sessions, sign-in codes and link grants.
export type DatabaseServiceName = ServiceName;
export type DocumentStoreConfig =
  | { kind: 'local'; directory: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint?: string;
      forcePathStyle: boolean;
      /** Unset: the AWS SDK's default chain (environment, instance role). */
      credentials?: { accessKeyId: string; secretAccessKey: string };
    };

const DEV_SECRETS = new Set([new EnvVars().PII_HASH_KEY]);
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
    const errors = validateSync(vars, { stopAtFirstError: true });
    const problems = errors.map((error) => {
      const [reason] = Object.values(error.constraints ?? {});
      return `${error.property}: ${reason} (got ${shown(error.property, error.value)})`;
    });
    const invalid = new Set(errors.map((error) => error.property));
    if (vars.DOCUMENT_STORE === 's3' && !vars.S3_BUCKET) problems.push('S3_BUCKET: is required when DOCUMENT_STORE=s3');
    if (Boolean(vars.S3_ACCESS_KEY_ID) !== Boolean(vars.S3_SECRET_ACCESS_KEY))
      problems.push('S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together (or neither)');
    problems.push(...keyProblems(vars));
    if (vars.REDIS_CLUSTER_NODES && !['REDIS_CLUSTER_NODES', 'REDIS_URL', 'QUEUE_PREFIX'].some((v) => invalid.has(v)))
      problems.push(...redisClusterProblems(vars));
    if (vars.NODE_ENV === 'production') problems.push(...productionProblems(vars));
    // A message replayed from the outbox must still find its inbox row, or it would take effect twice.
    if (problems.length === 0 && vars.INBOX_RETENTION_DAYS <= vars.OUTBOX_RETENTION_DAYS + 1)
      problems.push(
        `INBOX_RETENTION_DAYS: must exceed OUTBOX_RETENTION_DAYS (${vars.OUTBOX_RETENTION_DAYS}) by more than a day (got ${vars.INBOX_RETENTION_DAYS})`,
      );
    // Rows older than the outbox window are deleted: a longer republish window would promise what is gone.
    if (vars.REDIS_LOSS_REPUBLISH_WINDOW_HOURS > vars.OUTBOX_RETENTION_DAYS * 24)
      problems.push(
        `REDIS_LOSS_REPUBLISH_WINDOW_HOURS: must not exceed OUTBOX_RETENTION_DAYS in hours (${vars.OUTBOX_RETENTION_DAYS * 24}) (got ${vars.REDIS_LOSS_REPUBLISH_WINDOW_HOURS})`,
      );
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
  /** The single Redis; on Redis Cluster, only its user, password and scheme (TLS) apply, to every node. */
  get redisUrl(): string {
    return this.vars.REDIS_URL;
  }
  /** Seed nodes when the services run on Redis Cluster (REDIS_CLUSTER_NODES), else undefined. */
  get redisClusterNodes(): RedisNode[] | undefined {
    return this.vars.REDIS_CLUSTER_NODES ? parseRedisNodes(this.vars.REDIS_CLUSTER_NODES) : undefined;
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
  /**
   * The token keys: from JWT_PUBLIC_KEY/JWT_PRIVATE_KEY, or (outside production, when neither is set) the
   * development pair in .dev-keys/. A service without JWT_PRIVATE_KEY can verify but not sign.
   */
  get jwtKeys(): JwtKeys {
    if (this.vars.JWT_PUBLIC_KEY === undefined && this.vars.JWT_PRIVATE_KEY === undefined && !this.isProduction) {
      return devJwtKeys();
    }
    return {
      publicKey: pemOf(this.vars.JWT_PUBLIC_KEY ?? ''),
      privateKey: this.vars.JWT_PRIVATE_KEY === undefined ? undefined : pemOf(this.vars.JWT_PRIVATE_KEY),
    };
  }
  /** Where to listen: loopback outside production unless HOST says otherwise. */
  get host(): string {
    return this.vars.HOST ?? (this.isProduction ? '0.0.0.0' : '127.0.0.1');
  }
  get metricsToken(): string | undefined {
    return this.vars.METRICS_TOKEN;
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
  get deadlineFastPathHorizonMs(): number {
    return this.vars.DEADLINE_FAST_PATH_HORIZON_MS;
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
  /** How long a claimed email attempt belongs to its sender (see NOTIFICATION_SEND_LEASE_MS). */
  get notificationSendLeaseMs(): number {
    return this.vars.NOTIFICATION_SEND_LEASE_MS;
  }
  /** How late a before-due reminder may still go out (catch-up after an outage or a clock jump). */
  get deadlineReminderGraceMs(): number {
    return this.vars.DEADLINE_REMINDER_GRACE_MS;
  }
  /** Outside production only (production refuses to start without it): what to warn about at start. */
  get missingAdminEmailWarning(): string | undefined {
    if (this.vars.ADMIN_EMAIL !== undefined) return undefined;
    return (
      'ADMIN_EMAIL is not set: notices to administrators (escalations of breached duties) cannot be sent; ' +
      'each is recorded as a failed delivery (GET /deliveries?status=failed on the notification service)'
    );
  }
  /** Poison rows, and how long sent outbox rows and inbox rows are kept (docs/reliability.md). */
  get outboxReliability(): {
    maxAttempts: number;
    idlePollMs: number;
    outboxRetentionDays: number;
    inboxRetentionDays: number;
  } {
    return {
      maxAttempts: this.vars.OUTBOX_MAX_ATTEMPTS,
      idlePollMs: this.vars.OUTBOX_IDLE_POLL_MS,
      outboxRetentionDays: this.vars.OUTBOX_RETENTION_DAYS,
      inboxRetentionDays: this.vars.INBOX_RETENTION_DAYS,
    };
  }
  /** Redis data loss: how often the marker key is checked, and how far back outbox rows are published again. */
  get redisLossRecovery(): { checkIntervalMs: number; republishWindowHours: number } {
    return {
      checkIntervalMs: this.vars.REDIS_LOSS_CHECK_INTERVAL_MS,
      republishWindowHours: this.vars.REDIS_LOSS_REPUBLISH_WINDOW_HOURS,
    };
  }
  /** Jobs one replica works on at once from its inbound queue (CONSUMER_CONCURRENCY_<QUEUE>). */
  consumerConcurrency(queue: 'registration' | 'filing' | 'evaluation' | 'notification'): number {
    const variable = `CONSUMER_CONCURRENCY_${queue.toUpperCase()}` as `CONSUMER_CONCURRENCY_${Uppercase<typeof queue>}`;
    return this.vars[variable];
  }
  get adminEmail(): string | undefined {
    return this.vars.ADMIN_EMAIL;
  }
  /** Where filing documents live: a local directory, or an S3-compatible bucket. */
  get documentStore(): DocumentStoreConfig {
    const v = this.vars;
    if (v.DOCUMENT_STORE === 'local') return { kind: 'local', directory: v.DOCUMENT_DIR };
    const credentials =
      v.S3_ACCESS_KEY_ID && v.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: v.S3_ACCESS_KEY_ID, secretAccessKey: v.S3_SECRET_ACCESS_KEY }
        : undefined;
    return {
      kind: 's3',
      bucket: v.S3_BUCKET as string,
      region: v.S3_REGION,
      endpoint: v.S3_ENDPOINT,
      forcePathStyle: v.S3_FORCE_PATH_STYLE,
      credentials,
    };
  }
  get documentRetentionYears(): number {
    return this.vars.DOCUMENT_RETENTION_YEARS;
  }
  get logLevel(): string {
    return this.vars.LOG_LEVEL;
  }
  get logFormat(): 'json' | 'pretty' {
    return this.vars.LOG_FORMAT;
  }
  get logFile(): string | undefined {
    return this.vars.LOG_FILE;
  }
  port(service: ServiceName): number {
    return this.vars[PORT_VARIABLE[service]] as number;
  }
}

const SECRETS = new Set(['JWT_PRIVATE_KEY', 'PII_HASH_KEY', 'METRICS_TOKEN', 'S3_SECRET_ACCESS_KEY']);

function shown(variable: string, value: unknown): string {
  if (SECRETS.has(variable)) return `a value of ${String(value).length} characters`;
  return JSON.stringify(typeof value === 'string' ? value.replace(/\/\/([^/@\s]*):[^@/\s]*@/, '//$1:***@') : value);
}

function productionProblems(vars: EnvVars): string[] {
  const problems: string[] = [];
  if (vars.JWT_PUBLIC_KEY === undefined) problems.push('JWT_PUBLIC_KEY: is required in production');
  const devKey = existingDevPublicKey();
  if (vars.JWT_PUBLIC_KEY && devKey && !keyProblem(vars.JWT_PUBLIC_KEY, 'public')) {
    if (publicKeyFingerprint(vars.JWT_PUBLIC_KEY) === publicKeyFingerprint(devKey))
      problems.push('JWT_PUBLIC_KEY: is the development key (.dev-keys/); production needs its own key pair');
  }
  if (DEV_SECRETS.has(vars.PII_HASH_KEY) || vars.PII_HASH_KEY.length < 32)
    problems.push('PII_HASH_KEY: must be set to a secret of at least 32 characters in production');
  if (vars.SMTP_URL === undefined) problems.push('SMTP_URL: is required in production');
  if (vars.ALLOW_CLOCK_OVERRIDE) problems.push('ALLOW_CLOCK_OVERRIDE: must not be true in production');
  // Escalations to administrators (an unshared registration, a department's breached duty) need somewhere to go.
  if (vars.ADMIN_EMAIL === undefined) problems.push("ADMIN_EMAIL: is required in production (administrators' notices)");
  return problems;
}

/** Each given key must be a P-256 key of its kind, and a private key needs its public one. */
function keyProblems(vars: EnvVars): string[] {
  const problems: string[] = [];
  const publicProblem = vars.JWT_PUBLIC_KEY === undefined ? undefined : keyProblem(vars.JWT_PUBLIC_KEY, 'public');
  if (publicProblem) problems.push(`JWT_PUBLIC_KEY: ${publicProblem}`);
  const privateProblem = vars.JWT_PRIVATE_KEY === undefined ? undefined : keyProblem(vars.JWT_PRIVATE_KEY, 'private');
  if (privateProblem) problems.push(`JWT_PRIVATE_KEY: ${privateProblem}`);
  if (vars.JWT_PRIVATE_KEY !== undefined && vars.JWT_PUBLIC_KEY === undefined)
    problems.push('JWT_PUBLIC_KEY: is required with JWT_PRIVATE_KEY');
  if (vars.JWT_PUBLIC_KEY && vars.JWT_PRIVATE_KEY && !publicProblem && !privateProblem) {
    if (!keysMatch(vars.JWT_PUBLIC_KEY, vars.JWT_PRIVATE_KEY))
      problems.push('JWT_PRIVATE_KEY: does not belong to JWT_PUBLIC_KEY');
  }
  return problems;
}
