import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from './config';
import type { Context } from './context';
import { ErrorCode } from './shared/errors';

const LOGIN_FIELDS = new Set(['loginWithWeChat', 'devLogin', 'refreshSession']);

/**
 * Per-minute limits on sign-in (per IP) and on every mutation (per user and per IP), checked
 * once the operation is known and before anything runs. Counters live in this process: with
 * several API instances each enforces its own share (see README).
 */
export function rateLimitPlugin(limits: Config['rateLimits']): ApolloServerPlugin<Context> {
  const login = new RateLimiterMemory({ points: limits.loginPerMinute, duration: 60 });
  const perUser = new RateLimiterMemory({ points: limits.mutationsPerMinutePerUser, duration: 60 });
  const perIp = new RateLimiterMemory({ points: limits.mutationsPerMinutePerIp, duration: 60 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
          try {
            if (fields.some((f) => LOGIN_FIELDS.has(f))) await login.consume(contextValue.ip);
            await perIp.consume(contextValue.ip);
            const viewer = contextValue.auth && 'userId' in contextValue.auth ? contextValue.auth.userId : null;
            if (viewer !== null) await perUser.consume(String(viewer));
          } catch (rejection) {
            if (!(rejection instanceof RateLimiterRes)) throw rejection;
            throw new GraphQLError('操作太频繁，请稍后再试', {
              extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000), http: { status: 429 } },
            });
          }
        },
      };
    },
  };
}
