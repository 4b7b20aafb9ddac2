import { z } from 'zod';

/** The agent forms' schemas, shared by the forms (client) and the actions (server). */

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'required')
    .max(254, 'invalidEmail')
    .pipe(z.email('invalidEmail')),
  password: z.string().min(1, 'required').max(1024, 'required'),
});

export const AGENT_ROLES = ['agent', 'admin'] as const;

const newPassword = z.string().min(12, 'passwordTooShort').max(256, 'passwordTooLong');

export const createAgentSchema = z.object({
  requestId: z.uuid('invalidForm'),
  email: signInSchema.shape.email,
  name: z.string().trim().min(1, 'required').max(100, 'tooLong'),
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
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
