import type { DestinationStream, LoggerOptions } from 'pino';
import PinoPretty from 'pino-pretty';

/** Nest's start-up chatter (one line per module and route, ~220 in all) that buries the banner in development. */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** One readable line per entry, written synchronously (no worker thread): LOG_FORMAT=pretty, for development. */
export function prettyLogStream(destination?: NodeJS.WritableStream): DestinationStream {
  return PinoPretty({
    ...(destination ? { destination } : {}),
    colorize: process.stdout.isTTY,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,req,res,responseTime',
    messageFormat: '{if context}[{context}] {end}{msg}',
    singleLine: true,
    sync: true,
  });
}

/** Drops info-level start-up chatter; everything else (and every warning or error) passes. */
export const quietStartUp: NonNullable<LoggerOptions['hooks']> = {
  logMethod(args, method, level) {
    const first = args[0];
    const context = typeof first === 'object' && first !== null ? (first as { context?: unknown }).context : undefined;
    if (level <= 30 && typeof context === 'string' && START_UP_CONTEXTS.has(context)) return;
    method.apply(this, args);
  },
};
