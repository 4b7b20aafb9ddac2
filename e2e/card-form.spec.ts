import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, fillBilling, syntheticContractFor } from './support';

// A payment goes through the app, the processor, the insurer and LOVAT: give it room on a busy
// two-core machine.
test.describe.configure({ timeout: 60_000 });

// Issue #17, forms that forgive: a keypad without "/", and a refusal that keeps the card.
test.describe('card expiry and fields kept after a refusal', () => {
  test('the slash is put in while typing 1230, and a refusal keeps the card number and expiry', async ({
    page,
  }, info) => {
    const contract = syntheticContractFor(info, 1);
    await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
    const expiry = page.getByLabel('Date d’expiration (MM/AA)');
    await expiry.pressSequentially('1230');
    await expect(expiry).toHaveValue('12/30');
    await page.getByLabel('Numéro de carte').fill('4242 4242 4242 4242');
    await page.getByLabel('Cryptogramme (3 chiffres au dos)').fill('12');
    await fillBilling(page);
    const posts: string[] = [];
    page.on('request', (r) => void (r.method() === 'POST' && posts.push(r.url())));
    await page.getByRole('button', { name: /^Payer / }).click();

    // Refused in the browser, by the server's own schema: nothing was sent, so the code
    // typed stays for the customer to correct, and focus is on it.
    const cvc = page.getByLabel('Cryptogramme (3 chiffres au dos)');
    await expect(page.getByText('Saisissez le cryptogramme de 3 chiffres au dos')).toBeVisible();
    await expect(page.getByLabel('Numéro de carte')).toHaveValue('4242 4242 4242 4242');
    await expect(expiry).toHaveValue('12/30');
    await expect(cvc).toHaveValue('12');
    await expect(cvc).toBeFocused();
    await expect(cvc).toHaveAccessibleDescription(/Saisissez le cryptogramme de 3 chiffres/);
    expect(posts).toEqual([]);
    await expectNoAxeViolations(page);

    await cvc.fill('123');
    await page.getByRole('button', { name: /^Payer / }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reçu de paiement', {
      timeout: 20_000,
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    for (const [n, typed] of [
      [2, '1230'],
      [3, '12 / 30'],
    ] as const) {
      test(`the expiry typed as ${typed} is read as 12/30; a refusal keeps the card`, async ({
        page,
      }, info) => {
        const contract = syntheticContractFor(info, n);
        await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
        await page.getByLabel('Numéro de carte').fill('4242 4242 4242 4242');
        await page.getByLabel('Date d’expiration (MM/AA)').fill(typed);
        await fillBilling(page);
        await page.getByRole('button', { name: /^Payer / }).click();
        await expect(
          page.getByText('Saisissez le cryptogramme de 3 chiffres au dos'),
        ).toBeVisible();
        await expect(page.getByText('Saisissez une date d’expiration future')).toHaveCount(0);
        await expect(page.getByLabel('Numéro de carte')).toHaveValue('4242 4242 4242 4242');
        await expect(page.getByLabel('Date d’expiration (MM/AA)')).toHaveValue(typed);
        // The server never hands the security code back: it is asked for again, and why.
        const cvc = page.getByLabel('Cryptogramme (3 chiffres au dos)');
        await expect(cvc).toHaveValue('');
        await expect(cvc).toHaveAccessibleDescription(/le cryptogramme n’est jamais conservé/);
        await fillBilling(page);
        await page.getByLabel('Cryptogramme (3 chiffres au dos)').fill('123');
        await page.getByRole('button', { name: /^Payer / }).click();
        await expect(page).toHaveURL(/\/recu\//);
      });
    }
  });
});
