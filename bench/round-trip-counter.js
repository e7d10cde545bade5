'use strict';
/**
 * Counts every SQL round trip (pg `Client#query`, knex under MikroORM too) and every Redis command (ioredis
 * `sendCommand`, BullMQ's too: a Lua script is one EVALSHA; round trips count a pipeline once) of the process it
 * is loaded into. The bench loads it into each service process (`node --require`, with BENCH_COUNTER_PORT): the
 * counts then answer on http://127.0.0.1:BENCH_COUNTER_PORT as JSON. Plain JavaScript so the compiled services
 * (dist/) can load it without ts-node; in the one-process mode the bench requires it itself and calls snapshot().
 * Nothing of the product knows about it.
 */
const http = require('node:http');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const PATCHED = Symbol.for('tuoyu.bench.counted');
let queries = 0;
let sqlNanos = 0n;
let pipelines = 0;
let alone = 0;
const sent = new Map();

/** Both copies of pg: knex's (the top-level one) and the one @mikro-orm/postgresql ships for its type parsers. */
for (const from of [ROOT, path.join(ROOT, 'node_modules', '@mikro-orm', 'postgresql')]) {
  const { Client } = require(require.resolve('pg', { paths: [from] }));
  if (Client.prototype[PATCHED]) continue;
  const original = Client.prototype.query;
  Client.prototype.query = function (...args) {
    queries += 1;
    // From the call to the answer: includes waiting behind the connection's earlier query and PostgreSQL's own time.
    const started = process.hrtime.bigint();
    const done = () => {
      sqlNanos += process.hrtime.bigint() - started;
    };
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last];
      args[last] = function (...results) {
        done();
        return callback.apply(this, results);
      };
    } else if (args[0] && typeof args[0].callback === 'function') {
      const query = args[0];
      const callback = query.callback;
      query.callback = function (...results) {
        done();
        return callback.apply(this, results);
      };
    }
    const result = original.apply(this, args);
    if (result && typeof result.then === 'function') result.then(done, done);
    return result;
  };
  Client.prototype[PATCHED] = true;
}

const ioredis = require(require.resolve('ioredis', { paths: [ROOT] }));
const Redis = ioredis.default ?? ioredis;
if (!Redis.prototype[PATCHED]) {
  const originalSend = Redis.prototype.sendCommand;
  // Pipelined and MULTI commands come through here one by one, flagged by their pipeline stream.
  Redis.prototype.sendCommand = function (...args) {
    const [command, stream] = args;
    sent.set(command.name, (sent.get(command.name) ?? 0) + 1);
    if (!stream?.isPipeline) alone += 1;
    return originalSend.apply(this, args);
  };
  const originalExec = ioredis.Pipeline.prototype.exec;
  ioredis.Pipeline.prototype.exec = function (...args) {
    pipelines += 1;
    return originalExec.apply(this, args);
  };
  Redis.prototype[PATCHED] = true;
}

/**
 * What this process has sent so far: SQL round trips, Redis commands by name, Redis round trips; and the CPU time
 * it has used (µs, user + system), which a shared machine's load moves far less than a rate.
 */
function snapshot() {
  const cpu = process.cpuUsage();
  return {
    sql: queries,
    redis: Object.fromEntries(sent),
    redisRoundTrips: alone + pipelines,
    cpuMicros: cpu.user + cpu.system,
    sqlMicros: Number(sqlNanos / 1000n),
  };
}

const port = Number(process.env.BENCH_COUNTER_PORT);
if (port) {
  const server = http.createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    // POST /cpu-profile: the bench asks for the profile before it stops the service (see below).
    if (request.method === 'POST' && request.url === '/cpu-profile') {
      writeProfile((written) => response.end(JSON.stringify({ written })));
      return;
    }
    response.end(JSON.stringify(snapshot()));
  });
  server.listen(port, '127.0.0.1');
  // Never what keeps a service process alive after its shutdown.
  server.unref();
}

// BENCH_CPU_PROF=<dir>: a CPU profile of the whole run (node refuses --cpu-prof in NODE_OPTIONS). Written when the
// bench asks (POST /cpu-profile), before it stops the service: at SIGTERM, Nest's shutdown raced the write and
// only some services' profiles reached the disk.
const profileDir = process.env.BENCH_CPU_PROF;
let profiler;
if (profileDir) {
  const inspector = require('node:inspector');
  profiler = new inspector.Session();
  profiler.connect();
  profiler.post('Profiler.enable');
  profiler.post('Profiler.start');
}

/** Stops the profiler and writes its profile; answers the file written (null without BENCH_CPU_PROF). */
function writeProfile(done) {
  if (!profiler) return done(null);
  profiler.post('Profiler.stop', (error, result) => {
    profiler = undefined;
    if (error) return done(null);
    const fs = require('node:fs');
    const name = path.join(profileDir, `${process.env.BENCH_SERVICE_NAME ?? 'service'}-${process.pid}.cpuprofile`);
    fs.writeFileSync(name, JSON.stringify(result.profile));
    done(name);
  });
}

// BENCH_WAKE_MS=<n>, a diagnostic: a timer that wakes the process every n ms and does nothing, to tell whether the
// rate is bound by waking idle processes (the profiler, which samples every millisecond, nearly doubled it).
const wakeMs = Number(process.env.BENCH_WAKE_MS);
if (wakeMs > 0) setInterval(() => undefined, wakeMs).unref();

module.exports = { snapshot, writeProfile };
