import { getTranslations } from 'next-intl/server';
import { pageLocale, prerenderedOnFirstRequest, type LocaleParams } from '@/i18n/page-locale';
import { Card } from '@/components/ui/card';
import { CardIcon, PhoneIcon } from '@/components/ui/icons';
import { ContractForm } from './_components/contract-form';

const STEPS = ['1', '2', '3'] as const;
const WALLETS = ['Orange Money', 'MTN MoMo', 'Moov Money', 'Wave'];

// Prerendered (lib/http/prerendered.ts): once per process and language, on its first request.
export const generateStaticParams = prerenderedOnFirstRequest;

export default async function HomePage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations('Home');
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="home-title" className="flex flex-col gap-3">
        <h1 id="home-title" className="text-3xl font-bold text-brand-900 sm:text-4xl">
          {t('title')}
        </h1>
        <p className="max-w-2xl text-lg text-slate-700">{t('lead')}</p>
      </section>

      <Card aria-labelledby="form-title" className="flex max-w-xl flex-col gap-4">
        <h2 id="form-title" className="text-xl font-bold text-slate-900">
          {t('formTitle')}
        </h2>
        <ContractForm />
      </Card>

      <section aria-labelledby="steps-title" className="flex flex-col gap-4">
        <h2 id="steps-title" className="text-xl font-bold text-slate-900">
          {t('stepsTitle')}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {STEPS.map((n) => (
            <li key={n}>
              <Card className="h-full">
                <p className="flex items-center gap-3">
                  <span
                    aria-hidden="true"
                    className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-700 font-bold text-white"
                  >
                    {n}
                  </span>
                  <span className="font-semibold text-slate-900">{t(`step${n}Title`)}</span>
                </p>
                <p className="mt-2 text-slate-700">{t(`step${n}Body`)}</p>
              </Card>
            </li>
          ))}
        </ol>
      </section>

      <Card aria-labelledby="methods-title">
        <h2 id="methods-title" className="text-lg font-bold text-slate-900">
          {t('methodsTitle')}
        </h2>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-slate-800">
          <li className="flex items-center gap-2">
            <CardIcon className="shrink-0 text-brand-700" /> {t('card')}
          </li>
          <li className="flex items-center gap-2">
            <PhoneIcon className="shrink-0 text-brand-700" /> {t('mobileMoney')} :{' '}
            {WALLETS.join(', ')}
          </li>
        </ul>
      </Card>
    </div>
  );
}
