import { createEnovClient, type EnovClientOptions } from '@/lib/enov/client';
import { createLovatClient } from '@/lib/lovat/client';
import type { LovatTransaction } from '@/lib/lovat/types';
import { baseUrl, DEMO, LOVAT_TOKEN } from './sandbox';

/** The real clients, pointed at the sandbox served for the integration tests. */
export function enovClient(over: Partial<EnovClientOptions> = {}) {
  return createEnovClient({
    baseUrl: `${baseUrl()}/sandbox/enov`,
    login: DEMO.login,
    appkey: DEMO.appkey,
    password: DEMO.password,
    timeoutMs: 2_000,
    retryDelayMs: 10,
    ...over,
  });
}

export function lovatClient(over: { token?: string; timeoutMs?: number } = {}) {
  return createLovatClient({
    baseUrl: `${baseUrl()}/sandbox/lovat`,
    token: over.token ?? LOVAT_TOKEN,
    timeoutMs: over.timeoutMs ?? 2_000,
  });
}

export function premiumReport(over: Partial<LovatTransaction> = {}): LovatTransaction {
  return {
    transactionId: `PAY-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    at: new Date('2026-11-23T09:30:00Z'),
    amount: 25_000,
    currency: 'XOF',
    status: 'Success',
    serviceCode: '21',
    paymentOperator: 'Orange Money',
    customerIp: '196.47.128.10',
    customerPhone: '+2250700000001',
    billing: { country: 'CIV', address: 'Rue des Jardins, Cocody', city: 'Abidjan' },
    paymentMethodCountry: 'CIV',
    ...over,
  };
}
