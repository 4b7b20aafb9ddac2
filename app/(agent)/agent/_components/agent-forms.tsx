'use client';

import { createAgentAction } from '@/app/actions/agent/create-agent';
import { recordChargebackAction } from '@/app/actions/agent/record-chargeback';
import { refundPaymentAction } from '@/app/actions/agent/refund-payment';
import { resendReceiptAction } from '@/app/actions/agent/resend-receipt';
import { resetAgentPasswordAction } from '@/app/actions/agent/reset-agent-password';
import { retryDeliveryAction } from '@/app/actions/agent/retry-delivery';
import { setAgentDisabledAction } from '@/app/actions/agent/set-agent-disabled';
import { signInAgentAction } from '@/app/actions/agent/sign-in';
import { formFor } from '@/components/forms/simple-form';
import {
  chargebackSchema,
  refundSchema,
  resendReceiptSchema,
  retryDeliverySchema,
} from '@/lib/agent/forms';
import {
  createAgentSchema,
  resetPasswordSchema,
  setDisabledSchema,
  signInSchema,
} from '@/lib/auth/forms';

/** The agents' forms, each bound to its action and the schema that action checks. */
export const SignInForm = formFor(signInAgentAction, signInSchema);
export const RefundForm = formFor(refundPaymentAction, refundSchema);
export const ChargebackForm = formFor(recordChargebackAction, chargebackSchema);
export const ResendReceiptForm = formFor(resendReceiptAction, resendReceiptSchema);
export const RetryDeliveryForm = formFor(retryDeliveryAction, retryDeliverySchema);
export const CreateAgentForm = formFor(createAgentAction, createAgentSchema);
export const ResetPasswordForm = formFor(resetAgentPasswordAction, resetPasswordSchema);
export const SetDisabledForm = formFor(setAgentDisabledAction, setDisabledSchema);
