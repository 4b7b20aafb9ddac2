'use client';

import { useFormStatus } from 'react-dom';
import type { ReactNode } from 'react';
import { Button, type ButtonSize, type ButtonVariant } from '@/components/ui/button';

/** A submit button that is disabled (and says so) while its form is being sent. */
export function SubmitButton({
  children,
  pendingLabel,
  variant,
  size,
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel: ReactNode;
  variant?: ButtonVariant;
  size?: ButtonSize;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      variant={variant}
      size={size}
      disabled={pending}
      aria-disabled={pending}
      name={name}
      value={value}
    >
      {pending ? pendingLabel : children}
    </Button>
  );
}
