'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import {
  failuresFor,
  SANDBOX_ENDPOINTS,
  type SandboxEndpoint,
} from '@/lib/sandbox/faults-constants';
import { setFaultAction } from '../_actions/set-fault';

const loadSchema = async () => (await import('@/lib/sandbox/fault-form')).faultFormSchema;

export function FaultForm() {
  const t = useTranslations('Sandbox');
  const forms = useTranslations('Forms');
  const { state, outcome, form, fieldError, messageRef, formProps } = useActionForm(
    setFaultAction,
    loadSchema,
  );
  const [endpoint, setEndpoint] = useState<SandboxEndpoint>('enovipn');
  const [failure, setFailure] = useState('');
  // Each endpoint offers only the failures it takes (the server checks it again).
  const failures = failuresFor(endpoint);
  const chooseEndpoint = (next: SandboxEndpoint) => {
    setEndpoint(next);
    if (!(failuresFor(next) as readonly string[]).includes(failure)) setFailure('');
  };
  const endpointField = form.register('endpoint');
  const failureField = form.register('failure');
  const error = (field: string) => {
    const key = fieldError(field);
    return key ? t(`errors.${key}` as 'errors.code') : undefined;
  };
  const message =
    outcome.status === 'success'
      ? t('faultSet')
      : outcome.status === 'error'
        ? t('errors.invalidForm')
        : undefined;
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2">
      <div ref={messageRef} tabIndex={-1} className="outline-none sm:col-span-2">
        <FormMessage state={outcome} text={message} />
      </div>
      <SelectField
        {...endpointField}
        id="fault-endpoint"
        label={t('endpoint')}
        value={endpoint}
        onChange={(e) => {
          chooseEndpoint(e.target.value as SandboxEndpoint);
          void endpointField.onChange(e);
        }}
        options={SANDBOX_ENDPOINTS.map((e) => ({ value: e, label: e }))}
      />
      <SelectField
        {...failureField}
        id="fault-failure"
        label={t('failure')}
        value={failure}
        onChange={(e) => {
          setFailure(e.target.value);
          void failureField.onChange(e);
        }}
        error={error('failure')}
        options={[
          { value: '', label: t('failureNone') },
          ...failures.map((f) => ({ value: f, label: t(`failures.${f}`) })),
        ]}
      />
      <TextField
        id="fault-latency"
        {...form.register('latencyMs')}
        label={t('latency')}
        inputMode="numeric"
        defaultValue={state.values?.latencyMs ?? '0'}
        error={error('latencyMs')}
      />
      <TextField
        id="fault-rate"
        {...form.register('rate')}
        label={t('rate')}
        inputMode="numeric"
        defaultValue={state.values?.rate ?? '100'}
        error={error('rate')}
      />
      {failure === 'code' ? (
        <TextField
          id="fault-code"
          {...form.register('code')}
          label={t('code')}
          hint={t('codeHint')}
          defaultValue={state.values?.code}
          error={error('code')}
        />
      ) : null}
      {failure === 'hang' ? (
        <TextField
          id="fault-hang"
          {...form.register('hangMs')}
          label={t('hangMs')}
          inputMode="numeric"
          defaultValue={state.values?.hangMs ?? '120000'}
          error={error('hangMs')}
        />
      ) : null}
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel={forms('sending')}>{t('apply')}</SubmitButton>
      </div>
    </form>
  );
}
