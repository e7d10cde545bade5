import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

const PORT = { message: 'must be a port number' };
const TRUE = new Set(['1', 'true', 'yes']);
const FALSE = new Set(['0', 'false', 'no']);

// Left as given when not recognisable, so the validator names the variable and its bad value.
function toBoolean({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const word = value.toLowerCase();
  return TRUE.has(word) ? true : FALSE.has(word) ? false : value;
}

function toInt({ value }: { value: unknown }): unknown {
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
}

/** The environment variables Tuoyu reads, with their defaults for a developer machine. */
export class EnvVars {
  @IsIn(['development', 'test', 'production'], { message: 'must be development, test or production' })
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  // Redis Cluster seed nodes. Set: every service talks to the cluster, REDIS_URL then gives only the user, the
  // password and TLS (rediss://) for every node, and QUEUE_PREFIX must be a hash tag. Unset: the one Redis at REDIS_URL.
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]+:\d{1,5}(,[A-Za-z0-9.-]+:\d{1,5})*$/, {
    message: 'must be host:port of each seed node, separated by commas',
  })
  REDIS_CLUSTER_NODES?: string;

  @Matches(/^postgres(ql)?:\/\/[^/\s]+\/?$/, {
    message: 'must be a postgres:// URL of the server, without a database name',
  })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432';

  // Each service owns the database `<DATABASE_PREFIX>_<service>` (architecture.md: a service never reads another's tables).
  @Matches(/^[a-z][a-z0-9_]{0,40}$/, {
    message: 'must be lower-case letters, digits and _ (it prefixes database names)',
  })
  DATABASE_PREFIX = 'tuoyu';

  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  MAIL_FROM = '"托育服务平台 Tuoyu" <noreply@tuoyu.localhost>';

  // ES256 key pair (PEM; `\n` escapes allowed). Every service verifies with the public key; only the issuer
  // (the admin/portal server, the token CLI) holds the private key. Unset outside production: a development pair
  // generated into .dev-keys/ on first use.
  @IsOptional()
  @IsString()
  JWT_PUBLIC_KEY?: string;

  @IsOptional()
  @IsString()
  JWT_PRIVATE_KEY?: string;

  // Interface to listen on: 127.0.0.1 outside production unless told otherwise, 0.0.0.0 in production.
  @IsOptional()
  @Matches(/^[0-9A-Za-z.:-]{1,100}$/, { message: 'must be a host name or IP address' })
  HOST?: string;

  // Prometheus may scrape /metrics from another host with `Authorization: Bearer <METRICS_TOKEN>`; without it,
  // /metrics answers only loopback.
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'must be at least 24 characters' })
  METRICS_TOKEN?: string;

  // Keyed hash for resident ID numbers (so ban lists can match them without storing them).
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters' })
  PII_HASH_KEY = 'tuoyu-development-pii-key-do-not-use-in-production';

  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http:// or https:// URL' })
  PUBLIC_BASE_URL = 'http://127.0.0.1:3002';

  // On Redis Cluster it must begin with a hash tag such as {tuoyu} so a queue's keys share a slot (checked).
  @Matches(/^[A-Za-z0-9_{}-]{1,40}$/, { message: 'must be 1-40 characters of letters, digits, _ - { }' })
  QUEUE_PREFIX = 'tuoyu';

  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  ALLOW_CLOCK_OVERRIDE = false;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  // json for production and log shippers; pretty (one readable line each) is what `npm start` picks in development.
  @IsIn(['json', 'pretty'], { message: 'must be json or pretty' })
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  // Write logs to this file instead of stdout (the security tests scan it for credentials).
  @IsOptional()
  @IsString()
  LOG_FILE?: string;

  @Transform(toInt)
  @IsInt(PORT)
  @Min(0, PORT)
  @Max(65535, PORT)
  PORT_ADMIN = 3000;

  @Transform(toInt)
  @IsInt(PORT)
  @Min(0, PORT)
  @Max(65535, PORT)
  PORT_REGISTRATION = 3001;

  @Transform(toInt)
  @IsInt(PORT)
  @Min(0, PORT)
  @Max(65535, PORT)
  PORT_FILING = 3002;

  @Transform(toInt)
  @IsInt(PORT)
  @Min(0, PORT)
  @Max(65535, PORT)
  PORT_EVALUATION = 3003;

  @Transform(toInt)
  @IsInt(PORT)
  @Min(0, PORT)
  @Max(65535, PORT)
  PORT_NOTIFICATION = 3004;

  // How often each service sweeps for due reminder rungs (the safety net behind the delayed jobs).
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(50, { message: 'must be at least 50 ms' })
  @Max(600_000, { message: 'must be at most 600000 ms' })
  DEADLINE_SWEEP_INTERVAL_MS = 5000;

  // Rungs due within this horizon get a delayed BullMQ job when planned; later ones wait in PostgreSQL until the
  // sweeper sees them enter it, so Redis holds minutes of reminders, not months. Keep it above the sweep interval.
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(0, { message: 'must be at least 0 ms (0: the sweeper fires every rung)' })
  @Max(604_800_000, { message: 'must be at most 604800000 ms (seven days)' })
  DEADLINE_FAST_PATH_HORIZON_MS = 600_000;

  // Email retries after a transient SMTP failure: the wait after attempt n is base × 2^(n-1), so the defaults
  // (1 minute, 10 attempts) keep trying for about 8.5 hours before the delivery is marked failed.
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(10, { message: 'must be at least 10 ms' })
  @Max(3_600_000, { message: 'must be at most 3600000 ms (one hour)' })
  NOTIFICATION_RETRY_BASE_MS = 60_000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(30, { message: 'must be at most 30' })
  NOTIFICATION_MAX_ATTEMPTS = 10;

  // How long a claimed email attempt is its sender's alone: longer than one SMTP conversation (nodemailer's
  // connection, greeting and socket timeouts), and the time the sender keeps retrying to record the outcome.
  // A row still `sending` after it was an attempt whose sender died: its outcome is unknown (ambiguous).
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1000, { message: 'must be at least 1000 ms' })
  @Max(86_400_000, { message: 'must be at most 86400000 ms (one day)' })
  NOTIFICATION_SEND_LEASE_MS = 600_000;

  // Publish attempts after which an outbox row Redis accepts others but refuses is set aside (GET /outbox/set-aside).
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(1000, { message: 'must be at most 1000' })
  OUTBOX_MAX_ATTEMPTS = 10;

  // Sent outbox rows are kept this long (the window an operator can replay), then deleted in batches.
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be at least 1 day' })
  @Max(3650, { message: 'must be at most 3650 days' })
  OUTBOX_RETENTION_DAYS = 7;

  // Inbox rows (handled message ids) are kept this long; it must exceed the outbox window (docs/reliability.md).
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of days' })
  @Min(2, { message: 'must be at least 2 days' })
  @Max(3650, { message: 'must be at most 3650 days' })
  INBOX_RETENTION_DAYS = 30;

  // How often each service checks that Redis still holds its marker key (gone = Redis lost its data).
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100, { message: 'must be at least 100 ms' })
  @Max(3600_000, { message: 'must be at most 3600000 ms (an hour)' })
  REDIS_LOSS_CHECK_INTERVAL_MS = 10_000;

  // After a Redis data loss, outbox rows sent within this many hours are published again (docs/reliability.md).
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1, { message: 'must be at least 1 hour' })
  @Max(87_600, { message: 'must be at most 87600 hours' })
  REDIS_LOSS_REPUBLISH_WINDOW_HOURS = 24;

  // A "due in N days" reminder is not sent later than this after its moment (after an outage or a clock jump).
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(0, { message: 'must be at least 0 ms' })
  @Max(7 * 86_400_000, { message: 'must be at most 604800000 ms (a week)' })
  DEADLINE_REMINDER_GRACE_MS = 12 * 3600_000;

  // JSON file of per-region deadline policy overrides (see README: Deadlines).
  @IsOptional()
  @IsString()
  DEADLINE_POLICY_FILE?: string;

  // JSON file of provincial data-sharing platforms (省数据共享交换平台) registrations are pushed to (see README).
  @IsOptional()
  @IsString()
  PROVINCIAL_PLATFORMS_FILE?: string;

  // Administrators' address for escalations that go to the administrator (e.g. an unshared registration).
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  ADMIN_EMAIL?: string;

  // Where filing documents (uploaded scans) are kept: a local directory (created on start) or an S3-compatible
  // object store (MinIO, Aliyun OSS, ...).
  @IsIn(['local', 's3'], { message: 'must be local or s3' })
  DOCUMENT_STORE: 'local' | 's3' = 'local';

  @IsString()
  @MinLength(1)
  DOCUMENT_DIR = 'var/documents';

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http:// or https:// URL' })
  S3_ENDPOINT?: string;

  @IsString()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'must be a region name such as cn-hangzhou or us-east-1' })
  S3_REGION = 'us-east-1';

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be an S3 bucket name' })
  S3_BUCKET?: string;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  // MinIO and most self-hosted stores need path-style URLs (http://host/bucket/key); Aliyun OSS needs false.
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  S3_FORCE_PATH_STYLE = true;

  // Documents of a closed case are kept this long after it closes (filing records are archives: 档案).
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of years' })
  @Min(1, { message: 'must be at least 1 year' })
  @Max(100, { message: 'must be at most 100 years' })
  DOCUMENT_RETENTION_YEARS = 30;

  // Development mail catcher (used when SMTP_URL is unset outside production).
  @Transform(toInt)
  @IsInt(PORT)
  @Min(1, PORT)
  @Max(65535, PORT)
  DEV_MAIL_SMTP_PORT = 1025;

  @Transform(toInt)
  @IsInt(PORT)
  @Min(1, PORT)
  @Max(65535, PORT)
  DEV_MAIL_WEB_PORT = 1080;

  // Jobs each replica of a service works on at once (its database pool holds 10 connections; handlers take one).
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(64, { message: 'must be at most 64' })
  CONSUMER_CONCURRENCY_REGISTRATION = 4;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(64, { message: 'must be at most 64' })
  CONSUMER_CONCURRENCY_FILING = 8;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(64, { message: 'must be at most 64' })
  CONSUMER_CONCURRENCY_EVALUATION = 4;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(64, { message: 'must be at most 64' })
  CONSUMER_CONCURRENCY_NOTIFICATION = 8;

  // An idle outbox relay looks for unsent rows this often; a commit in the same process wakes it at once.
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(50, { message: 'must be at least 50 ms' })
  @Max(600_000, { message: 'must be at most 600000 ms' })
  OUTBOX_IDLE_POLL_MS = 5000;
}
