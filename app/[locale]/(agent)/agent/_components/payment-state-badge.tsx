import { getTranslations } from 'next-intl/server';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { AlertIcon, CheckIcon, ClockIcon, InfoIcon } from '@/components/ui/icons';
import type { PaymentState } from '@/lib/payments/state-machine';

const TONES: Record<PaymentState, BadgeTone> = {
  pending: 'info',
  awaiting_approval: 'info',
  authorised: 'info',
  captured: 'info',
  confirmed: 'success',
  declined: 'neutral',
  expired: 'neutral',
  failed: 'neutral',
  refunded: 'warning',
  charged_back: 'danger',
  needs_attention: 'danger',
};

const ICONS: Record<BadgeTone, React.ReactNode> = {
  info: <ClockIcon />,
  success: <CheckIcon />,
  neutral: <InfoIcon />,
  warning: <InfoIcon />,
  danger: <AlertIcon />,
};

export async function PaymentStateBadge({ state }: { state: string }) {
  const t = await getTranslations('Agent.states');
  const tone = TONES[state as PaymentState] ?? 'neutral';
  return (
    <Badge tone={tone} icon={ICONS[tone]}>
      {t(state as PaymentState)}
    </Badge>
  );
}
