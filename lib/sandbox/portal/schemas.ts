import * as z from 'zod/mini';

/**
 * The Enov developer portal's forms; each message is a key of `Portal.errors`. zod/mini, like
 * every schema a page carries: see lib/contracts/contract-number.ts.
 */

const password = z
  .string()
  .check(z.minLength(8, 'passwordShort'), z.maxLength(128, 'passwordLong'));

export const registerSchema = z.object({
  login: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9._-]{3,40}$/, 'loginInvalid')),
  email: z
    .string()
    .check(
      z.trim(),
      z.toLowerCase(),
      z.regex(z.regexes.email, 'emailInvalid'),
      z.maxLength(254, 'emailInvalid'),
    ),
  phone: z.pipe(
    z.pipe(
      z.string().check(z.trim()),
      z.transform((v: string) => v.replace(/[\s.-]/g, '')),
    ),
    z.string().check(z.regex(/^\+?\d{8,15}$/, 'phoneInvalid')),
  ),
  password,
});

export const loginSchema = z.object({
  login: z.string().check(z.trim(), z.minLength(1, 'loginRequired')),
  password: z.string().check(z.minLength(1, 'passwordRequired')),
});

export const changePasswordSchema = z
  .object({
    current: z.string().check(z.minLength(1, 'passwordRequired')),
    next: password,
    confirm: z.string(),
  })
  .check(z.refine((v) => v.next === v.confirm, { path: ['confirm'], message: 'passwordMismatch' }));

export const appkeySchema = z.object({
  application: z
    .string()
    .check(z.trim(), z.minLength(2, 'applicationInvalid'), z.maxLength(80, 'applicationInvalid')),
});
