import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SimpleForm } from '@/components/forms/simple-form';
import { Card } from '@/components/ui/card';
import { currentPortalAccount } from '@/lib/sandbox/portal/session';
import { register } from '../_actions/register';

export async function generateMetadata() {
  return { title: (await getTranslations('Portal'))('registerTitle') };
}

export default async function RegisterPage() {
  if (await currentPortalAccount()) redirect('/sandbox/enov');
  const t = await getTranslations('Portal');
  return (
    <Card className="mx-auto flex max-w-lg flex-col gap-5">
      <h1 className="text-2xl font-bold text-slate-900">{t('registerTitle')}</h1>
      <SimpleForm
        id="register"
        action={register}
        messages="Portal"
        submitLabel={t('registerSubmit')}
        fields={[
          {
            name: 'login',
            label: t('fieldLogin'),
            hint: t('fieldLoginHint'),
            autoComplete: 'username',
          },
          {
            name: 'email',
            label: t('fieldEmail'),
            type: 'email',
            autoComplete: 'email',
            inputMode: 'email',
          },
          {
            name: 'phone',
            label: t('fieldPhone'),
            hint: t('fieldPhoneHint'),
            type: 'tel',
            autoComplete: 'tel',
            inputMode: 'tel',
          },
          {
            name: 'password',
            label: t('fieldPassword'),
            hint: t('fieldPasswordHint'),
            type: 'password',
            autoComplete: 'new-password',
          },
        ]}
      />
      <p className="text-slate-700">
        {t('haveAccount')}{' '}
        <Link href="/sandbox/enov/connexion" className="font-semibold text-brand-700 underline">
          {t('login')}
        </Link>
      </p>
    </Card>
  );
}
