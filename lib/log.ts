import 'server-only';
import { getConfig } from '@/lib/config';
import { redact } from '@/lib/redact';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 } as const;
type Level = Exclude<keyof typeof LEVELS, 'silent'>;

function write(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  if (LEVELS[level] < LEVELS[getConfig().logLevel]) return;
  // One JSON object per line: easy to grep here, easy to ship to a log store later.
  const line = JSON.stringify({ t: new Date().toISOString(), level, event, ...redact(fields) });
  if (level === 'error' || level === 'warn') console.error(line);
  else console.info(line);
}

export const log = {
  debug: (event: string, fields?: Record<string, unknown>) => write('debug', event, fields),
  info: (event: string, fields?: Record<string, unknown>) => write('info', event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write('warn', event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write('error', event, fields),
};
