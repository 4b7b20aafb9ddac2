import { expect, test, type Page } from '@playwright/test';
import { spawnServer, waitHealthy, type Spawned } from './spawn-server';
import { ADMIN, signIn } from './agent-support';
import { expectNoAxeViolations, fillBilling } from './support';

/**
 * The whole journey on CinetPay's hosted guichet (the sandbox's twin): the customer leaves our
 * site to pay and comes back to a receipt that only shows what CinetPay's verification
 * confirmed. On an app and sandbox of their own.
 */
let server: Spawned;

test.describe.configure({ mode: 'serial', timeout: 90_000 });

test.beforeAll(async () => {
  server = await spawnServer({ PAYMENT_PROCESSOR: 'cinetpay', LOOKUP_RATE_LIMIT: '1000' });
  await waitHealthy(server.base);
});

test.afterAll(() => server?.stop());

const api = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${server.base}${path}`, init);
  return { status: response.status, json: (await response.json().catch(() => ({}))) as never };
};

/** From the contract page to CinetPay's guichet, paying `amount` FCFA of the oldest invoices. */
async function toGuichet(page: Page, contract: string, amount: string) {
  await page.goto(`${server.base}/contrat/${contract}`);
  await page.getByLabel('Un autre montant').check();
  await page.getByLabel('Montant en FCFA').fill(amount);
  await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
  await expect(
    page.getByRole('heading', { name: 'Paiement sur la page sécurisée de CinetPay' }),
  ).toBeVisible();
  // Our page asks no card or wallet number: CinetPay does.
  await expect(page.getByLabel('Numéro de carte')).toHaveCount(0);
  await page.getByLabel('Prénom').fill('Awa');
  await page.getByLabel('Nom', { exact: true }).fill('Koné');
  await fillBilling(page);
  await page.getByRole('button', { name: /^Payer / }).click();
  await expect(page).toHaveURL(/\/sandbox\/cinetpay\/guichet\//);
}

async function payAtGuichet(page: Page, method: string, outcome: string, heading: string) {
  await page.getByLabel(method, { exact: true }).check();
  await page.getByLabel(outcome).check();
  await page.getByRole('button', { name: /^Payer / }).click();
  // Back on our site through the return URL, which shows the payment once it has verified:
  // a receipt only for money taken, otherwise titled by its state.
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({
    timeout: 30_000,
  });
}

test('pays part of two invoices on the guichet: one notice per invoice, one LOVAT report, a replayed notification changes nothing', async ({
  page,
}) => {
  await toGuichet(page, '2019004512', '30000');
  await expectNoAxeViolations(page);
  await payAtGuichet(page, 'Orange Money', 'Accepté', 'Reçu de paiement');
  await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Orange Money')).toBeVisible();
  await expectNoAxeViolations(page);
  const reference = (await page
    .getByText(/^PAY-[A-Z0-9]{10}$/)
    .first()
    .textContent())!;
  // One notice per invoice, each for what it paid (the notices are our reference, -1 and -2).
  const amounts = [];
  for (const notice of [`${reference}-1`, `${reference}-2`]) {
    const { json } = await api(`/sandbox/api/notifications?refpaiement=${notice}`);
    const { notifications } = json as { notifications: Array<{ montant: number }> };
    expect(notifications).toHaveLength(1);
    amounts.push(notifications[0]!.montant);
  }
  expect(amounts).toEqual([25_000, 5_000]);

  // CinetPay's own notification, replayed as it was (valid token): accepted, and nothing moves.
  const { json: twin } = await api(`/sandbox/api/cinetpay/payments?transaction_id=${reference}`);
  const { notifications } = twin as {
    notifications: Array<{ fields: Record<string, string>; x_token: string }>;
  };
  expect(notifications.length).toBeGreaterThan(0);
  const replayed = await fetch(`${server.base}/api/cinetpay/notify`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-token': notifications[0]!.x_token,
    },
    body: new URLSearchParams(notifications[0]!.fields).toString(),
  });
  expect(replayed.status).toBe(200);
  for (const notice of [`${reference}-1`, `${reference}-2`]) {
    const { json } = await api(`/sandbox/api/notifications?refpaiement=${notice}`);
    expect((json as { notifications: unknown[] }).notifications).toHaveLength(1);
  }
  await expect
    .poll(async () => {
      const { json } = await api(`/sandbox/api/reports?transaction_id=${reference}`);
      const { reports } = json as {
        reports: Array<{ status: string; fields: Record<string, string> }>;
      };
      return reports.map(
        (r) => `${r.status}:${r.fields.transaction_sum}:${r.fields.payment_operator}`,
      );
    })
    .toEqual(['success:30000:Orange Money']);
});

test('an agent sees what CinetPay said, and that its refunds are made in its back office', async ({
  page,
}) => {
  await signIn(page, ADMIN, server.base);
  await page.goto(`${server.base}/agent/paiements?contract=2019004512`);
  await page.getByRole('link', { name: /^PAY-/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Échanges avec CinetPay' })).toBeVisible();
  const events = page.getByTestId('processor-event');
  await expect(events.filter({ hasText: 'Notification' }).first()).toContainText('jeton valide');
  await expect(events.filter({ hasText: /Vérification\s*Paiement accepté/ }).first()).toBeVisible();
  await expect(page.getByText(/remboursez le client depuis le back-office CinetPay/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a payment refused on the guichet frees its invoices and says so', async ({ page }) => {
  // On a phone's width: the guichet and our pages hold at 360 px.
  await page.setViewportSize({ width: 360, height: 740 });
  await toGuichet(page, '2021007730', '10000');
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await payAtGuichet(page, 'Wave', 'Refusé : solde insuffisant', 'Paiement refusé');
  await expect(page.getByText('Paiement refusé')).toBeVisible({ timeout: 30_000 });
  // The invoices can be paid again at once.
  await toGuichet(page, '2021007730', '10000');
});

test('a return without any notification is verified with CinetPay before the receipt says paid', async ({
  page,
}) => {
  expect(
    (
      await api('/sandbox/api/faults', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ endpoint: 'cinetpay_notify', failure: 'not-sent' }),
      })
    ).status,
  ).toBe(200);
  try {
    await toGuichet(page, '2016003321', '5000');
    await payAtGuichet(page, 'MTN MoMo', 'Accepté', 'Reçu de paiement');
    await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: 30_000 });
  } finally {
    await api('/sandbox/api/faults', { method: 'DELETE' });
  }
});

test('a forged notification is refused and moves nothing', async () => {
  const forged = new URLSearchParams({
    cpm_site_id: '990001',
    cpm_trans_id: 'PAY-FORGED0001',
    cpm_amount: '5000',
    cpm_currency: 'XOF',
    cpm_error_message: 'SUCCES',
  });
  for (const token of [null, '0'.repeat(64)]) {
    const response = await fetch(`${server.base}/api/cinetpay/notify`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(token ? { 'x-token': token } : {}),
      },
      body: forged.toString(),
    });
    expect(response.status).toBe(401);
  }
  expect((await fetch(`${server.base}/api/cinetpay/notify`)).status).toBe(200);
});
