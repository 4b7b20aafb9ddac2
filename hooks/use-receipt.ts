'use client';

import { useState } from 'react';
import useSWR from 'swr';
import type { ReceiptView } from '@/lib/payments/receipt';

const SETTLED = new Set(['confirmed', 'declined', 'expired', 'failed', 'refunded']);

/** Nothing more will change: a final state, and the report to LOVAT sent when one is owed. */
const isSettled = (r: ReceiptView) => SETTLED.has(r.state) && (r.reported || r.insurer === 'none');

const fetcher = async (url: string): Promise<ReceiptView> => {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`receipt ${response.status}`);
  return response.json();
};

/** The receipt, refreshed every 2 s until the payment has settled. */
export function useReceipt(token: string, initial: ReceiptView) {
  // A plain number, not SWR's function form: that form stopped polling after a client-side
  // navigation (the redirect from the pay action) in our tests.
  const [settled, setSettled] = useState(() => isSettled(initial));
  return useSWR(`/api/receipts/${token}`, fetcher, {
    fallbackData: initial,
    refreshInterval: settled ? 0 : 2_000,
    onSuccess: (data) => setSettled(isSettled(data)),
  });
}
