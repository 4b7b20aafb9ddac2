import { getTranslations } from 'next-intl/server';
import { AppkeyForm } from '@/app/[locale]/(sandbox)/sandbox/enov/_components/portal-forms';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Alert } from '@/components/ui/alert';
import { getDb } from '@/lib/db';
import { listAppkeys } from '@/lib/sandbox/enov/accounts';
import { currentPortalAccount } from '@/lib/sandbox/portal/session';
import { AccountMenu } from './_components/account-menu';

export async function generateMetadata() {
  return { title: (await getTranslations('Portal'))('title') };
}

export default async function PortalHome({
  searchParams,
}: {
  searchParams: Promise<{ bienvenue?: string }>;
}) {
  const [t, account, { bienvenue }] = await Promise.all([
    getTranslations('Portal'),
    currentPortalAccount(),
    searchParams,
  ]);
  if (!account) {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="max-w-2xl text-lg text-slate-700">{t('intro')}</p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/sandbox/enov/inscription">{t('register')}</ButtonLink>
          <ButtonLink href="/sandbox/enov/connexion" variant="secondary">
            {t('login')}
          </ButtonLink>
        </div>
        <Endpoints />
      </div>
    );
  }
  const appkeys = await listAppkeys(getDb(), account.id);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">
          {t('welcome', { login: account.login })}
        </h1>
        <AccountMenu login={account.login} email={account.email} />
      </div>
      {bienvenue ? <Alert tone="success">{t('welcomeNew')}</Alert> : null}
      <Card aria-labelledby="appkeys-title" className="flex flex-col gap-3">
        <h2 id="appkeys-title" className="text-xl font-bold text-slate-900">
          {t('appkeysTitle')}
        </h2>
        <p className="text-slate-700">{t('appkeysHint')}</p>
        <ul className="flex flex-col divide-y divide-slate-200">
          {appkeys.map((k) => (
            <li key={k.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:justify-between">
              <span className="font-semibold text-slate-900">{k.application}</span>
              <code className="rounded bg-slate-100 px-2 py-1 text-sm break-all text-slate-900">
                {k.appkey}
              </code>
            </li>
          ))}
        </ul>
      </Card>
      <Card aria-labelledby="create-title" className="flex flex-col gap-3">
        <h2 id="create-title" className="text-xl font-bold text-slate-900">
          {t('createAppkey')}
        </h2>
        <AppkeyForm
          id="appkey"
          namespace="Portal"
          submitLabel={t('createSubmit')}
          fields={[{ name: 'application', label: t('fieldApplication') }]}
        />
      </Card>
      <Endpoints />
    </div>
  );
}

async function Endpoints() {
  const t = await getTranslations('Portal');
  return (
    <Card aria-labelledby="endpoints-title">
      <h2 id="endpoints-title" className="text-lg font-bold text-slate-900">
        {t('endpointsTitle')}
      </h2>
      <dl className="mt-2 grid gap-2 text-slate-800 sm:grid-cols-[auto_1fr] sm:gap-x-4">
        <dt className="font-semibold">{t('endpointSelect')}</dt>
        <dd>
          <code className="break-all">POST /sandbox/enov/api/enovfacture</code>
        </dd>
        <dt className="font-semibold">{t('endpointIpn')}</dt>
        <dd>
          <code className="break-all">POST /sandbox/enov/api/enovipn</code>
        </dd>
      </dl>
    </Card>
  );
}
