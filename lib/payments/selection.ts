import type { Invoice } from '@/lib/enov/types';
import { parseXofAmount } from '@/lib/format';
import { allocate, checkAmount, totalDue, type Allocation, type AmountProblem } from './allocation';

export type SelectionParams = { f?: string | string[]; mode?: string; montant?: string };

/**
 * What the customer got wrong on the contract page, said there next to the field, and what
 * changed under them (`invoiceChanged`, `nothingDue`), said on the checkout page.
 */
export type SelectionProblem =
  'noInvoice' | 'invoiceChanged' | 'amountMissing' | 'amountUnreadable' | AmountProblem;

/** Problems with the customer's own choice, shown beside the field on the contract page. */
export const CHOICE_PROBLEMS: ReadonlySet<SelectionProblem> = new Set([
  'noInvoice',
  'amountMissing',
  'amountUnreadable',
  'notWhole',
  'belowMinimum',
  'aboveDue',
]);

/** The choice problems that are the amount's: its field takes the focus to say why. */
export const isAmountProblem = (problem: SelectionProblem) =>
  CHOICE_PROBLEMS.has(problem) && problem !== 'noInvoice';

/**
 * The amount asked for. A typed amount is the choice whatever the radio says: without
 * JavaScript nothing ticks "Un autre montant" for the customer, and silently paying the full
 * amount instead of what they typed would take more money than they meant.
 */
export function amountChoice(
  params: SelectionParams,
): { full: true } | { full: false; amount: number | null; typed: string } {
  const typed = (params.montant ?? '').trim();
  if (typed === '' && params.mode !== 'partial') return { full: true };
  return { full: false, amount: typed === '' ? null : parseXofAmount(typed), typed };
}

/** The customer's choice from the contract page, checked against what is due now. */
export function resolveSelection(
  invoices: Invoice[],
  params: SelectionParams,
  minAmount: number,
):
  | { ok: true; references: string[]; amount: number; full: boolean; allocations: Allocation[] }
  | { ok: false; problem: SelectionProblem } {
  const wanted = [params.f ?? []].flat();
  const chosen = invoices.filter((i) => wanted.includes(i.reference));
  if (wanted.length === 0) return { ok: false, problem: 'noInvoice' };
  if (chosen.length !== new Set(wanted).size) return { ok: false, problem: 'invoiceChanged' };
  const due = totalDue(chosen);
  const choice = amountChoice(params);
  let amount = due;
  if (!choice.full) {
    if (choice.typed === '') return { ok: false, problem: 'amountMissing' };
    if (choice.amount === null) return { ok: false, problem: 'amountUnreadable' };
    amount = choice.amount;
  }
  const problem = checkAmount(amount, due, minAmount);
  if (problem) return { ok: false, problem };
  return {
    ok: true,
    references: chosen.map((i) => i.reference),
    amount,
    full: choice.full,
    allocations: allocate(amount, chosen),
  };
}
