// One jest config, three tiers (conventions.md item 12). ts-jest only transpiles (isolatedModules):
// `npm run typecheck` is what type-checks.
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: { '^@tuoyu/(.*)$': '<rootDir>/libs/$1/src' },
};
const realServices = {
  ...base,
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};

module.exports = {
  // Global only (jest ignores it per project): boots of several apps and waits on queues take seconds, and on a
  // 2-core machine under load (load average 10) a five-app boot or a multi-step flow took over 60 s. A passing
  // test is not slowed by a longer limit; only a hang takes longer to be reported.
  testTimeout: 180000,
  // A test file that fails before its afterAll can leave a socket or a child process open; the run still ends
  // (and reports that failure) instead of waiting on the handle until CI's time runs out. Service processes are
  // killed on exit (ServiceProcess), and globalTeardown still drops the test databases.
  forceExit: true,
  // Two test files at a time (each has its own databases, queue prefix and fixed ports), each in a worker process
  // that is replaced once its heap passed 1 GB after a file. Run in one process (--runInBand), every file's five-app
  // boot stayed behind in memory (4.3 GB by the end) and each later file ran slower: the same suite took 1,591 s
  // in band and 467 s in two workers recycled this way (3 December).
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    { ...realServices, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'] },
    {
      ...realServices,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    },
    // The portal's pages in Debian's chromium (playwright-core) against the real services; builds the pages if needed.
    { ...realServices, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
  ],
};
