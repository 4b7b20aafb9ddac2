'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/ui/text-field';
import { findContractAction } from '@/app/actions/find-contract';

const loadSchema = async () =>
  (await import('@/lib/contracts/contract-number')).contractLookupSchema;

/**
 * The one field of the home page, checked in the browser with the server's own schema (so a
 * typo is caught at once), and posted as a plain form without JavaScript.
 */
export function ContractForm({ defaultValue }: { defaultValue?: string }) {
  const t = useTranslations('Home');
  const { state, outcome, form, fieldError, messageRef, formProps } = useActionForm(
    findContractAction,
    loadSchema,
  );
  const errorKey = fieldError('contract');
  const error = errorKey ? t(`errors.${errorKey}` as 'errors.required') : undefined;

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        <FormMessage state={outcome} text={error ? t('errors.summary') : undefined} />
      </div>
      <TextField
        id="contract"
        label={t('contractLabel')}
        hint={t('contractHint')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        error={error}
        defaultValue={state.values?.contract ?? defaultValue}
        autoFocus={state.status === 'error'}
        {...form.register('contract')}
      />
      <div>
        <SubmitButton size="lg" pendingLabel={t('searching')}>
          {t('submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
