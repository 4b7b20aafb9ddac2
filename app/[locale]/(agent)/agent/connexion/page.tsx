import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/app/[locale]/(agent)/agent/_components/agent-forms';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { currentAgent, sessionExpired } from '@/lib/auth/current';

export async function generateMetadata() {
  return { title: (await getTranslations('Agent.signIn'))('title') };
}

type Props = { searchParams: Promise<{ from?: string; signedOut?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const [{ from, signedOut }, agent, t] = await Promise.all([
    searchParams,
    currentAgent(),
    getTranslations('Agent.signIn'),
  ]);
  if (agent) redirect('/agent');
  // Said only when true: a first visit, a sign-out or a revoked session is no expiry.
  const expired = !signedOut && (await sessionExpired());
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t('title')}</h1>
      {signedOut ? <Alert tone="success">{t('signedOut')}</Alert> : null}
      {expired ? <Alert tone="info">{t('expired')}</Alert> : null}
      {from && !signedOut && !expired ? <Alert tone="info">{t('toContinue')}</Alert> : null}
      <Card>
        <p className="mb-4 text-slate-700">{t('intro')}</p>
        <SignInForm
          id="sign-in"
          namespace="Agent"
          hidden={from ? { from } : {}}
          submitLabel={t('submit')}
          fields={[
            {
              name: 'email',
              label: t('email'),
              type: 'email',
              autoComplete: 'username',
              inputMode: 'email',
            },
            {
              name: 'password',
              label: t('password'),
              type: 'password',
              autoComplete: 'current-password',
            },
          ]}
        />
      </Card>
    </div>
  );
}
