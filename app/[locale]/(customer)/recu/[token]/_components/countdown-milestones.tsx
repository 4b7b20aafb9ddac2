'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';

/** Seconds left at which the wait is announced: few enough not to talk over the phone's prompt. */
const MILESTONES = [120, 60, 30] as const;

/**
 * The countdown's only words to a screen reader: "2 minutes left", "1 minute", "30 seconds",
 * each once, as it is crossed. The visible countdown is not live: inside the status it had
 * the whole message re-read every second (94 times in a 91-second wait).
 */
export function CountdownMilestones({ seconds }: { seconds: number | null }) {
  const t = useTranslations('Receipt');
  const [text, setText] = useState('');
  const last = useRef<number | null>(null);

  useEffect(() => {
    const before = last.current;
    last.current = seconds;
    // Only a milestone crossed while watching: arriving with 20 s left announces nothing.
    if (before === null || seconds === null) return;
    const crossed = MILESTONES.find((m) => before > m && seconds <= m);
    if (crossed) setText(t(`milestones.${crossed}`));
  }, [seconds, t]);

  return (
    <p role="status" className="sr-only" data-testid="countdown-milestones">
      {text}
    </p>
  );
}
