import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { guichetFormSchema, returnTo } from '@/lib/sandbox/cinetpay/finish-schema';
import { findTransaction, finishPayment } from '@/lib/sandbox/cinetpay/payments';
import { sandboxDisabled } from '@/lib/sandbox/http';

export const dynamic = 'force-dynamic';

const seeOther = (location: string) => new Response(null, { status: 303, headers: { location } });

/**
 * The guichet's form: ends the payment with the tester's choice, notifies the merchant in the
 * background, and sends the browser back to return_url (a 303 GET with `transaction_id` and
 * `token`, D13). A plain form post, not a server action: leaving the guichet must be a whole
 * page load, as from CinetPay's own site, and not a navigation inside our app.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const disabled = sandboxDisabled();
  if (disabled) return disabled;
  const { token } = await params;
  const form = Object.fromEntries(new URLSearchParams(await request.text()));
  const parsed = guichetFormSchema.safeParse({ ...form, token });
  const page = `/sandbox/cinetpay/guichet/${encodeURIComponent(token)}`;
  if (!parsed.success) return seeOther(`${page}?erreur=1`);
  const db = getDb();
  const tx = await findTransaction(db, { token: parsed.data.token });
  if (!tx) return new Response('Not Found', { status: 404 });
  const result = await finishPayment(db, tx.id, {
    outcome: parsed.data.outcome,
    method: parsed.data.method,
    appUrl: getConfig().appUrl,
  });
  if (!result.ok) return seeOther(result.reason === 'method' ? `${page}?erreur=1` : page);
  return seeOther(returnTo(result.transaction));
}
