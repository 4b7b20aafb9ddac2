import { getTranslations } from 'next-intl/server';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { AlertIcon, ClockIcon, HalfIcon } from '@/components/ui/icons';
import type { InvoiceState } from '@/lib/enov/types';

// Each state has its own icon and words as well as its colour (WCAG 1.4.1).
const LOOK: Record<InvoiceState, { tone: BadgeTone; icon: React.ReactNode }> = {
  pending: { tone: 'info', icon: <ClockIcon /> },
  unpaid: { tone: 'danger', icon: <AlertIcon /> },
  partial: { tone: 'warning', icon: <HalfIcon /> },
};

export async function InvoiceStateBadge({ state }: { state: InvoiceState }) {
  const t = await getTranslations('Contract.states');
  return (
    <Badge tone={LOOK[state].tone} icon={LOOK[state].icon}>
      {t(state)}
    </Badge>
  );
}
