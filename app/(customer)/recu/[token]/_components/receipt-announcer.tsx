'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';

/** Seconds left at which the wait is announced: few enough not to talk over the phone's prompt. */
const MILESTONES = [120, 60, 30] as const;

/**
 * The receipt's only live region. It stays empty on arrival (the heading says the state, and
 * takes focus after paying), then says each change of state and a few milestones of the
 * mobile-money wait, never the countdown's every second: a screen reader re-read the whole
 * status 94 times in a 91-second wait.
 */
export function ReceiptAnnouncer({
  status,
  seconds,
}: {
  /** The state in words: announced when it changes. */
  status: string;
  seconds: number | null;
}) {
  const t = useTranslations('Receipt');
  const [text, setText] = useState('');
  const lastStatus = useRef(status);
  const lastSeconds = useRef<number | null>(null);

  useEffect(() => {
    if (status === lastStatus.current) return;
    lastStatus.current = status;
    setText(status);
  }, [status]);

  useEffect(() => {
    const before = lastSeconds.current;
    lastSeconds.current = seconds;
    // Only a milestone crossed while watching: arriving with 20 s left announces nothing.
    if (before === null || seconds === null) return;
    const crossed = MILESTONES.find((m) => before > m && seconds <= m);
    if (crossed) setText(t(`milestones.${crossed}`));
  }, [seconds, t]);

  return (
    <p role="status" className="sr-only" data-testid="receipt-announcer">
      {text}
    </p>
  );
}
