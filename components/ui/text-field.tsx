import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';
import { Field } from './field';

type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/** A labelled text input, its hint and error announced with it. */
export function TextField({ id, label, hint, error, className, ...props }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          className={cn(control.className, 'placeholder:text-slate-500')}
          {...props}
        />
      )}
    </Field>
  );
}
