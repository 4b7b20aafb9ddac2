import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/app/[locale]/(sandbox)/sandbox/enov/_components/portal-forms';
import { PortalCard, portalLinkClass } from '../_components/portal-card';
import { currentPortalAccount } from '@/lib/sandbox/portal/session';

export async function generateMetadata() {
  return { title: (await getTranslations('Portal'))('changePassword') };
}

export default async function ChangePasswordPage() {
  if (!(await currentPortalAccount())) redirect('/sandbox/enov/connexion');
  const t = await getTranslations('Portal');
  return (
    <PortalCard
      title={t('changePassword')}
      footer={
        <Link href="/sandbox/enov" className={portalLinkClass}>
          {t('backToPortal')}
        </Link>
      }
    >
      <ChangePasswordForm
        id="password"
        namespace="Portal"
        submitLabel={t('changeSubmit')}
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
    </PortalCard>
  );
}
