'use client';

import { useTranslations } from 'next-intl';
import { Button, ButtonLink, buttonClasses } from '@/components/ui/button';

/**
 * The next step after a try that took nothing, first on the page: the same invoices and amount
 * again, or the same checkout opened at its choice of method. Plain links: no JavaScript needed.
 */
export function ReceiptActions({ retryUrl }: { retryUrl: string }) {
  const t = useTranslations('Receipt');
  return (
    <div className="no-print flex flex-wrap gap-3">
      <ButtonLink href={retryUrl} prefetch={false}>
        {t('retry')}
      </ButtonLink>
      <ButtonLink href={`${retryUrl}#moyen`} variant="secondary" prefetch={false}>
        {t('otherMethod')}
      </ButtonLink>
    </div>
  );
}

/** Only a receipt for money taken can be printed or downloaded: the PDF route refuses the rest. */
export function PrintAndPdf({ token }: { token: string }) {
  const t = useTranslations('Receipt');
  return (
    <>
      <Button variant="secondary" onClick={() => window.print()}>
        {t('print')}
      </Button>
      <a href={`/recu/${token}/pdf`} download className={buttonClasses('secondary')}>
        {t('downloadPdf')}
      </a>
    </>
  );
}
