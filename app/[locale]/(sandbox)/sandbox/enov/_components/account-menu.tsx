import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { logOutAction } from '../_actions/log-out';

/** As in the original portal: click on your name and email to change the password or log out. */
export async function AccountMenu({ login, email }: { login: string; email: string }) {
  const t = await getTranslations('Portal');
  return (
    <details className="relative">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-slate-300 bg-white px-3 font-semibold text-slate-900">
        {t('accountOf', { login, email })}
      </summary>
      <div className="mt-2 flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
        <Link
          href="/sandbox/enov/mot-de-passe"
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
        >
          {t('changePassword')}
        </Link>
        <form action={logOutAction}>
          <Button type="submit" variant="secondary">
            {t('logout')}
          </Button>
        </form>
      </div>
    </details>
  );
}
