import { z } from 'zod';

/** The Enov developer portal's forms; each message is a key of `Portal.errors`. */

const password = z.string().min(8, 'passwordShort').max(128, 'passwordLong');

export const registerSchema = z.object({
  login: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{3,40}$/, 'loginInvalid'),
  email: z.string().trim().toLowerCase().email('emailInvalid').max(254, 'emailInvalid'),
  phone: z
    .string()
    .trim()
    .transform((v) => v.replace(/[\s.-]/g, ''))
    .pipe(z.string().regex(/^\+?\d{8,15}$/, 'phoneInvalid')),
  password,
});

export const loginSchema = z.object({
  login: z.string().trim().min(1, 'loginRequired'),
  password: z.string().min(1, 'passwordRequired'),
});

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, 'passwordRequired'),
    next: password,
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], message: 'passwordMismatch' });

export const appkeySchema = z.object({
  application: z.string().trim().min(2, 'applicationInvalid').max(80, 'applicationInvalid'),
});
