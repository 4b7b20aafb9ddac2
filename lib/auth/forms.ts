import * as z from 'zod/mini';

/**
 * The agent forms' schemas, shared by the forms (client) and the actions (server); each
 * message is a key of `Agent.errors`. zod/mini, like every schema a page carries: see
 * lib/contracts/contract-number.ts.
 */

const email = z.pipe(
  z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(254, 'invalidEmail')),
  z.email('invalidEmail'),
);

export const signInSchema = z.object({
  email,
  password: z.string().check(z.minLength(1, 'required'), z.maxLength(1024, 'required')),
});

export const AGENT_ROLES = ['agent', 'admin'] as const;

const newPassword = z
  .string()
  .check(z.minLength(12, 'passwordTooShort'), z.maxLength(256, 'passwordTooLong'));

export const createAgentSchema = z.object({
  requestId: z.uuid('invalidForm'),
  email,
  name: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(100, 'tooLong')),
  role: z.enum(AGENT_ROLES, 'required'),
  password: newPassword,
});

export const resetPasswordSchema = z.object({
  requestId: z.uuid('invalidForm'),
  agentId: z.uuid('invalidForm'),
  password: newPassword,
});

export const setDisabledSchema = z.object({
  requestId: z.uuid('invalidForm'),
  agentId: z.uuid('invalidForm'),
  disabled: z.pipe(
    z.enum(['true', 'false']),
    z.transform((v: 'true' | 'false') => v === 'true'),
  ),
});
