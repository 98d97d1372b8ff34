import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { ErrorCode } from './shared/errors';

/** Roles named in `@Authorized(...)`. Only NETWORK_ADMIN is in use until accounts exist. */
export const Role = {
  NETWORK_ADMIN: 'NETWORK_ADMIN',
} as const;

/**
 * The one place that decides who may call what. Until authentication exists, network
 * maintenance is open only while `OPEN_ADMIN_MUTATIONS` is on (never in production).
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (roles.includes(Role.NETWORK_ADMIN) && context.config.openAdminMutations) return true;
  // type-graphql would say UNAUTHORIZED even to anonymous callers; nobody is signed in yet.
  throw new GraphQLError('需要登录后才能执行此操作', { extensions: { code: ErrorCode.UNAUTHENTICATED } });
};
