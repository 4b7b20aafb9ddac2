import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LogInForm } from '@/app/[locale]/(sandbox)/sandbox/enov/_components/portal-forms';
import { PortalCard, portalLinkClass } from '../_components/portal-card';
import { currentPortalAccount } from '@/lib/sandbox/portal/session';

export async function generateMetadata() {
  return { title: (await getTranslations('Portal'))('loginTitle') };
}

export default async function LoginPage() {
  if (await currentPortalAccount()) redirect('/sandbox/enov');
  const t = await getTranslations('Portal');
  return (
    <PortalCard
      title={t('loginTitle')}
      footer={
        <>
          {t('noAccount')}{' '}
          <Link href="/sandbox/enov/inscription" className={portalLinkClass}>
            {t('register')}
          </Link>
        </>
      }
    >
      <LogInForm
        id="login"
        namespace="Portal"
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
    </PortalCard>
  );
}
