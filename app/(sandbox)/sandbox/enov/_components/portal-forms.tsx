'use client';

import { formFor } from '@/components/forms/simple-form';
import {
  appkeySchema,
  changePasswordSchema,
  loginSchema,
  registerSchema,
} from '@/lib/sandbox/portal/schemas';
import { changePasswordAction } from '../_actions/change-password';
import { createAppkeyAction } from '../_actions/create-appkey';
import { logInAction } from '../_actions/log-in';
import { registerAction } from '../_actions/register';

/** The Enov portal's forms, each bound to its action and the schema that action checks. */
export const LogInForm = formFor(logInAction, loginSchema);
export const RegisterForm = formFor(registerAction, registerSchema);
export const ChangePasswordForm = formFor(changePasswordAction, changePasswordSchema);
export const AppkeyForm = formFor(createAppkeyAction, appkeySchema);
