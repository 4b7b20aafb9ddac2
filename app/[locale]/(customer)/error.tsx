'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

// Never a stack trace: a plain message and a way to try again.
export default function CustomerError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('Error');
  const common = useTranslations('Common');
  return (
    <div className="flex flex-col items-start gap-4">
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <Alert tone="error" live>
        {t('body')}
      </Alert>
      <Button onClick={reset}>{common('tryAgain')}</Button>
    </div>
  );
}
