import { AppConfig, DatabaseServiceName, ServiceName } from './app-config';
import { ConfigError } from './config-error';
import { generateJwtKeys } from './jwt-keys';

const KEYS = generateJwtKeys();
const OTHER_KEYS = generateJwtKeys();

const SECRET_32 = 'p'.repeat(32);
const PRODUCTION: Record<string, string> = {
  NODE_ENV: 'production',
  JWT_PUBLIC_KEY: KEYS.publicKey,
  PII_HASH_KEY: 'k'.repeat(32),
  SMTP_URL: 'smtps://mailer:pw@smtp.example.cn:465',
  ADMIN_EMAIL: 'admin@tuoyu.example.cn',
};

/** The ConfigError fromEnv throws for env (fails the test if it does not throw one). */
function configErrorOf(env: Record<string, string | undefined>): ConfigError {
  try {
    AppConfig.fromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

/** The distinct variables the problems name (problems are written "NAME: reason"), sorted. */
function namedVariables(error: ConfigError): string[] {
  return [...new Set(error.problems.map((p) => p.split(':')[0]))].sort();
}

describe('AppConfig.fromEnv defaults (empty environment)', () => {
  const config = AppConfig.fromEnv({});

  it.each<[string, (c: AppConfig) => unknown, unknown]>([
    ['nodeEnv', (c) => c.nodeEnv, 'development'],
    ['isProduction', (c) => c.isProduction, false],
    ['redisUrl', (c) => c.redisUrl, 'redis://127.0.0.1:6379'],
    ['databaseUrl', (c) => c.databaseUrl, 'postgres://postgres@127.0.0.1:5432'],
    ['smtpUrl', (c) => c.smtpUrl, 'smtp://127.0.0.1:1025'],
    ['usesDevMailCatcher', (c) => c.usesDevMailCatcher, true],
    ['devMailWebUrl', (c) => c.devMailWebUrl, 'http://127.0.0.1:1080'],
    ['devMailPorts', (c) => c.devMailPorts, { smtp: 1025, web: 1080 }],
    ['publicBaseUrl', (c) => c.publicBaseUrl, 'http://127.0.0.1:3002'],
    ['queuePrefix', (c) => c.queuePrefix, 'tuoyu'],
    ['clockOverrideAllowed', (c) => c.clockOverrideAllowed, false],
    ['logLevel', (c) => c.logLevel, 'info'],
    ['notificationRetry', (c) => c.notificationRetry, { baseMs: 60_000, maxAttempts: 10 }],
    ['documentStore', (c) => c.documentStore, { kind: 'local', directory: 'var/documents' }],
    ['documentRetentionYears', (c) => c.documentRetentionYears, 30],
    ['consumerConcurrency(filing)', (c) => c.consumerConcurrency('filing'), 8],
    ['consumerConcurrency(registration)', (c) => c.consumerConcurrency('registration'), 4],
    ['outboxReliability.idlePollMs', (c) => c.outboxReliability.idlePollMs, 5000],
  ])('%s', (_name, read, expected) => {
    expect(read(config)).toEqual(expected);
  });

  it.each<[ServiceName, number]>([
    ['admin', 3000],
    ['registration', 3001],
    ['filing', 3002],
    ['evaluation', 3003],
    ['notification', 3004],
  ])('port(%s) is %i', (service, port) => {
    expect(config.port(service)).toBe(port);
  });

  it.each<[DatabaseServiceName, string]>([
    ['registration', 'tuoyu_registration'],
    ['filing', 'tuoyu_filing'],
    ['evaluation', 'tuoyu_evaluation'],
    ['notification', 'tuoyu_notification'],
  ])('databaseName(%s) is %s', (service, name) => {
    expect(config.databaseName(service)).toBe(name);
  });

  it('has a development PII key of at least 16 characters and listens on loopback', () => {
    expect(config.piiHashKey.length).toBeGreaterThanOrEqual(16);
    expect(config.host).toBe('127.0.0.1');
  });

  it('treats empty strings and undefined as unset', () => {
    const blank = AppConfig.fromEnv({ PORT_FILING: '', REDIS_URL: undefined, LOG_LEVEL: '', ALLOW_CLOCK_OVERRIDE: '' });
    expect(blank.port('filing')).toBe(3002);
    expect(blank.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(blank.logLevel).toBe('info');
    expect(blank.clockOverrideAllowed).toBe(false);
  });
});

describe('AppConfig.fromEnv reads set variables', () => {
  it.each<[ServiceName, string]>([
    ['admin', 'PORT_ADMIN'],
    ['registration', 'PORT_REGISTRATION'],
    ['filing', 'PORT_FILING'],
    ['evaluation', 'PORT_EVALUATION'],
    ['notification', 'PORT_NOTIFICATION'],
  ])('port(%s) from %s', (service, variable) => {
    expect(AppConfig.fromEnv({ [variable]: '8080' }).port(service)).toBe(8080);
  });

  it.each<[DatabaseServiceName, string, string]>([
    ['filing', 'tuoyu', 'tuoyu_filing'],
    ['filing', 'ci_run_7', 'ci_run_7_filing'],
    ['registration', 'ci_run_7', 'ci_run_7_registration'],
    ['notification', 'x', 'x_notification'],
  ])('databaseName(%s) with DATABASE_PREFIX=%s is %s', (service, prefix, name) => {
    expect(AppConfig.fromEnv({ DATABASE_PREFIX: prefix }).databaseName(service)).toBe(name);
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['no', false],
  ])('ALLOW_CLOCK_OVERRIDE=%p outside production → clockOverrideAllowed %p', (value, allowed) => {
    expect(AppConfig.fromEnv({ ALLOW_CLOCK_OVERRIDE: value }).clockOverrideAllowed).toBe(allowed);
    expect(AppConfig.fromEnv({ NODE_ENV: 'test', ALLOW_CLOCK_OVERRIDE: value }).clockOverrideAllowed).toBe(allowed);
  });

  it.each([
    ['http://127.0.0.1:3002/', 'http://127.0.0.1:3002'],
    ['https://tuoyu.example.cn///', 'https://tuoyu.example.cn'],
    ['https://tuoyu.example.cn/app', 'https://tuoyu.example.cn/app'],
  ])('PUBLIC_BASE_URL=%p → publicBaseUrl %p', (value, expected) => {
    expect(AppConfig.fromEnv({ PUBLIC_BASE_URL: value }).publicBaseUrl).toBe(expected);
  });

  it('uses SMTP_URL instead of the mail catcher when set', () => {
    const config = AppConfig.fromEnv({ SMTP_URL: 'smtp://relay.example.cn:25' });
    expect(config.smtpUrl).toBe('smtp://relay.example.cn:25');
    expect(config.usesDevMailCatcher).toBe(false);
  });

  it.each([['fatal'], ['error'], ['warn'], ['info'], ['debug'], ['trace'], ['silent']])('LOG_LEVEL=%s', (level) => {
    expect(AppConfig.fromEnv({ LOG_LEVEL: level }).logLevel).toBe(level);
  });
});

describe('AppConfig.fromEnv rejects bad values, naming each variable', () => {
  it.each([
    ['NODE_ENV', 'staging'],
    ['REDIS_URL', 'foo'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['DATABASE_URL', 'mysql://127.0.0.1'],
    ['DATABASE_PREFIX', 'Tuoyu'],
    ['DATABASE_PREFIX', '1tuoyu'],
    ['DATABASE_PREFIX', 'tuoyu-ci'],
    ['SMTP_URL', 'mail.example.cn'],
    ['JWT_PUBLIC_KEY', 'short'],
    ['METRICS_TOKEN', 'short'],
    ['HOST', 'a b'],
    ['PII_HASH_KEY', '15-characters!!'],
    ['PUBLIC_BASE_URL', 'tuoyu.example.cn'],
    ['QUEUE_PREFIX', 'has space'],
    ['ALLOW_CLOCK_OVERRIDE', 'maybe'],
    ['LOG_LEVEL', 'loud'],
    ['PORT_ADMIN', 'abc'],
    ['PORT_REGISTRATION', '3001.5'],
    ['PORT_FILING', '65536'],
    ['PORT_EVALUATION', '-1'],
    ['PORT_NOTIFICATION', 'abc'],
    ['DEV_MAIL_SMTP_PORT', '0'],
    ['DEV_MAIL_WEB_PORT', 'web'],
    ['CONSUMER_CONCURRENCY_FILING', '0'],
    ['CONSUMER_CONCURRENCY_NOTIFICATION', 'many'],
    ['OUTBOX_IDLE_POLL_MS', '10'],
    ['NOTIFICATION_RETRY_BASE_MS', '5'],
    ['NOTIFICATION_RETRY_BASE_MS', '1.5'],
    ['NOTIFICATION_MAX_ATTEMPTS', '0'],
    ['NOTIFICATION_MAX_ATTEMPTS', '31'],
    ['DOCUMENT_STORE', 'ftp'],
    ['S3_ENDPOINT', 'minio:9000'],
    ['S3_BUCKET', 'Bad_Bucket'],
    ['S3_FORCE_PATH_STYLE', 'maybe'],
    ['DOCUMENT_RETENTION_YEARS', '0'],
  ])('%s=%p', (variable, value) => {
    const error = configErrorOf({ [variable]: value });
    expect(namedVariables(error)).toEqual([variable]);
    expect(error.message).toContain(`${variable}:`);
    expect(error.name).toBe('ConfigError');
  });

  it.each([['abc'], ['3001.5'], ['-1'], ['0x50'], ['1e3'], [' 80']])(
    'PORT_FILING=%p is "must be a port number"',
    (value) => {
      expect(configErrorOf({ PORT_FILING: value }).problems).toContain(
        `PORT_FILING: must be a port number (got "${value}")`,
      );
    },
  );

  it('reads the email retry settings', () => {
    const config = AppConfig.fromEnv({ NOTIFICATION_RETRY_BASE_MS: '200', NOTIFICATION_MAX_ATTEMPTS: '4' });
    expect(config.notificationRetry).toEqual({ baseMs: 200, maxAttempts: 4 });
  });

  it('names every bad variable in one ConfigError', () => {
    const error = configErrorOf({ REDIS_URL: 'foo', PORT_FILING: 'abc', LOG_LEVEL: 'loud' });
    expect(namedVariables(error)).toEqual(['LOG_LEVEL', 'PORT_FILING', 'REDIS_URL']);
    expect(error.message).toMatch(/^Invalid configuration:/);
    for (const variable of ['REDIS_URL', 'PORT_FILING', 'LOG_LEVEL'])
      expect(error.message).toContain(`  - ${variable}:`);
  });

  it('says what a bad value was and what it must be', () => {
    const error = configErrorOf({ LOG_LEVEL: 'loud' });
    expect(error.message).toContain(
      'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    );
  });
});

describe('AppConfig document store', () => {
  it('selects an S3-compatible store with its settings', () => {
    const config = AppConfig.fromEnv({
      DOCUMENT_STORE: 's3',
      S3_ENDPOINT: 'https://oss-cn-chengdu.aliyuncs.com',
      S3_REGION: 'oss-cn-chengdu',
      S3_BUCKET: 'tuoyu-documents',
      S3_ACCESS_KEY_ID: 'AKID',
      S3_SECRET_ACCESS_KEY: 'hunter2-secret',
      S3_FORCE_PATH_STYLE: 'false',
    });
    expect(config.documentStore).toEqual({
      kind: 's3',
      endpoint: 'https://oss-cn-chengdu.aliyuncs.com',
      region: 'oss-cn-chengdu',
      bucket: 'tuoyu-documents',
      forcePathStyle: false,
      credentials: { accessKeyId: 'AKID', secretAccessKey: 'hunter2-secret' },
    });
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['s3 without a bucket', { DOCUMENT_STORE: 's3' }, ['S3_BUCKET']],
    ['a key id without its secret', { S3_ACCESS_KEY_ID: 'AKID' }, ['S3_SECRET_ACCESS_KEY']],
  ])('refuses %s', (_case, env, variables) => {
    expect(namedVariables(configErrorOf(env))).toEqual(variables);
  });

  it('never echoes the S3 secret', () => {
    const error = configErrorOf({ S3_SECRET_ACCESS_KEY: 'hunter2-secret', DOCUMENT_STORE: 'ftp' });
    expect(error.message).not.toContain('hunter2');
  });
});

describe('retention windows', () => {
  it.each<[Record<string, string>, boolean]>([
    [{}, true],
    [{ OUTBOX_RETENTION_DAYS: '7', INBOX_RETENTION_DAYS: '9' }, true],
    [{ OUTBOX_RETENTION_DAYS: '7', INBOX_RETENTION_DAYS: '8' }, false],
    [{ OUTBOX_RETENTION_DAYS: '30', INBOX_RETENTION_DAYS: '30' }, false],
  ])('%p accepted: %p (the inbox must outlive the outbox by more than a day)', (env, accepted) => {
    if (accepted) expect(AppConfig.fromEnv(env).outboxReliability.inboxRetentionDays).toBeGreaterThan(2);
    else expect(namedVariables(configErrorOf(env))).toEqual(['INBOX_RETENTION_DAYS']);
  });
});

describe('Redis-loss republish window', () => {
  it.each<[Record<string, string>, boolean]>([
    [{}, true],
    [{ REDIS_LOSS_REPUBLISH_WINDOW_HOURS: '168' }, true],
    [{ REDIS_LOSS_REPUBLISH_WINDOW_HOURS: '169' }, false],
    [{ OUTBOX_RETENTION_DAYS: '1', INBOX_RETENTION_DAYS: '3', REDIS_LOSS_REPUBLISH_WINDOW_HOURS: '25' }, false],
    [{ REDIS_LOSS_REPUBLISH_WINDOW_HOURS: '0' }, false],
  ])('%p accepted: %p (never longer than the outbox keeps sent rows)', (env, accepted) => {
    if (accepted) expect(AppConfig.fromEnv(env).redisLossRecovery.republishWindowHours).toBeGreaterThan(0);
    else expect(namedVariables(configErrorOf(env))).toEqual(['REDIS_LOSS_REPUBLISH_WINDOW_HOURS']);
  });
});

describe('AppConfig.missingAdminEmailWarning', () => {
  it.each<[string, Record<string, string>, boolean]>([
    ['unset in development', {}, true],
    ['unset in test', { NODE_ENV: 'test' }, true],
    ['set', { ADMIN_EMAIL: 'admin@example.cn' }, false],
  ])('%s → warns %p', (_case, env, warns) => {
    const warning = AppConfig.fromEnv(env).missingAdminEmailWarning;
    if (warns) expect(warning).toMatch(/^ADMIN_EMAIL is not set: .*GET \/deliveries\?status=failed/);
    else expect(warning).toBeUndefined();
  });
});

describe('AppConfig.fromEnv in production', () => {
  it('accepts a complete production environment', () => {
    const config = AppConfig.fromEnv(PRODUCTION);
    expect(config.isProduction).toBe(true);
    expect(config.nodeEnv).toBe('production');
    expect(config.clockOverrideAllowed).toBe(false);
    expect(config.usesDevMailCatcher).toBe(false);
    expect(config.smtpUrl).toBe(PRODUCTION.SMTP_URL);
    expect(config.jwtKeys).toEqual({ publicKey: KEYS.publicKey.trim(), privateKey: undefined });
    expect(config.host).toBe('0.0.0.0');
  });

  it.each([
    ['ALLOW_CLOCK_OVERRIDE', 'false'],
    ['ALLOW_CLOCK_OVERRIDE', '0'],
    ['JWT_PRIVATE_KEY', KEYS.privateKey],
    ['JWT_PUBLIC_KEY', KEYS.publicKey.replace(/\n/g, '\\n')],
    ['HOST', '127.0.0.1'],
    ['PII_HASH_KEY', SECRET_32],
  ])('accepts %s=%p', (variable, value) => {
    const config = AppConfig.fromEnv({ ...PRODUCTION, [variable]: value });
    expect(config.isProduction).toBe(true);
    expect(config.clockOverrideAllowed).toBe(false);
  });

  it.each<[string, Record<string, string | undefined>, string[]]>([
    ['JWT_PUBLIC_KEY unset (no development key in production)', { JWT_PUBLIC_KEY: undefined }, ['JWT_PUBLIC_KEY']],
    ['JWT_PUBLIC_KEY not a key', { JWT_PUBLIC_KEY: 'j'.repeat(64) }, ['JWT_PUBLIC_KEY']],
    ['JWT_PUBLIC_KEY a private key', { JWT_PUBLIC_KEY: 'x' + KEYS.privateKey }, ['JWT_PUBLIC_KEY']],
    ['JWT_PRIVATE_KEY of another pair', { JWT_PRIVATE_KEY: OTHER_KEYS.privateKey }, ['JWT_PRIVATE_KEY']],
    ['JWT_PRIVATE_KEY not a key', { JWT_PRIVATE_KEY: 'secret' }, ['JWT_PRIVATE_KEY']],
    ['PII_HASH_KEY unset (development default)', { PII_HASH_KEY: undefined }, ['PII_HASH_KEY']],
    ['PII_HASH_KEY of 31 characters', { PII_HASH_KEY: 'k'.repeat(31) }, ['PII_HASH_KEY']],
    ['SMTP_URL unset', { SMTP_URL: undefined }, ['SMTP_URL']],
    ['SMTP_URL empty', { SMTP_URL: '' }, ['SMTP_URL']],
    ['ADMIN_EMAIL unset', { ADMIN_EMAIL: undefined }, ['ADMIN_EMAIL']],
    ['ADMIN_EMAIL empty', { ADMIN_EMAIL: '' }, ['ADMIN_EMAIL']],
    ['ALLOW_CLOCK_OVERRIDE=true', { ALLOW_CLOCK_OVERRIDE: 'true' }, ['ALLOW_CLOCK_OVERRIDE']],
    ['ALLOW_CLOCK_OVERRIDE=1', { ALLOW_CLOCK_OVERRIDE: '1' }, ['ALLOW_CLOCK_OVERRIDE']],
    [
      'nothing but NODE_ENV',
      { JWT_PUBLIC_KEY: undefined, PII_HASH_KEY: undefined, SMTP_URL: undefined, ADMIN_EMAIL: undefined },
      ['ADMIN_EMAIL', 'JWT_PUBLIC_KEY', 'PII_HASH_KEY', 'SMTP_URL'],
    ],
    [
      'a generic bad value and a production problem together',
      { LOG_LEVEL: 'loud', ALLOW_CLOCK_OVERRIDE: 'yes' },
      ['ALLOW_CLOCK_OVERRIDE', 'LOG_LEVEL'],
    ],
  ])('refuses %s', (_case, overrides, variables) => {
    expect(namedVariables(configErrorOf({ ...PRODUCTION, ...overrides }))).toEqual(variables);
  });

  it('does not apply production rules outside production', () => {
    const env = {
      ...PRODUCTION,
      NODE_ENV: 'development',
      SMTP_URL: undefined,
      JWT_PUBLIC_KEY: undefined,
      ALLOW_CLOCK_OVERRIDE: 'true',
    };
    expect(AppConfig.fromEnv(env).clockOverrideAllowed).toBe(true);
  });
});

describe('AppConfig.fromEnv problem messages', () => {
  it.each([
    ['JWT_PRIVATE_KEY', { JWT_PUBLIC_KEY: KEYS.publicKey, JWT_PRIVATE_KEY: 'hunter2' }, 'hunter2'],
    ['PII_HASH_KEY', { PII_HASH_KEY: 'hunter2' }, 'hunter2'],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://app:hunter2@db.example.cn:5432/tuoyu' }, 'hunter2'],
    ['REDIS_URL', { REDIS_URL: 'redis://:hunter2@cache example' }, 'hunter2'],
  ])('name %s without echoing its secret', (variable, env, secret) => {
    const error = configErrorOf(env);
    expect(namedVariables(error)).toEqual([variable]);
    expect(error.message).not.toContain(secret);
  });

  it.each([['abc'], ['-1'], ['70000'], ['3001.5']])('give one reason for PORT_FILING=%p', (value) => {
    const problems = configErrorOf({ PORT_FILING: value }).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^PORT_FILING: must be a port number \(got "?[-\w.]+"?\)$/);
  });

  it.each([
    ['postgres://postgres@127.0.0.1:5432', true],
    ['postgres://postgres@127.0.0.1:5432/', true],
    ['postgresql://u:p@db.example.cn', true],
    ['postgres://postgres@127.0.0.1:5432/tuoyu', false],
  ])('DATABASE_URL %s is a server URL: %p', (url, ok) => {
    if (ok) expect(AppConfig.fromEnv({ DATABASE_URL: url }).databaseUrl).toBe(url);
    else expect(namedVariables(configErrorOf({ DATABASE_URL: url }))).toEqual(['DATABASE_URL']);
  });
});
