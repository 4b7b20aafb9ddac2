import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { checkLovatFields, DEFAULT_SERVICE_CODE } from '@/lib/lovat/rules';
import { sandboxLovatReports, sandboxLovatTokens } from '../schema';
import { computeVat } from './vat';

export interface LovatAnswer {
  status: number;
  body: unknown;
  /** Why a 400 was answered, for the journal (LOVAT itself only says "Problem with data"). */
  note?: string;
}

export const PROBLEM_WITH_DATA = { error: 'Problem with data' };
export const TOKEN_INVALID = { error: 'Token is invalid.' };

const bad = (note: string): LovatAnswer => ({ status: 400, body: PROBLEM_WITH_DATA, note });

type Parsed = { ok: true; fields: Record<string, string> } | { ok: false; note: string };

/** The body as text fields, from JSON or a form; scalars only. */
export function parseLovatBody(contentType: string, raw: string): Parsed {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    return { ok: true, fields: Object.fromEntries(new URLSearchParams(raw)) };
  }
  if (type !== 'application/json') return { ok: false, note: `unsupported content type "${type}"` };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, note: 'malformed JSON' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, note: 'the body is not a JSON object' };
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === null) fields[key] = '';
    else if (['string', 'number', 'boolean'].includes(typeof value)) fields[key] = String(value);
    else return { ok: false, note: `${key} is not a single value` };
  }
  return { ok: true, fields };
}

function flag(value: string | null, name: string, required: boolean): boolean | string {
  if (value === null) return required ? `${name} is missing` : false;
  const v = value.toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  return `${name} must be true or false`;
}

/**
 * POST /api/1/send/{token}: the token first (401), then the query flags and the body (400),
 * then the report is stored once per transaction id and status (repeats answer 200 again).
 */
export async function receiveTransaction(
  db: Db,
  input: { token: string; query: URLSearchParams; contentType: string; raw: string },
): Promise<LovatAnswer> {
  const [known] = await db
    .select()
    .from(sandboxLovatTokens)
    .where(eq(sandboxLovatTokens.token, input.token));
  if (!known) return { status: 401, body: TOKEN_INVALID };
  const digital = flag(input.query.get('if_digital'), 'if_digital', true);
  if (typeof digital === 'string') return bad(digital);
  const calculate = flag(input.query.get('if_vat_calculate'), 'if_vat_calculate', false);
  if (typeof calculate === 'string') return bad(calculate);
  const parsed = parseLovatBody(input.contentType, input.raw);
  if (!parsed.ok) return bad(parsed.note);
  const problems = checkLovatFields(parsed.fields, digital);
  if (problems.length > 0) return bad(problems.map((p) => `${p.field} ${p.problem}`).join('; '));

  const f = parsed.fields;
  const vat = calculate
    ? computeVat(
        f.transaction_sum!,
        digital ? f.billing_country : f.taxable_jurisdiction || f.arrival_country,
      )
    : null;
  await db
    .insert(sandboxLovatReports)
    .values({
      transactionId: f.transaction_id!,
      status: f.transaction_status!.toLowerCase(),
      digital,
      fields: {
        ...(digital && !f.service_code ? { service_code: DEFAULT_SERVICE_CODE } : {}),
        ...f,
      },
      vat,
    })
    .onConflictDoUpdate({
      target: [sandboxLovatReports.transactionId, sandboxLovatReports.status],
      set: { repeats: sql`${sandboxLovatReports.repeats} + 1` },
    });
  return {
    status: 200,
    body: vat
      ? { message: 'Request Processed', vat_percent: vat.rate, vat: vat.amount }
      : { message: 'Request Processed' },
  };
}
