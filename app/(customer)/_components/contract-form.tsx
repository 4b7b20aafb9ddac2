'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { FormMessage } from '@/components/forms/form-message';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { findContractAction } from '@/app/actions/find-contract';
import { IDLE } from '@/lib/action-state';
import { contractLookupSchema, type ContractLookupInput } from '@/lib/contracts/contract-number';
import { schemaResolver } from '@/lib/forms/schema-resolver';

/**
 * The one field of the home page. Checked in the browser with the server's own schema (so a
 * typo is caught at once), and posted as a plain form without JavaScript.
 */
export function ContractForm({ defaultValue }: { defaultValue?: string }) {
  const t = useTranslations('Home');
  const [state, action] = useActionState(findContractAction, IDLE);
  const [pending, startTransition] = useTransition();
  const form = useForm<ContractLookupInput>({
    resolver: schemaResolver<ContractLookupInput>(contractLookupSchema),
    defaultValues: { contract: defaultValue ?? state.values?.contract ?? '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const errorKey = form.formState.errors.contract?.message ?? state.fieldErrors?.contract;
  const error = errorKey ? t(`errors.${errorKey}` as 'errors.required') : undefined;

  return (
    <form
      action={action}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        void form.handleSubmit(() => startTransition(() => action(data)))(event);
      }}
      className="flex flex-col gap-4"
    >
      <FormMessage
        state={error ? { status: 'error' } : IDLE}
        text={error ? t('errors.summary') : undefined}
      />
      <TextField
        id="contract"
        label={t('contractLabel')}
        hint={t('contractHint')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        error={error}
        {...form.register('contract')}
      />
      <div>
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? t('searching') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
