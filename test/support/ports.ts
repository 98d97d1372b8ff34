import { createServer } from 'node:net';

/** A TCP port nothing listens on right now, for a server a test starts (an API, an embedded PostgreSQL). */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
