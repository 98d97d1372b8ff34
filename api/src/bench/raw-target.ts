/** The ceiling: a minimal node:http + pg server answering the scenarios with the same SQL and JSON. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { scenarios } from './scenarios';

const pool = new Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: 10 });
const byPath = new Map(scenarios(process.env.BENCH_REGION ?? '').map((s) => [`/${s.name}`, s]));

const server = http.createServer((req, res) => {
  const scenario = byPath.get(req.url ?? '');
  req.resume();
  req.on('end', () => {
    if (!scenario) {
      res.statusCode = 404;
      res.end();
      return;
    }
    scenario
      .raw(pool)
      .then((body) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(body);
      })
      .catch((error) => {
        res.statusCode = 500;
        res.end(String(error));
      });
  });
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
