import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SimpleForm } from '@/components/forms/simple-form';
import { Card } from '@/components/ui/card';
import { currentPortalAccount } from '@/lib/sandbox/portal/session';
import { logIn } from '../_actions/log-in';

export async function generateMetadata() {
  return { title: (await getTranslations('Portal'))('loginTitle') };
}

export default async function LoginPage() {
  if (await currentPortalAccount()) redirect('/sandbox/enov');
  const t = await getTranslations('Portal');
  return (
    <Card className="mx-auto flex max-w-lg flex-col gap-5">
      <h1 className="text-2xl font-bold text-slate-900">{t('loginTitle')}</h1>
      <SimpleForm
        id="login"
        action={logIn}
        messages="Portal"
        submitLabel={t('loginSubmit')}
        fields={[
          { name: 'login', label: t('fieldLoginOrEmail'), autoComplete: 'username' },
          {
            name: 'password',
            label: t('fieldPassword'),
            type: 'password',
            autoComplete: 'current-password',
          },
        ]}
      />
      <p className="text-slate-700">
        {t('noAccount')}{' '}
        <Link href="/sandbox/enov/inscription" className="font-semibold text-brand-700 underline">
          {t('register')}
        </Link>
      </p>
    </Card>
  );
}
