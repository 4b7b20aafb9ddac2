import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '@/tests/support/sandbox';
import { cookieHeader, hasActionState, hiddenFieldsOfForms, submitForm } from '@/scripts/lib/forms';

/**
 * The agent area over HTTP, as anyone on the internet could call it: every page and route for
 * an anonymous visitor, a forged cookie, a disabled agent, a plain agent and an admin.
 */

const ADMIN = { email: 'admin@lalo.test', password: 'Admin-Sandbox-2026' };
const suffix = Date.now().toString(36);
const PLAIN = { email: `plain-${suffix}@lalo.test`, password: 'plain-agent-password' };
const GONE = { email: `gone-${suffix}@lalo.test`, password: 'gone-agent-password' };

const isSignIn = (f: Record<string, string>) => hasActionState(f) && !('requestId' in f);
const isCreate = (f: Record<string, string>) => 'requestId' in f && !('agentId' in f);

async function signIn(who: { email: string; password: string }) {
  const res = await submitForm(`${baseUrl()}/agent/connexion`, { pick: isSignIn, fields: who });
  expect(res.status, `sign-in of ${who.email}`).toBe(303);
  return cookieHeader(res.setCookie);
}

const get = (path: string, cookie?: string) =>
  fetch(`${baseUrl()}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

async function teamPage(cookie: string) {
  return (await get('/agent/equipe', cookie)).text();
}

async function createAgent(adminCookie: string, who: { email: string; password: string }) {
  const res = await submitForm(`${baseUrl()}/agent/equipe`, {
    pick: isCreate,
    cookie: adminCookie,
    fields: { name: who.email, email: who.email, role: 'agent', password: who.password },
  });
  expect(res.html).toContain('Compte créé.');
}

const cookies: Record<string, string | undefined> = {};

beforeAll(async () => {
  cookies.admin = await signIn(ADMIN);
  await createAgent(cookies.admin, PLAIN);
  await createAgent(cookies.admin, GONE);
  cookies.plain = await signIn(PLAIN);
  cookies.disabled = await signIn(GONE);
  // The admin disables GONE after it signed in: its session must stop working at once.
  const page = await teamPage(cookies.admin);
  const gone = hiddenFieldsOfForms(page).find(
    (f) => f.disabled === 'true' && page.includes(GONE.email),
  );
  expect(gone).toBeDefined();
  const section = page.slice(page.indexOf(GONE.email));
  const agentId = /name="agentId" value="([^"]+)"/.exec(section)?.[1];
  const res = await submitForm(`${baseUrl()}/agent/equipe`, {
    pick: (f) => f.agentId === agentId && f.disabled === 'true',
    cookie: cookies.admin,
    html: page,
    fields: {},
  });
  expect(res.html).toContain('Compte désactivé');
  cookies.forged = 'authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0.forged';
}, 120_000);

const PAGES = [
  '/agent',
  '/agent/contrats',
  '/agent/paiements',
  '/agent/paiements?status=confirmed',
];
const ADMIN_PAGES = ['/agent/equipe', '/agent/journal'];

describe('agent pages and routes', () => {
  it.each([...PAGES, ...ADMIN_PAGES, '/agent/paiements/export'])(
    'send an anonymous visitor of %s to sign in',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(307);
      expect(res.headers.get('location')).toContain('/agent/connexion?from=');
    },
  );

  it.each(['forged', 'disabled'])('treat a %s session as signed out', async (who) => {
    for (const path of [...PAGES, ...ADMIN_PAGES]) {
      const res = await get(path, cookies[who]);
      expect(res.status, path).toBe(307);
      expect(res.headers.get('location'), path).toMatch(/\/agent\/connexion/);
    }
    expect((await get('/agent/paiements/export', cookies[who])).status).toBe(401);
  });

  it('let a plain agent work but answer 403 on admin pages', async () => {
    for (const path of PAGES) expect((await get(path, cookies.plain)).status, path).toBe(200);
    for (const path of ADMIN_PAGES) expect((await get(path, cookies.plain)).status, path).toBe(403);
    const csv = await get('/agent/paiements/export', cookies.plain);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('let an admin everywhere', async () => {
    for (const path of [...PAGES, ...ADMIN_PAGES])
      expect((await get(path, cookies.admin)).status, path).toBe(200);
  });

  it('refuse an export with a filter that makes no sense', async () => {
    const res = await get('/agent/paiements/export?from=31/02/2026', cookies.admin);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: { from: 'invalidDate' } });
  });

  it('answer 404 for a payment that does not exist', async () => {
    expect((await get(`/agent/paiements/${crypto.randomUUID()}`, cookies.admin)).status).toBe(404);
    expect((await get('/agent/paiements/not-a-uuid', cookies.admin)).status).toBe(404);
  });
});

describe('agent actions over HTTP', () => {
  it('do nothing for a plain agent who posts an admin form', async () => {
    const html = await teamPage(cookies.admin!);
    const email = `intruder-${suffix}@lalo.test`;
    const res = await submitForm(`${baseUrl()}/agent/equipe`, {
      pick: isCreate,
      cookie: cookies.plain,
      html,
      fields: { name: 'Intruder', email, role: 'admin', password: 'intruder-password' },
    });
    expect(res.status).toBe(403);
    expect(await teamPage(cookies.admin!)).not.toContain(email);
  });

  it('do a form submitted twice only once', async () => {
    const html = await teamPage(cookies.admin!);
    const email = `twice-${suffix}@lalo.test`;
    const post = () =>
      submitForm(`${baseUrl()}/agent/equipe`, {
        pick: isCreate,
        cookie: cookies.admin,
        html,
        fields: { name: 'Twice', email, role: 'agent', password: 'twice-password-123' },
      });
    expect((await post()).html).toContain('Compte créé.');
    expect((await post()).html).toContain('C’est déjà fait');
    const team = await teamPage(cookies.admin!);
    expect(team.split(`>${email}<`).length - 1).toBe(1);
  });

  it('sign out for real: the old cookie no longer opens anything', async () => {
    const cookie = await signIn(PLAIN);
    expect((await get('/agent', cookie)).status).toBe(200);
    const page = await (await get('/agent', cookie)).text();
    // The header's first form is the sign-out button; the second switches the language.
    const signOutId = Object.keys(hiddenFieldsOfForms(page)[0] ?? {})[0] ?? 'none';
    expect(signOutId).toMatch(/^\$ACTION_ID_/);
    const res = await submitForm(`${baseUrl()}/agent`, {
      pick: (f) => signOutId in f,
      cookie,
      html: page,
      fields: {},
    });
    expect(res.status).toBe(303);
    expect(res.location).toContain('/agent/connexion?signedOut=1');
    const after = await get('/agent', cookie);
    expect(after.status).toBe(307);
    expect((await get('/agent/paiements/export', cookie)).status).toBe(401);
  });
});
