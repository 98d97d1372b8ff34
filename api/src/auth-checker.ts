import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { StaffRole } from './modules/staff/staff-role';
import { ForbiddenError } from './shared/errors';

/** Names used in `@Authorized(...)`: any signed-in user, or one of the staff roles. */
export const Role = { USER: 'USER', ...StaffRole } as const;

/**
 * The one place that decides who may call an operation. Which objects a staff member may touch
 * (their committee, their region's subtree) is decided by Policy in the services.
 */
export const authChecker: AuthChecker<Context> = async ({ context }, roles) => {
  const viewer = await context.requireViewer();
  if (roles.length === 0 || roles.includes(Role.USER)) return true;
  if (viewer.staff.some((s) => roles.includes(s.role))) return true;
  throw new ForbiddenError();
};
