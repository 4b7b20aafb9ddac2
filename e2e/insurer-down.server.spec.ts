import { expect, test } from '@playwright/test';
import { readPdf } from '../lib/pdf/read-pdf';
import { chooseLanguage, expectNoAxeViolations, payByCard } from './support';
import { spawnServer, waitHealthy } from './spawn-server';

test.describe.configure({ timeout: 90_000 });

// Its own app and sandbox: the fault it sets cannot disturb the other tests.
test('the insurer down during notification, then back: the receipt goes from waiting to confirmed', async ({
  page,
}) => {
  const server = await spawnServer({ OUTBOX_RETRY_BASE_MS: '1000', LOOKUP_RATE_LIMIT: '1000' });
  try {
    await waitHealthy(server.base);
    const fault = await fetch(`${server.base}/sandbox/api/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint: 'enovipn', failure: 'http500' }),
    });
    expect(fault.status).toBe(200);
    await page.goto(`${server.base}/contrat/2021007730/paiement?f=FAC-2026-000201&mode=full`);
    await payByCard(page, '4242 4242 4242 4242');
    await expect(page.getByText('Paiement reçu, en attente de confirmation')).toBeVisible();
    await expect(page.getByText('En attente de confirmation', { exact: true })).toBeVisible();
    await page.waitForTimeout(2_000);
    await expect(page.getByText('Paiement reçu, en attente de confirmation')).toBeVisible();
    // Waiting on the insurer is when people call: the sandbox's made-up contact, said to be so.
    const contact = page.getByRole('region', { name: 'Besoin d’aide ? Contactez LA LOYALE VIE' });
    await expect(contact.getByRole('link', { name: '+225 27 20 00 00 00' })).toHaveAttribute(
      'href',
      'tel:+2252720000000',
    );
    await expect(contact).toContainText('Coordonnées fictives du bac à sable');

    await fetch(`${server.base}/sandbox/api/faults`, { method: 'DELETE' });
    await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Confirmé par l’assureur', { exact: true })).toBeVisible();
  } finally {
    server.stop();
  }
});

// Issue #17: the insurer's own contact, configured, where a customer is stuck.
const CONTACT = {
  LOOKUP_RATE_LIMIT: '1000',
  INSURER_PHONE: '+225 27 20 25 97 00',
  INSURER_WHATSAPP: '+225 07 07 07 07 07',
  INSURER_HOURS: 'lun-ven 07:30-16:30; sam 08:00-12:00',
};

test('the insurer down at look-up: the page is titled by the outage and says whom to call, in both languages', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const server = await spawnServer(CONTACT);
  try {
    await waitHealthy(server.base);
    const fault = await fetch(`${server.base}/sandbox/api/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint: 'enovfacture', failure: 'http500' }),
    });
    expect(fault.status).toBe(200);
    await page.goto(`${server.base}/contrat/2019004512`);
    await expect(page).toHaveTitle('L’assureur ne répond pas — LA LOYALE VIE');
    const contact = page.getByRole('region', { name: 'Besoin d’aide ? Contactez LA LOYALE VIE' });
    await expect(contact.getByRole('link', { name: '+225 27 20 25 97 00' })).toHaveAttribute(
      'href',
      'tel:+2252720259700',
    );
    await expect(contact.getByRole('link', { name: '+225 07 07 07 07 07' })).toHaveAttribute(
      'href',
      'https://wa.me/2250707070707',
    );
    await expect(contact).toContainText('Du lundi au vendredi, de 7:30 à 16:30');
    await expect(contact).toContainText('Samedi, de 8:00 à 12:00');
    await expect(contact).not.toContainText('fictives');
    await expectNoAxeViolations(page);

    await chooseLanguage(page, 'en');
    await expect(page).toHaveTitle('The insurer is not answering — LA LOYALE VIE');
    const english = page.getByRole('region', { name: 'Need help? Contact LA LOYALE VIE' });
    await expect(english).toContainText(/Monday to Friday, 7:30\sAM to 4:30\sPM/);
    await expect(english).toContainText(/Saturday, 8:00\sAM to 12:00\sPM/);
    await chooseLanguage(page, 'fr');

    // The insurer back: the page is the contract's again, titled by it, with no call to make.
    await fetch(`${server.base}/sandbox/api/faults`, { method: 'DELETE' });
    await page.goto(`${server.base}/contrat/2019004512`);
    await expect(page).toHaveTitle('Contrat 2019004512 — LA LOYALE VIE');
    await expect(contact).toHaveCount(0);
  } finally {
    server.stop();
  }
});

test('a payment whose confirmation is delayed, and its PDF, say whom to call', async ({ page }) => {
  // Its own server, a payment, an axe scan and a PDF: room on a busy two-core machine.
  test.setTimeout(180_000);
  const server = await spawnServer({ ...CONTACT, OUTBOX_RETRY_BASE_MS: '1000' });
  try {
    await waitHealthy(server.base);
    // Our credentials refused by the insurer: the payment needs an agent.
    const fault = await fetch(`${server.base}/sandbox/api/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint: 'enovipn', failure: 'code', code: '-1' }),
    });
    expect(fault.status).toBe(200);
    await page.goto(`${server.base}/contrat/2021007730/paiement?f=FAC-2026-000201&mode=full`);
    await payByCard(page, '4242 4242 4242 4242');
    await expect(page.getByText('Paiement reçu, confirmation retardée').first()).toBeVisible({
      timeout: 30_000,
    });
    const contact = page.getByRole('region', { name: 'Besoin d’aide ? Contactez LA LOYALE VIE' });
    await expect(contact.getByRole('link', { name: '+225 27 20 25 97 00' })).toBeVisible();
    await expectNoAxeViolations(page);

    const pdf = await page.request.get(`${page.url()}/pdf`);
    expect(pdf.status()).toBe(200);
    const { runs, doc } = await readPdf(await pdf.body());
    expect(runs[0]).toMatchObject({ text: 'Paiement reçu, confirmation retardée', tag: 'H1' });
    const lines = runs.map((r) => r.text);
    expect(lines).toContain('+225 27 20 25 97 00');
    expect(lines).toContain('+225 07 07 07 07 07');
    expect(lines).toContain('Du lundi au vendredi, de 7:30 à 16:30');
    expect(doc.getTitle()).toMatch(/^Reçu de paiement PAY-/);
  } finally {
    server.stop();
  }
});
