/**
 * Reading an Enov request body as the sandbox does: field names matched case-insensitively
 * (the original writes `Login`, `refPaiement` and `login`, `refpaiement` alike), values
 * trimmed to text.
 */
export type EnovFields = (name: string) => string;

export function enovFields(body: unknown): EnovFields {
  const byName = new Map<string, unknown>();
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    for (const [key, value] of Object.entries(body)) byName.set(key.trim().toLowerCase(), value);
  }
  return (name) => {
    const value = byName.get(name.toLowerCase());
    return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  };
}

/** A whole, positive XOF amount, from a number or a numeric string; null otherwise. */
export function wholeAmount(text: string): number | null {
  if (!/^\d+(\.0+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
