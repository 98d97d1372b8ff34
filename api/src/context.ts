import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import { createLoaders, type Loaders } from './loaders';
import { CaseAccess } from './modules/case/case-access';
import type { TokenCheck } from './modules/identity/tokens';
import type { WeChatClient } from './modules/identity/wechat.client';
import { type StaffScope, Viewer, viewerOf } from './modules/staff/viewer';
import type { Secrets } from './secrets';
import { type Db, dbFor } from './shared/db';
import { UnauthenticatedError } from './shared/errors';

/** What the server is built from; one per process. */
export interface AppDeps {
  orm: MikroORM;
  config: Config;
  secrets: Secrets;
  wechat: WeChatClient;
}

/** Built once per request (type-graphql examples style): its own EntityManager fork and loaders. */
export interface Context {
  requestId: string;
  config: Config;
  secrets: Secrets;
  wechat: WeChatClient;
  /** Unit of work for writes. */
  em: EntityManager;
  /** Plain-row reads. */
  db: Db;
  loaders: Loaders;
  /** Who the viewer is in each case, worked out once per case per request. */
  readonly caseAccess: CaseAccess;
  /** What the bearer token said: a user, a problem with it, or nothing (anonymous). */
  auth: TokenCheck | null;
  /** The signed-in viewer with their staff roles, looked up once per request when first needed. */
  viewer(): Promise<Viewer | null>;
  /** The viewer, or UNAUTHENTICATED (saying whether the token expired or was invalid). */
  requireViewer(): Promise<Viewer>;
  ip: string;
}

export function createContext(deps: AppDeps, options: { requestId?: string; auth?: TokenCheck | null; ip?: string } = {}): Context {
  const em = deps.orm.em.fork();
  const db = dbFor(em);
  const auth = options.auth ?? null;
  let viewer: Promise<Viewer | null> | undefined;
  let caseAccess: CaseAccess | undefined;
  return {
    requestId: options.requestId ?? randomUUID(),
    config: deps.config,
    secrets: deps.secrets,
    wechat: deps.wechat,
    em,
    db,
    loaders: createLoaders(db),
    auth,
    ip: options.ip ?? 'unknown',
    get caseAccess() {
      caseAccess ??= new CaseAccess(this);
      return caseAccess;
    },
    viewer() {
      viewer ??= auth && 'userId' in auth
        ? // Every signed-in request asks this: prepared, planned once per connection.
          db.rows<(StaffScope | { id: null }) & { sessionVersion: number }>(viewerOf(auth.userId), { prepare: true }).then((rows) =>
            // A validly signed token for an account that does not exist (any more), or issued before the
            // user was signed out everywhere, signs nobody in.
            rows.length && rows[0].sessionVersion === auth.sessionVersion ? new Viewer(auth.userId, rows.filter((r): r is StaffScope & { sessionVersion: number } => r.id !== null)) : null,
          )
        : Promise.resolve(null);
      return viewer;
    },
    async requireViewer() {
      const found = await this.viewer();
      if (!found) throw new UnauthenticatedError(auth && 'problem' in auth ? auth.problem : auth ? 'TOKEN_INVALID' : undefined);
      return found;
    },
  };
}
