/**
 * The peer: PostGraphile V5 in production mode over the same database, given its best shot — the
 * views, smart tags and function of postgraphile-schema.ts, the Node plugin off (plain ids, as the
 * API's), and lists for nested relations (one lateral subquery each).
 */
// grafast uses Promise.withResolvers (Node 22); Node 20 lacks it.
if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
      return { promise, resolve, reject };
    },
  });
}
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { POSTGRAPHILE_SCHEMA } from './postgraphile-schema';

async function main() {
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    disablePlugins: ['NodePlugin'],
    pgServices: [makePgService({
      connectionString: process.env.BENCH_DATABASE_URL, schemas: [POSTGRAPHILE_SCHEMA], poolConfig: { max: 10 },
      // Who is signed in, as a session setting the views read. Taken from a header on trust: cheaper than
      // verifying a token, as the API does — an advantage left to the peer.
      pgSettings: (requestContext) => {
        const userId = requestContext.node?.req.headers['x-user-id'];
        return typeof userId === 'string' ? { 'jwt.claims.user_id': userId } : {};
      },
    })],
    // Lists beside connections: the pages take a connection at the root (count, next page) and lists inside.
    schema: { defaultBehavior: '+list' },
    grafserv: { graphiql: false, watch: false, graphqlPath: '/graphql' },
    grafast: { explain: false },
  });
  if (process.argv.includes('--print-schema')) {
    const { printSchema } = await import('graphql');
    console.log(printSchema(await pgl.getSchema()));
    await pgl.release();
    return;
  }
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  await serv.addTo(server);
  server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
  process.on('SIGTERM', () => server.close(() => void Promise.resolve(pgl.release()).then(() => process.exit(0))));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
