import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Label } from '@/lib/agent/code-labels';

type Translate = (key: string, values?: Record<string, string>) => string;

/** Says a code's label (lib/agent/code-labels.ts) in the agent's language. */
export async function labelTranslator(): Promise<(label: Label) => string> {
  const t = (await getTranslations()) as unknown as Translate;
  const say = (l: Label): string =>
    t(
      l.key,
      Object.fromEntries(
        Object.entries(l.values ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : say(v)]),
      ),
    );
  return say;
}
