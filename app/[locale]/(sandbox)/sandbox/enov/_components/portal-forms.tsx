'use client';

import { formFor } from '@/components/forms/simple-form';
import { changePasswordAction } from '../_actions/change-password';
import { createAppkeyAction } from '../_actions/create-appkey';
import { logInAction } from '../_actions/log-in';
import { registerAction } from '../_actions/register';

const schemas = () => import('@/lib/sandbox/portal/schemas');

/** The Enov portal's forms, each bound to its action and the schema that action checks. */
export const LogInForm = formFor(logInAction, async () => (await schemas()).loginSchema);
export const RegisterForm = formFor(registerAction, async () => (await schemas()).registerSchema);
export const ChangePasswordForm = formFor(
  changePasswordAction,
  async () => (await schemas()).changePasswordSchema,
);
export const AppkeyForm = formFor(createAppkeyAction, async () => (await schemas()).appkeySchema);
