import 'server-only';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '@/lib/db/open';
import { log } from '@/lib/log';
import { redactUrl } from '@/lib/redact';
import { faultFor, rollFailure } from '../faults';
import type { Failure } from '../faults-constants';
import { recordRequest } from '../journal';
import { sandboxCinetpayNotifications, type CinetpayTransactionRow } from '../schema';
import { SANDBOX_CINETPAY } from './credentials';
import { notificationBody, notificationFields, xToken, type NotificationFields } from './x-token';

const TIMEOUT_MS = 10_000;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whom the twin posts to: this app, or a server on this machine (the tests'). A public demo's
 * documented credentials must not turn the sandbox into a way to post to any host.
 */
export function notifiable(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    return LOOPBACK_HOSTS.has(target.hostname) || target.origin === new URL(appUrl).origin;
  } catch {
    return false;
  }
}

interface Delivery {
  url: string;
  fields: NotificationFields;
  xToken: string | null;
  fault?: Failure;
}

async function record(
  db: Db,
  tx: CinetpayTransactionRow,
  d: Delivery,
  result: { status: number | null; text?: string; error?: string },
) {
  await db.insert(sandboxCinetpayNotifications).values({
    transactionRef: tx.id,
    url: d.url,
    fields: d.fields,
    xToken: d.xToken,
    responseStatus: result.status,
    error: result.error ?? null,
    fault: d.fault ?? null,
  });
  await recordRequest(db, {
    upstream: 'cinetpay',
    endpoint: 'cinetpay_notify',
    method: 'POST',
    path: redactUrl(d.url, []),
    request: {
      contentType: 'application/x-www-form-urlencoded',
      headers: { 'x-token': d.xToken },
      body: d.fields,
    },
    response: { status: result.status ?? 0, body: result.text ?? null },
    fault: d.fault,
    note: result.error,
  });
}

async function post(
  d: Delivery,
): Promise<{ status: number | null; text?: string; error?: string }> {
  const controller = new AbortController();
  // A timer cleared when the call ends, as in lib/upstream/http.ts: AbortSignal.timeout's
  // pending timer would keep the call's memory alive for the full timeout.
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(d.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-token': d.xToken ?? '',
        'user-agent': 'CinetPay-Sandbox/1.0',
      },
      body: notificationBody(d.fields),
      redirect: 'manual',
      signal: controller.signal,
    });
    return { status: response.status, text: (await response.text()).slice(0, 500) };
  } catch (error) {
    return { status: null, error: `no answer: ${String(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Posts the transaction's state to its notify_url, as CinetPay does after each status change,
 * under the `cinetpay_notify` fault: latency first, then a wrong x-token, a repeat, or nothing.
 * Every attempt is recorded with the merchant's HTTP status, and journalled.
 */
export async function sendNotification(
  db: Db,
  tx: CinetpayTransactionRow,
  appUrl: string,
): Promise<void> {
  const fault = await faultFor(db, 'cinetpay_notify');
  if (fault?.latencyMs) await sleep(fault.latencyMs);
  const failure = rollFailure(fault);
  const fields = notificationFields(tx);
  const secret =
    failure === 'bad-token' ? `${SANDBOX_CINETPAY.secretKey}-wrong` : SANDBOX_CINETPAY.secretKey;
  const delivery: Delivery = {
    url: tx.notifyUrl,
    fields,
    xToken: xToken(fields, secret),
    fault: failure,
  };
  if (failure === 'not-sent') {
    await record(
      db,
      tx,
      { ...delivery, xToken: null },
      { status: null, error: 'not sent (fault)' },
    );
    return;
  }
  if (!notifiable(tx.notifyUrl, appUrl)) {
    await record(db, tx, delivery, {
      status: null,
      error: 'not sent: the sandbox only notifies this app or a server on this machine',
    });
    return;
  }
  for (let i = 0; i < (failure === 'repeat' ? 2 : 1); i++) {
    await record(db, tx, delivery, await post(delivery));
  }
}

/** The same, without making the caller (a page, an action, the control API) wait. */
export function notifyInBackground(db: Db, tx: CinetpayTransactionRow, appUrl: string): void {
  sendNotification(db, tx, appUrl).catch((error: unknown) =>
    log.error('sandbox.cinetpay_notify_failed', { error: String(error) }),
  );
}
