import 'server-only';
import { parseConfig, type AppConfig } from './config-schema';

export type { AppConfig } from './config-schema';

let cached: AppConfig | undefined;

/** The validated configuration of this process, read once from the environment. */
export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Every upstream credential, to be masked wherever upstream text is shown or logged. */
export function upstreamSecrets(): string[] {
  const { enov, lovat, sms, cinetpay } = getConfig();
  return [
    enov.password,
    enov.appkey,
    lovat.token,
    sms.token,
    cinetpay.apikey,
    cinetpay.secretKey,
    cinetpay.previousSecretKey,
  ].filter((s) => s.length >= 4);
}
