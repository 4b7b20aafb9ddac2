import type { Invoice } from '@/lib/enov/types';
import { allocate, checkAmount, totalDue, type Allocation } from './allocation';

/** The customer's choice from the contract page, checked against what is due now. */
export function resolveSelection(
  invoices: Invoice[],
  params: { f?: string | string[]; mode?: string; montant?: string },
  minAmount: number,
):
  | { ok: true; references: string[]; amount: number; full: boolean; allocations: Allocation[] }
  | { ok: false } {
  const wanted = [params.f ?? []].flat();
  const chosen = invoices.filter((i) => wanted.includes(i.reference));
  if (chosen.length === 0 || chosen.length !== new Set(wanted).size) return { ok: false };
  const due = totalDue(chosen);
  const full = params.mode !== 'partial';
  const amount = full ? due : Number((params.montant ?? '').replace(/\s/g, ''));
  if (checkAmount(amount, due, minAmount)) return { ok: false };
  return {
    ok: true,
    references: chosen.map((i) => i.reference),
    amount,
    full,
    allocations: allocate(amount, chosen),
  };
}
