/**
 * The ceilings: a minimal node:http + pg server answering each scenario at `/<name>` with the API's
 * own statements and JSON, and at `/<name>.json` with the one statement that returns the finished body.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { type BenchPeople, scenarios } from './scenarios';

const pool = new Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: 10 });
const byPath = new Map<string, (pool: Pool) => Promise<string>>(
  scenarios(process.env.BENCH_REGION ?? '', JSON.parse(process.env.BENCH_PEOPLE ?? '{}') as BenchPeople).flatMap((s) => [
    ...(s.raw ? [[`/${s.name}`, (p: Pool) => s.raw!(p)] as const] : []),
    [`/${s.name}.json`, (p: Pool) => s.json(p)] as const,
  ]),
);

const server = http.createServer((req, res) => {
  const scenario = byPath.get(req.url ?? '');
  req.resume();
  req.on('end', () => {
    if (!scenario) {
      res.statusCode = 404;
      res.end();
      return;
    }
    scenario(pool)
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
