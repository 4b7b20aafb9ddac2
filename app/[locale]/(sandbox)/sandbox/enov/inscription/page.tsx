import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RegisterForm } from '@/app/[locale]/(sandbox)/sandbox/enov/_components/portal-forms';
import { PortalCard, portalLinkClass } from '../_components/portal-card';
import { currentPortalAccount } from '@/lib/sandbox/portal/session';

export async function generateMetadata() {
  return { title: (await getTranslations('Portal'))('registerTitle') };
}

export default async function RegisterPage() {
  if (await currentPortalAccount()) redirect('/sandbox/enov');
  const t = await getTranslations('Portal');
  return (
    <PortalCard
      title={t('registerTitle')}
      footer={
        <>
          {t('haveAccount')}{' '}
          <Link href="/sandbox/enov/connexion" className={portalLinkClass}>
            {t('login')}
          </Link>
        </>
      }
    >
      <RegisterForm
        id="register"
        namespace="Portal"
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
    </PortalCard>
  );
}
