import { formatDate, parseDayMonthYear } from '@/lib/format';
import { PAYMENT_METHODS, type PaymentMethod } from '@/lib/payments/methods';
import { PAYMENT_STATES } from '@/lib/payments/state-machine';

/**
 * The payments list's filters, read from the URL (so a filtered list can be bookmarked, shared
 * and exported as it is). Pure: the page, the CSV export and the tests read it the same way.
 * A value that makes no sense is dropped and named in `errors` (a message key per field).
 */

export interface PaymentFilter {
  status?: (typeof PAYMENT_STATES)[number];
  method?: PaymentMethod;
  /** Inclusive calendar days (UTC+0, Abidjan). */
  from?: Date;
  to?: Date;
  contract?: string;
  /** A payment reference (PAY-…), a notice reference (PAY-…-n) or an invoice reference. */
  q?: string;
  /** Only payments with a delivery failing now (dead, or waiting for a retry). */
  failing?: boolean;
  page: number;
}

export const PAGE_SIZE = 25;

type Params = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';

export function parsePaymentFilter(params: Params): {
  filter: PaymentFilter;
  errors: Record<string, string>;
} {
  const errors: Record<string, string> = {};
  const filter: PaymentFilter = { page: 1 };
  const status = one(params.status);
  if (status) {
    if ((PAYMENT_STATES as readonly string[]).includes(status))
      filter.status = status as PaymentFilter['status'];
    else errors.status = 'invalidStatus';
  }
  const method = one(params.method);
  if (method) {
    if ((PAYMENT_METHODS as readonly string[]).includes(method))
      filter.method = method as PaymentFilter['method'];
    else errors.method = 'invalidMethod';
  }
  for (const key of ['from', 'to'] as const) {
    const text = one(params[key]);
    if (!text) continue;
    const date = parseDayMonthYear(text);
    if (date) filter[key] = date;
    else errors[key] = 'invalidDate';
  }
  if (filter.from && filter.to && filter.from > filter.to) errors.to = 'dateOrder';
  const contract = one(params.contract).replace(/\s/g, '');
  if (contract) {
    if (/^\d{1,20}$/.test(contract)) filter.contract = contract;
    else errors.contract = 'invalidContract';
  }
  const q = one(params.q);
  if (q) {
    if (q.length <= 64) filter.q = q.toUpperCase();
    else errors.q = 'tooLong';
  }
  if (one(params.delivery) === 'failing') filter.failing = true;
  const page = Number(one(params.page) || '1');
  filter.page = Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
  return { filter, errors };
}

/** The filter back as URL parameters (for pagination links and the export link). */
export function filterParams(filter: PaymentFilter, overrides: { page?: number } = {}) {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.method) params.set('method', filter.method);
  if (filter.from) params.set('from', formatDate(filter.from));
  if (filter.to) params.set('to', formatDate(filter.to));
  if (filter.contract) params.set('contract', filter.contract);
  if (filter.q) params.set('q', filter.q);
  if (filter.failing) params.set('delivery', 'failing');
  const page = overrides.page ?? filter.page;
  if (page > 1) params.set('page', String(page));
  return params;
}
