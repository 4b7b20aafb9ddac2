import type { ReactNode } from 'react';
import { AlertIcon, CheckIcon, InfoIcon } from './icons';
import { cn } from './cn';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

const TONES: Record<AlertTone, { box: string; icon: ReactNode }> = {
  info: { box: 'border-brand-200 bg-brand-50 text-brand-900', icon: <InfoIcon /> },
  success: { box: 'border-green-300 bg-green-50 text-green-900', icon: <CheckIcon /> },
  warning: { box: 'border-amber-300 bg-amber-50 text-amber-950', icon: <AlertIcon /> },
  error: { box: 'border-red-300 bg-red-50 text-red-900', icon: <AlertIcon /> },
};

/**
 * A message box. `live` makes it announced when it appears (role=alert for errors, status
 * otherwise); static explanations leave it off so they are not read out twice.
 */
export function Alert({
  tone = 'info',
  title,
  children,
  live = false,
  className,
}: {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  live?: boolean;
  className?: string;
}) {
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div role={role} className={cn('flex gap-3 rounded-lg border p-4', TONES[tone].box, className)}>
      <span className="mt-0.5 shrink-0 text-xl">{TONES[tone].icon}</span>
      {/* A long word breaks rather than pushing the page sideways (360 px, text at 200 %). */}
      <div className="flex min-w-0 flex-col gap-1 break-words">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="text-base">{children}</div> : null}
      </div>
    </div>
  );
}
