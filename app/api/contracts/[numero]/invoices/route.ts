import { contractNumberSchema } from '@/lib/contracts/contract-number';
import { lookupProblem } from '@/lib/contracts/lookup-problem';
import { enov } from '@/lib/enov/client';
import { countContractLookup } from '@/lib/rate-limit';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ numero: string }> };

/**
 * GET /api/contracts/{number}/invoices — the open invoices as JSON (our own shape, oldest
 * first), under the same per-client limit as the contract page.
 */
export async function GET(_request: Request, { params }: Params) {
  const parsed = contractNumberSchema.safeParse((await params).numero);
  if (!parsed.success)
    return Response.json({ error: parsed.error.issues[0]?.message ?? 'format' }, { status: 400 });
  const count = await countContractLookup();
  if (!count.allowed) {
    return Response.json(
      { error: 'rateLimited' },
      { status: 429, headers: { 'retry-after': String(count.retryAfterS) } },
    );
  }
  const result = await enov().selectInvoices(parsed.data);
  if (!result.ok) {
    const problem = lookupProblem(result.error);
    return Response.json({ error: problem }, { status: problem === 'timeout' ? 504 : 502 });
  }
  return Response.json(
    { contract: parsed.data, invoices: result.value },
    { headers: { 'cache-control': 'no-store' } },
  );
}
