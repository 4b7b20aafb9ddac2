'use client';

import { useTranslations } from 'next-intl';
import { CheckIcon, ClockIcon } from '@/components/ui/icons';
import type { ReceiptView } from '@/lib/payments/receipt';

type Step = 'done' | 'current' | 'waiting';

/** Authorising → notifying the insurer → reporting, as they happen; hidden once nothing was taken. */
export function ReceiptSteps({ receipt }: { receipt: ReceiptView }) {
  const t = useTranslations('Receipt');
  if (['declined', 'expired', 'failed'].includes(receipt.state)) return null;
  const charged = receipt.insurer !== 'none';
  const notified = receipt.insurer === 'confirmed' || receipt.insurer === 'refused';
  const steps: Array<[string, Step]> = [
    ['authorising', charged ? 'done' : 'current'],
    ['notifying', notified ? 'done' : charged ? 'current' : 'waiting'],
    ['reporting', receipt.reported ? 'done' : charged ? 'current' : 'waiting'],
  ];
  return (
    <ol className="no-print flex flex-col gap-2 sm:flex-row sm:gap-6">
      {steps.map(([key, step]) => (
        <li
          key={key}
          className="flex flex-wrap items-center gap-x-2"
          aria-current={step === 'current' ? 'step' : undefined}
        >
          <span className={step === 'done' ? 'text-green-700' : 'text-slate-500'}>
            {step === 'done' ? <CheckIcon /> : <ClockIcon />}
          </span>
          <span className={step === 'waiting' ? 'text-slate-600' : 'font-semibold text-slate-900'}>
            {t(`steps.${key}` as 'steps.notifying')}
          </span>
          <span className="text-sm text-slate-600">
            ({t(step === 'done' ? 'stepDone' : step === 'current' ? 'stepCurrent' : 'stepWaiting')})
          </span>
        </li>
      ))}
    </ol>
  );
}
