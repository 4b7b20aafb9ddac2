import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SimpleForm } from '@/components/forms/simple-form';
import { Card } from '@/components/ui/card';
import { currentPortalAccount } from '@/lib/sandbox/portal/session';
import { changePasswordAction } from '../_actions/change-password';

export async function generateMetadata() {
  return { title: (await getTranslations('Portal'))('changePassword') };
}

export default async function ChangePasswordPage() {
  if (!(await currentPortalAccount())) redirect('/sandbox/enov/connexion');
  const t = await getTranslations('Portal');
  return (
    <Card className="mx-auto flex max-w-lg flex-col gap-5">
      <h1 className="text-2xl font-bold text-slate-900">{t('changePassword')}</h1>
      <SimpleForm
        id="password"
        action={changePasswordAction}
        messages="Portal"
        submitLabel={t('changeSubmit')}
        resetOnSuccess
        fields={[
          {
            name: 'current',
            label: t('fieldCurrent'),
            type: 'password',
            autoComplete: 'current-password',
          },
          {
            name: 'next',
            label: t('fieldNext'),
            hint: t('fieldPasswordHint'),
            type: 'password',
            autoComplete: 'new-password',
          },
          {
            name: 'confirm',
            label: t('fieldConfirm'),
            type: 'password',
            autoComplete: 'new-password',
          },
        ]}
      />
      <Link href="/sandbox/enov" className="font-semibold text-brand-700 underline">
        {t('backToPortal')}
      </Link>
    </Card>
  );
}
