import type { ReceiptView } from '@/lib/payments/receipt';

/**
 * The `Receipt` message that heads the page and names it in the tab: "receipt" only once money
 * was taken, otherwise the state itself, so a declined or waiting payment never passes for paid.
 */
export function receiptHeadingKey({
  state,
  moneyTaken,
}: Pick<ReceiptView, 'state' | 'moneyTaken'>): 'title' | 'awaitingTitle' | 'states.declined.title' {
  if (moneyTaken) return 'title';
  // Phone or hosted page alike, the customer's approval is what we wait for.
  if (state === 'awaiting_approval') return 'awaitingTitle';
  return `states.${state}.title` as 'states.declined.title';
}
