/**
 * Masks credentials before anything is logged, stored in a journal or shown: upstream passwords,
 * App Keys and tokens, and secrets embedded in URLs (the LOVAT token travels in the path).
 */

export const REDACTED = '***';

const SECRET_KEY =
  /pass(word)?|appkey|app_key|token|secret|authorization|cookie|card_?number|pan$/i;

/** Whether a field of this name holds a credential or card data, whatever its spelling. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** `secrets`: known values (credentials of this process) to mask wherever they appear. */
export function redactUrl(url: string, secrets: readonly string[]): string {
  let out = url.replace(/(\/send\/)[^/?#\s]+/i, `$1${REDACTED}`);
  out = out.replace(/\/\/([^/@:\s]+):([^/@\s]+)@/, `//$1:${REDACTED}@`);
  for (const s of secrets) if (s) out = out.split(s).join(REDACTED);
  return out;
}

export function redact<T>(value: T, depth = 0): T {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (isSecretKey(key) && v !== undefined && v !== null && v !== '') out[key] = REDACTED;
    // A URL anywhere in the text: a log message may quote the request it failed on.
    else if (typeof v === 'string' && /https?:\/\//.test(v)) out[key] = redactUrl(v, []);
    else out[key] = redact(v, depth + 1);
  }
  return out as T;
}
