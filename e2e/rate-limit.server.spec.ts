import { expect, test } from '@playwright/test';
import { spawnServer, waitHealthy } from './spawn-server';
import { expectNoAxeViolations } from './support';

test('contract look-ups are limited per client, with a 429 page in the user’s language', async ({
  page,
}) => {
  // Behind one proxy of ours, which appends the address it saw to X-Forwarded-For.
  const server = await spawnServer({
    LOOKUP_RATE_LIMIT: '3',
    LOOKUP_RATE_WINDOW_S: '120',
    TRUSTED_PROXY_HOPS: '1',
  });
  try {
    await waitHealthy(server.base);
    const lookup = (ip: string) =>
      fetch(`${server.base}/contrat/2019004512`, {
        redirect: 'manual',
        headers: { 'x-forwarded-for': ip },
      });
    for (let i = 0; i < 3; i++) expect((await lookup('203.0.113.7')).status).toBe(200);
    // What the client wrote itself, left of what our proxy saw, changes nothing.
    const refused = await lookup(`10.${Math.floor(Math.random() * 250)}.0.1, 203.0.113.7`);
    expect(refused.status).toBe(307);
    const location = refused.headers.get('location')!;
    expect(location).toMatch(/^\/trop-de-demandes\?retry=\d+$/);

    // Another client is not affected.
    expect((await lookup('198.51.100.9')).status).toBe(200);

    const tooMany = await fetch(`${server.base}${location}`);
    expect(tooMany.status).toBe(429);
    expect(Number(tooMany.headers.get('retry-after'))).toBeGreaterThan(0);
    const french = await tooMany.text();
    expect(french).toContain('lang="fr"');
    expect(french).toContain('Trop de recherches');
    const english = await fetch(`${server.base}${location}`, {
      headers: { cookie: 'NEXT_LOCALE=en' },
    });
    expect(await english.text()).toContain('Too many look-ups');

    const shown = await page.goto(`${server.base}${location}`);
    expect(shown?.status()).toBe(429);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trop de recherches');
    await expectNoAxeViolations(page);
  } finally {
    server.stop();
  }
});

test('a client cannot escape the limit by writing its own X-Forwarded-For', async () => {
  // No proxy of ours in front (the default): only the socket's address counts.
  const server = await spawnServer({ LOOKUP_RATE_LIMIT: '3', LOOKUP_RATE_WINDOW_S: '120' });
  try {
    await waitHealthy(server.base);
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${server.base}/contrat/2019004512`, {
        redirect: 'manual',
        headers: { 'x-forwarded-for': `198.51.100.${i}`, 'x-real-ip': `192.0.2.${i}` },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 307, 307, 307]);
  } finally {
    server.stop();
  }
});
