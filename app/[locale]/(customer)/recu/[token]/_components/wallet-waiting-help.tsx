'use client';

import { useTranslations } from 'next-intl';
import { changeWalletNumberAction } from '@/app/actions/change-wallet-number';
import { SubmitButton } from '@/components/forms/submit-button';
import {
  ussdHref,
  WALLET_APPROVAL_HELP,
  type WalletApprovalHelp,
} from '@/lib/payments/wallet-help';
import type { Wallet } from '@/lib/payments/mobile-money';

/**
 * What to do while a mobile-money request waits: find it in the operator's menu when no prompt
 * shows, or send it to another number. A plain form: it works without JavaScript.
 */
export function WalletWaitingHelp({ token, wallet }: { token: string; wallet: Wallet }) {
  const t = useTranslations('Receipt');
  const operator = useTranslations('Checkout.methods')(wallet);
  const help: WalletApprovalHelp = WALLET_APPROVAL_HELP[wallet];
  return (
    <section
      aria-labelledby="no-prompt-title"
      className="no-print flex flex-col gap-3 rounded-lg border border-slate-300 p-4"
    >
      <h2 id="no-prompt-title" className="text-lg font-bold text-slate-900">
        {t('noPromptTitle')}
      </h2>
      {help.kind === 'ussd' ? (
        <p>
          {t('noPromptUssd', { operator })}{' '}
          <a
            href={ussdHref(help.code)}
            className="inline-flex min-h-11 items-center font-semibold whitespace-nowrap text-brand-700 underline"
          >
            {t('dialUssd', { code: help.code })}
          </a>
        </p>
      ) : (
        <p>{t('noPromptApp', { operator })}</p>
      )}
      <form action={changeWalletNumberAction} className="flex flex-col gap-2">
        <input type="hidden" name="token" value={token} />
        <p className="text-sm text-slate-700">{t('changeNumberHint')}</p>
        <div>
          <SubmitButton variant="secondary" pendingLabel={t('changingNumber')}>
            {t('changeNumber')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
