import 'server-only';
import pino, { type DestinationStream, type Logger } from 'pino';
import { getConfig } from '@/lib/config';
import type { LogLevel } from '@/lib/config-types';
import { REDACTED, redact } from '@/lib/redact';
import { currentWork } from '@/lib/telemetry/context';

/**
 * JSON lines through pino: `{"level":"info","time":…,"event":"outbox.delivery",…}`, each with
 * the trace id and payment reference of the work it belongs to (lib/telemetry/context.ts).
 * Fields go through redact() first (any key that names a secret, any URL carrying one); pino's
 * own redaction paths are the second lock, should a field ever bypass it.
 */

const SECRET_FIELDS = [
  'password',
  'appkey',
  'app_key',
  'token',
  'secret',
  'authorization',
  'cookie',
  'cardNumber',
  'card_number',
  'pan',
  'cvc',
  'cardCvc',
];
export const REDACT_PATHS = SECRET_FIELDS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

// An empty or absent secret is shown as it is: "none configured" is worth telling apart.
const censor = (value: unknown) => (value === '' || value == null ? value : REDACTED);

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  // Warnings and errors on stderr, the rest on stdout, through Node's own streams as console
  // did (synchronous to files and pipes: the last lines before a crash are not lost).
  const stream =
    destination ??
    pino.multistream(
      [
        { level: 'debug', stream: process.stdout },
        { level: 'warn', stream: process.stderr },
      ],
      { dedupe: true },
    );
  return pino(
    {
      level,
      messageKey: 'event',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor },
      mixin() {
        const work = currentWork();
        if (!work) return {};
        return {
          trace_id: work.traceId,
          ...(work.spanId ? { span_id: work.spanId } : {}),
          ...(work.reference ? { payment_reference: work.reference } : {}),
        };
      },
    },
    stream,
  );
}

type Fields = Record<string, unknown>;

/** The `log.info(event, fields)` API over a logger; fields pass redact() before pino. */
export function logTo(logger: () => Logger) {
  const write = (level: Exclude<LogLevel, 'silent'>, event: string, fields?: Fields) => {
    const target = logger();
    if (target.isLevelEnabled(level)) target[level](redact(fields ?? {}), event);
  };
  return {
    debug: (event: string, fields?: Fields) => write('debug', event, fields),
    info: (event: string, fields?: Fields) => write('info', event, fields),
    warn: (event: string, fields?: Fields) => write('warn', event, fields),
    error: (event: string, fields?: Fields) => write('error', event, fields),
  };
}

let logger: Logger | undefined;

// Made on first use: reading LOG_LEVEL validates the configuration, which must fail in
// bootstrap's hands (one clear line), not while a module is being imported.
export const log = logTo(() => (logger ??= createLogger(getConfig().logLevel)));
