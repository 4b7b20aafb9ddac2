import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { signOutAgentAction } from '@/app/actions/agent/sign-out';
import { LocaleSwitcher } from '@/components/locale-switcher';
import { Logo } from '@/components/logo';
import { currentAgent } from '@/lib/auth/current';
import { NavLink } from './nav-link';

/** The agent area's header: its navigation only once signed in, admin links only for admins. */
export async function AgentHeader() {
  const [agent, t] = await Promise.all([currentAgent(), getTranslations('AgentShell')]);
  const links = [
    { href: '/agent', label: t('dashboard') },
    { href: '/agent/contrats', label: t('contracts') },
    { href: '/agent/paiements', label: t('payments') },
    ...(agent?.role === 'admin'
      ? [
          { href: '/agent/equipe', label: t('team') },
          { href: '/agent/journal', label: t('audit') },
        ]
      : []),
  ];
  return (
    <header className="bg-brand-900 text-white [&_:focus-visible]:outline-gold-400">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/agent" className="flex min-h-11 items-center gap-2.5 rounded-md">
          <Logo className="h-9 w-9 shrink-0" />
          <span className="text-base font-bold sm:text-lg">{t('area')}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          {agent ? (
            <>
              <span className="text-sm text-brand-100">
                {t('signedInAs', { name: agent.name, role: t(`roles.${agent.role}`) })}
              </span>
              <form action={signOutAgentAction}>
                <button
                  type="submit"
                  className="min-h-11 rounded-md border border-white/60 px-3 text-sm font-semibold hover:bg-brand-700 focus-visible:outline-white"
                >
                  {t('signOut')}
                </button>
              </form>
            </>
          ) : null}
          <LocaleSwitcher />
        </div>
      </div>
      {agent ? (
        <nav aria-label={t('nav')} className="border-t border-white/20">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-2 py-1">
            {links.map((l) => (
              <li key={l.href}>
                <NavLink href={l.href}>{l.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
