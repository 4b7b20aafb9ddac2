import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { log } from '@/lib/log';
import { addressOf } from '@/lib/rate-limit';
import { signInSchema } from './forms';
import { sessionSecrets } from './session-secrets';
import { signInAgent } from './sign-in';

declare module 'next-auth' {
  interface User {
    sessionId?: string;
  }
}
declare module '@auth/core/jwt' {
  interface JWT {
    sid?: string;
  }
}

/** Refused because of too many failures: the form says so instead of "wrong password". */
export class SignInThrottled extends CredentialsSignin {
  override code = 'throttled';
}

/**
 * Auth.js with one credentials provider. The JWT cookie only carries the agent's id and the id
 * of a row in agent_sessions; every check reads that row (lib/auth/current.ts), so signing out,
 * disabling an agent or an idle timeout takes effect on the next request. No Auth.js route is
 * mounted: sign-in and sign-out go through our server actions only.
 */
export const { auth, signIn, signOut } = NextAuth(() => {
  const config = getConfig();
  return {
    secret: sessionSecrets(config.auth),
    trustHost: true,
    session: { strategy: 'jwt', maxAge: Math.floor(config.auth.maxAgeMs / 1000) },
    pages: { signIn: '/agent/connexion' },
    logger: {
      error: (error) => {
        if (!(error instanceof CredentialsSignin))
          log.error('auth.error', { error: String(error) });
      },
      warn: (code) => log.warn('auth.warning', { code }),
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const clientIp = addressOf(request.headers);
          const result = await signInAgent(getDb(), { ...parsed.data, clientIp }, config.auth);
          if (!result.ok) {
            log.warn('auth.sign_in_refused', { reason: result.reason, clientIp });
            if (result.reason === 'throttled') throw new SignInThrottled();
            return null;
          }
          log.info('auth.signed_in', { agentId: result.agentId });
          return { id: result.agentId, sessionId: result.sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id && user.sessionId) {
          token.sub = user.id;
          token.sid = user.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        // Server-side only (no Auth.js route is mounted): our guard reads these two ids.
        return { ...session, user: { ...session.user, id: token.sub ?? '' }, sid: token.sid };
      },
    },
  };
});
