import 'server-only';
import { getConfig } from '@/lib/config';
import { httpFailure, postUpstream } from '@/lib/upstream/http';
import { success, type UpstreamResult } from '@/lib/upstream/result';

export interface SmsClientOptions {
  baseUrl: string;
  token: string;
  timeoutMs: number;
}

/**
 * The SMS gateway: `POST {SMS_BASE_URL}/api/send/{token}` with `{ to, text }`. 2xx is sent;
 * 5xx, 408 and 429 are worth retrying; any other 4xx is not (a bad number, a bad token).
 */
export function createSmsClient(options: SmsClientOptions) {
  async function send(message: { to: string; text: string }): Promise<UpstreamResult<void>> {
    const sent = await postUpstream({
      upstream: 'sms',
      url: `${options.baseUrl}/api/send/${encodeURIComponent(options.token)}`,
      body: JSON.stringify(message),
      timeoutMs: options.timeoutMs,
      secrets: [options.token],
    });
    if (!sent.ok) return sent;
    const { status, text } = sent.value;
    if (status >= 200 && status < 300) return success(undefined);
    return httpFailure('sms', status, text);
  }
  return { send };
}

export type SmsClient = ReturnType<typeof createSmsClient>;

let configured: SmsClient | undefined;

export function sms(): SmsClient {
  if (!configured) {
    const config = getConfig();
    configured = createSmsClient({ ...config.sms, timeoutMs: config.upstreamTimeoutMs });
  }
  return configured;
}
