import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationTypeNode } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from './config';
import type { Context } from './context';
import { ErrorCode } from './shared/errors';

const LOGIN_FIELDS = new Set(['loginWithWeChat', 'devLogin', 'refreshSession']);

/** What a request costs: a sign-in, a change (every mutation and every upload), or a file read (downloads, exports, the printable agreement). */
export type RequestKind = 'login' | 'mutation' | 'fileRead';

/** Refused: how long until the next request may go through. */
export class RateLimited extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly limit = 'unknown',
  ) {
    super('rate limited');
  }
}

/**
 * Per-minute limits, per IP and per signed-in user, for GraphQL and the file routes alike. The
 * counters are rows of `rate_limit` in PostgreSQL, so every API instance behind a load balancer
 * counts against the same limit; if the database cannot be reached, each process falls back to
 * counting on its own (rate-limiter-flexible's insurance limiter) rather than refusing everyone.
 */
export class RateLimits {
  private readonly login: RateLimiterAbstract;
  private readonly perUser: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  private readonly readsPerUser: RateLimiterAbstract;
  private readonly readsPerIp: RateLimiterAbstract;

  /** `onRefused` hears the limit that refused (login, change:ip, change:user, read:ip, read:user): the metrics count it. */
  constructor(limits: Config['rateLimits'], orm?: MikroORM, private readonly onRefused: (limit: string) => void = () => undefined) {
    const limiter = (keyPrefix: string, points: number): RateLimiterAbstract => {
      const insuranceLimiter = new RateLimiterMemory({ keyPrefix, points, duration: 60 });
      if (!orm) return insuranceLimiter;
      return new RateLimiterPostgres({
        storeClient: orm.em.getConnection().getKnex(), storeType: 'knex', tableName: 'rate_limit', tableCreated: true,
        keyPrefix, points, duration: 60, insuranceLimiter,
      });
    };
    this.login = limiter('login', limits.loginPerMinute);
    this.perUser = limiter('change:user', limits.mutationsPerMinutePerUser);
    this.perIp = limiter('change:ip', limits.mutationsPerMinutePerIp);
    this.readsPerUser = limiter('read:user', limits.fileReadsPerMinutePerUser);
    this.readsPerIp = limiter('read:ip', limits.fileReadsPerMinutePerIp);
  }

  /** Counts one request; throws RateLimited when a limit is reached. */
  async consume(kinds: RequestKind[], ip: string, userId: number | null): Promise<void> {
    try {
      if (kinds.includes('login')) await take(this.login, ip);
      if (kinds.includes('mutation') || kinds.includes('login')) {
        await take(this.perIp, ip);
        if (userId !== null) await take(this.perUser, String(userId));
      }
      if (kinds.includes('fileRead')) {
        await take(this.readsPerIp, ip);
        if (userId !== null) await take(this.readsPerUser, String(userId));
      }
    } catch (rejection) {
      if (!(rejection instanceof RateLimited)) throw rejection;
      this.onRefused(rejection.limit);
      throw rejection;
    }
  }
}

/** One point from a limiter; its refusal as RateLimited, naming the limit. */
async function take(limiter: RateLimiterAbstract, key: string) {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw new RateLimited(Math.ceil(rejection.msBeforeNext / 1000), limiter.keyPrefix);
  }
}

export const RATE_LIMITED_MESSAGE = '操作太频繁，请稍后再试';

/** Sign-ins and every mutation, checked once the operation is known and before anything runs. */
export function rateLimitPlugin(limits: RateLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return;
          const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
          const userId = contextValue.auth && 'userId' in contextValue.auth ? contextValue.auth.userId : null;
          try {
            await limits.consume(fields.some((f) => LOGIN_FIELDS.has(f)) ? ['login', 'mutation'] : ['mutation'], contextValue.ip, userId);
          } catch (error) {
            if (!(error instanceof RateLimited)) throw error;
            throw new GraphQLError(RATE_LIMITED_MESSAGE, {
              extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: error.retryAfterSeconds, http: { status: 429 } },
            });
          }
        },
      };
    },
  };
}
