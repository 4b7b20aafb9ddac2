import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type { Client } from 'pg';
import { hiddenFieldsOfForms } from './forms';
import { cpuDuring, cpuMsOf, cpuMsOfPostgres } from './bench-memory';
import { sleep, syntheticContract, type Instance } from './harness';

/**
 * The checkout benchmark: autocannon posts the checkout form (the server action's no-JavaScript
 * post) for distinct synthetic contracts, then waits until every payment is confirmed.
 */

export async function checkout(app: Instance, connections: number, payments: number, db?: Client) {
  const CONTRACT = '9000000001';
  const template = await checkoutTemplate(app);
  const tokens: string[] = [];
  const started = performance.now();
  const result = await autocannon({
    url: `${app.base}/contrat/${CONTRACT}/paiement`,
    connections,
    amount: payments,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const contract = syntheticContract();
          const fields = {
            ...template,
            attempt: randomUUID(),
            contract,
            invoices: [1, 2, 3].map((i) => `SYN-${contract}-${i}`).join(','),
          };
          const boundary = `----bench${randomUUID()}`;
          const body =
            Object.entries(fields)
              .map(
                ([k, v]) =>
                  `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
              )
              .join('') + `--${boundary}--\r\n`;
          return {
            ...req,
            path: `/contrat/${contract}/paiement`,
            body,
            headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
          };
        },
        onResponse: (_status, _body, _context, headers) => {
          const all = (headers ?? {}) as Record<string, string>;
          const location = all.location ?? all.Location;
          if (location?.includes('/recu/')) tokens.push(location.split('/recu/')[1]!);
        },
      },
    ],
  });
  const accepted = performance.now();
  await waitConfirmed(app, tokens, db);
  const done = performance.now();
  return {
    paid: tokens.length,
    requests: result.requests.total,
    acceptedPerS: tokens.length / ((accepted - started) / 1000),
    confirmedPerS: tokens.length / ((done - started) / 1000),
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

export interface Checkout {
  name: string;
  paid: number;
  acceptedPerS: number;
  confirmedPerS: number;
  p50: number;
  p99: number;
  /** CPU ms per payment of the app, the sandbox and the PostgreSQL server. */
  cpu: Record<string, number>;
}

/** `checkout` over 20 connections, with the CPU each payment cost each process. */
export async function timedCheckout(
  name: string,
  app: Instance,
  sandbox: Instance,
  payments: number,
  db?: Client,
): Promise<Checkout> {
  const readers: Record<string, () => number> = {
    app: () => cpuMsOf(app.child.pid!),
    sandbox: () => cpuMsOf(sandbox.child.pid!),
    postgres: cpuMsOfPostgres,
  };
  const { result, cpu } = await cpuDuring(readers, () => checkout(app, 20, payments, db));
  const per = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, v / result.paid]));
  return { name, ...result, cpu: per };
}

async function checkoutTemplate(app: Instance) {
  const contract = syntheticContract();
  const refs = [1, 2, 3].map((i) => `f=SYN-${contract}-${i}`).join('&');
  const html = await (
    await fetch(`${app.base}/contrat/${contract}/paiement?${refs}&mode=full`)
  ).text();
  const hidden = hiddenFieldsOfForms(html).find((f) => 'attempt' in f);
  if (!hidden) throw new Error('no checkout form');
  return {
    ...hidden,
    method: 'card',
    cardNumber: '4242 4242 4242 4242',
    cardExpiry: '12/30',
    cardCvc: '123',
    billingAddress: 'Rue des Jardins, Cocody',
    billingCity: 'Abidjan',
    billingCountry: 'CIV',
    billingPhone: '+2250700000001',
  };
}

async function waitConfirmed(app: Instance, tokens: string[], db?: Client) {
  const deadline = Date.now() + 10 * 60_000;
  if (db) {
    while (Date.now() < deadline) {
      // This run's payments only: an earlier run (a warm-up) may have used the same database.
      const { rows } = await db.query<{ n: string }>(
        `select count(*) as n from payments where state = 'confirmed' and receipt_token = any($1)`,
        [tokens],
      );
      if (Number(rows[0]!.n) >= tokens.length) return;
      await sleep(100);
    }
  }
  // One receipt at a time, in order, as each customer's receipt page would ask: polling every
  // unconfirmed one every 200 ms made the app's CPU per payment grow with the confirmation's
  // lag (hundreds of extra requests on a busy machine), which measured the harness, not the app.
  for (const token of tokens) {
    while (Date.now() < deadline) {
      const res = await fetch(`${app.base}/api/receipts/${token}`);
      if (((await res.json()) as { state: string }).state === 'confirmed') break;
      await sleep(200);
    }
  }
}
