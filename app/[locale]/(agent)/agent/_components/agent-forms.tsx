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

const agentForms = () => import('@/lib/agent/forms');
const authForms = () => import('@/lib/auth/forms');

/** The agents' forms, each bound to its action and the schema that action checks. */
export const SignInForm = formFor(signInAgentAction, async () => (await authForms()).signInSchema);
export const RefundForm = formFor(
  refundPaymentAction,
  async () => (await agentForms()).refundSchema,
);
export const ChargebackForm = formFor(
  recordChargebackAction,
  async () => (await agentForms()).chargebackSchema,
);
export const ResendReceiptForm = formFor(
  resendReceiptAction,
  async () => (await agentForms()).resendReceiptSchema,
);
export const RetryDeliveryForm = formFor(
  retryDeliveryAction,
  async () => (await agentForms()).retryDeliverySchema,
);
export const CreateAgentForm = formFor(
  createAgentAction,
  async () => (await authForms()).createAgentSchema,
);
export const ResetPasswordForm = formFor(
  resetAgentPasswordAction,
  async () => (await authForms()).resetPasswordSchema,
);
export const SetDisabledForm = formFor(
  setAgentDisabledAction,
  async () => (await authForms()).setDisabledSchema,
);
