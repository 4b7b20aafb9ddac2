'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { IDLE, type ActionState } from '@/lib/action-state';
import {
  failuresFor,
  SANDBOX_ENDPOINTS,
  type SandboxEndpoint,
} from '@/lib/sandbox/faults-constants';
import { setFaultAction } from '../_actions/set-fault';

export function FaultForm() {
  const t = useTranslations('Sandbox');
  const forms = useTranslations('Forms');
  const [state, action] = useActionState<ActionState, FormData>(setFaultAction, IDLE);
  const [endpoint, setEndpoint] = useState<SandboxEndpoint>('enovipn');
  const [failure, setFailure] = useState('');
  // Each endpoint offers only the failures it takes (the server checks it again).
  const failures = failuresFor(endpoint);
  const chooseEndpoint = (next: SandboxEndpoint) => {
    setEndpoint(next);
    if (!(failuresFor(next) as readonly string[]).includes(failure)) setFailure('');
  };
  const error = (field: string) => {
    const key = state.fieldErrors?.[field];
    return key ? t(`errors.${key}` as 'errors.code') : undefined;
  };
  const message =
    state.status === 'success'
      ? t('faultSet')
      : state.status === 'error'
        ? t('errors.invalidForm')
        : undefined;
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage state={state} text={message} />
      </div>
      <SelectField
        id="fault-endpoint"
        name="endpoint"
        label={t('endpoint')}
        value={endpoint}
        onChange={(e) => chooseEndpoint(e.target.value as SandboxEndpoint)}
        options={SANDBOX_ENDPOINTS.map((e) => ({ value: e, label: e }))}
      />
      <SelectField
        id="fault-failure"
        name="failure"
        label={t('failure')}
        value={failure}
        onChange={(e) => setFailure(e.target.value)}
        error={error('failure')}
        options={[
          { value: '', label: t('failureNone') },
          ...failures.map((f) => ({ value: f, label: t(`failures.${f}`) })),
        ]}
      />
      <TextField
        id="fault-latency"
        name="latencyMs"
        label={t('latency')}
        inputMode="numeric"
        defaultValue={state.values?.latencyMs ?? '0'}
        error={error('latencyMs')}
      />
      <TextField
        id="fault-rate"
        name="rate"
        label={t('rate')}
        inputMode="numeric"
        defaultValue={state.values?.rate ?? '100'}
        error={error('rate')}
      />
      {failure === 'code' ? (
        <TextField
          id="fault-code"
          name="code"
          label={t('code')}
          hint={t('codeHint')}
          defaultValue={state.values?.code}
          error={error('code')}
        />
      ) : null}
      {failure === 'hang' ? (
        <TextField
          id="fault-hang"
          name="hangMs"
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
