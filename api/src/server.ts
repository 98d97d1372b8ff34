import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { NotFoundError as OrmNotFoundError, OptimisticLockError } from '@mikro-orm/core';
import { type GraphQLFormattedError } from 'graphql';
import Negotiator from 'negotiator';
import sirv from 'sirv';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { pipeline } from 'node:stream';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { armorProtection, hideLimits, parseOptions, SupportedOperationTypes } from './armor';
import { ListSizeCost } from './query-cost';
import { CompiledPages } from './compiled/compiled-pages';
import { dbFor } from './shared/db';
import { Metrics } from './metrics';
import { type Config, isLoopback } from './config';
import { type AppDeps, type Context, createContext } from './context';
import { renderAgreementDocument } from './modules/case/agreement-document';
import { renderRoomRecord } from './modules/room/room-record';
import { receiveRoomMedia } from './modules/room/room-media';
import { RoomService } from './modules/room/room.service';
import { evidenceFile } from './modules/case/evidence-file';
import { mediatorPortrait } from './modules/mediator/mediator-portrait';
import { contactCode } from './modules/mediator/contact-code';
import { receiveMediatorPhoto } from './modules/mediator/mediator-photo';
import { fileStores } from './storage/file-store';
import { monthlyReport, subsidyList, toCsv, toXlsx } from './modules/report/reports';
import { receiveEvidence, sweepUploadLeftovers } from './modules/case/evidence-upload';
import { verifyAccessToken } from './modules/identity/tokens';
import { inputSafetyPlugin } from './input-safety';
import { RATE_LIMITED_MESSAGE, RateLimited, RateLimits, type RequestKind, rateLimitPlugin } from './rate-limit';
import { findUnsafeText } from './shared/text';
import { getSchema } from './schema';
import { describeError, ErrorCode } from './shared/errors';

/**
 * The content type Apollo gives a single result for this Accept header (its
 * chooseContentTypeForSingleResultResponse, over the same candidates), when it is one of the two JSON
 * types; the compiled pages answer with it. urql, the mini-program's client, prefers the second.
 */
const SINGLE_RESULT_TYPES = ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0; charset=utf-8'];
function singleResultType(accept: string | undefined): string | null {
  if (!accept) return SINGLE_RESULT_TYPES[0];
  const preferred = new Negotiator({ headers: { accept } }).mediaType(SINGLE_RESULT_TYPES);
  return preferred === SINGLE_RESULT_TYPES[0] || preferred === SINGLE_RESULT_TYPES[1] ? preferred : null;
}

/** Larger bodies are refused before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;

const EXPOSED_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.FORBIDDEN,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.RATE_LIMITED,
  ErrorCode.CONSENT_REQUIRED,
  ErrorCode.UPSTREAM_UNAVAILABLE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface ApiServer {
  url: string;
  port: number;
  httpServer: http.Server;
  /** This instance's Prometheus metrics (the job runner counts its passes there too). */
  metrics: Metrics;
  /**
   * Graceful shutdown: /readyz answers 503 at once so the load balancer stops sending new work,
   * requests keep being served for `config.shutdown.drainSeconds`, then the listener closes and the
   * requests in flight finish, also those whose caller has hung up (cut off after
   * `config.shutdown.timeoutSeconds`).
   */
  stop(): Promise<void>;
}

export type Logger = (entry: Record<string, unknown>) => void;

/**
 * Errors with a known code go out as they are; anything else is an internal failure: logged
 * with the request id, and the client gets only a generic message and that id. Stack traces
 * are included only in development.
 */
export function formatError(config: Config) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // A version check lost to a concurrent change that no service expected: the client may retry; nothing was changed.
    const cause = (error as { originalError?: unknown })?.originalError ?? error;
    if (cause instanceof OptimisticLockError) {
      return { message: '已被他人更新，请刷新后重试', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
    }
    // An object that vanished between a check and a read (findOneOrFail): gone, not an internal failure.
    if (cause instanceof OrmNotFoundError) {
      return { message: '未找到', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.NOT_FOUND } };
    }
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
    if (EXPOSED_CODES.has(code)) {
      formatted = { ...formatted, message: hideLimits(formatted.message) };
      if (config.nodeEnv === 'development') return formatted;
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    return {
      message: '服务器内部错误，请稍后重试',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        ...(config.nodeEnv === 'development' ? { detail: String(original) } : {}),
      },
    };
  };
}

export async function startApiServer(deps: AppDeps, options: { log?: Logger; port?: number } = {}): Promise<ApiServer> {
  const { orm, config } = deps;
  const log: Logger = options.log ?? ((entry) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`));
  const production = config.nodeEnv === 'production';
  const armor = armorProtection(production);
  const metrics = new Metrics(orm, { processMetrics: config.nodeEnv !== 'test' });
  const limits = new RateLimits(config.rateLimits, orm, (limit) => metrics.rateLimited.inc({ kind: limit }));
  let draining = false;
  let stopping: Promise<void> | undefined;
  /** Requests being handled — also those whose caller has hung up: a shutdown lets them finish. */
  const handling = new Set<Promise<unknown>>();
  // Uploads arrive in these local folders first; what is kept goes to the store (a folder, or S3).
  const stores = fileStores(config);
  const swept = (await sweepUploadLeftovers(config.evidenceDir)) + (await sweepUploadLeftovers(config.photosDir));
  if (swept) log({ level: 'info', msg: 'removed unfinished uploads left by an earlier run', files: swept });
  const schema = await getSchema();
  const validationRules = [SupportedOperationTypes, ListSizeCost, ...armor.validationRules];
  // Public list pages answered by compiled SQL before Apollo; plain-row reads need no unit of work.
  const compiledPages = config.compileQueries ? new CompiledPages(schema, validationRules, parseOptions, dbFor(orm.em)) : null;
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown: HTTP server, then the ORM, then the database.
    stopOnTerminationSignals: false,
    formatError: formatError(config),
    validationRules,
    parseOptions,
    plugins: [
      ...armor.plugins,
      metrics.plugin(),
      inputSafetyPlugin(),
      rateLimitPlugin(limits),
      supportPlugin(log),
      // No HTTP caching of answers (they will be per user); also spares a wrapper on every field.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  // sirv lists the folder when it is made and throws ENOENT on a missing one: without an H5 build
  // the API is served anyway, /app/ says how to build it, and a build made later is picked up.
  let h5: ReturnType<typeof sirv> | undefined;
  const h5Handler = () => {
    if (!h5 && existsSync(path.join(config.h5Dir, 'index.html'))) {
      h5 = sirv(config.h5Dir, {
        dev: false,
        etag: true,
        setHeaders: (res, pathname) => res.setHeader('cache-control', pathname.endsWith('.html') || pathname === '/' ? 'no-cache' : 'public, max-age=31536000, immutable'),
      });
    }
    return h5;
  };
  h5Handler();

  const httpServer = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    // While draining, every answer closes its connection, so keep-alive clients reconnect elsewhere
    // (and a request that began before the drain does not hold its connection open after it).
    if (draining) res.setHeader('connection', 'close');
    res.once('finish', () => {
      if (draining) res.socket?.end();
    });
    const handled = handle(req, res, requestId)
      .catch((error) => {
        log({ level: 'error', msg: 'request failed', requestId, ...describeError(error) });
        if (!res.headersSent) send(res, 500, { errors: [{ message: '服务器内部错误', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } }] });
      })
      .finally(() => {
        metrics.countRequest(req, res.statusCode);
        if (config.logRequests) {
          // No bodies, variables or query strings: they may carry personal data.
          log({
            level: 'info',
            requestId,
            method: req.method,
            path: (req.url ?? '').split('?')[0],
            status: res.statusCode,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          });
        }
        handling.delete(handled);
      });
    handling.add(handled);
  });

  async function handle(req: IncomingMessage, res: ServerResponse, requestId: string) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Liveness: the process answers. Readiness (and /healthz, its older name): it should get traffic.
    if (url.pathname === '/livez') return send(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz' || url.pathname === '/healthz') return ready(res);
    if (url.pathname === '/metrics') return sendMetrics(req, res);
    if (url.pathname === '/app' || url.pathname.startsWith('/app/')) return serveH5(req, res, url);
    const agreement = /^\/cases\/(\d{1,9})\/agreement$/.exec(url.pathname);
    const roomRecord = /^\/cases\/(\d{1,9})\/room-record$/.exec(url.pathname);
    const roomMedia = /^\/cases\/(\d{1,9})\/room\/(?:(photos|voice)|media\/(\d{1,9}))$/.exec(url.pathname);
    const report = /^\/reports\/(monthly|subsidies)\.(csv|xlsx)$/.exec(url.pathname);
    const evidence = /^\/cases\/(\d{1,9})\/evidence(?:\/(\d{1,9}))?$/.exec(url.pathname);
    const portrait = /^\/media\/mediators\/(\d{1,9})\.svg$/.exec(url.pathname);
    const code = /^\/media\/mediators\/(\d{1,9})\/code-(weapp|h5)\.png$/.exec(url.pathname);
    const upload = /^\/media\/mediators\/(\d{1,9})\/photo$/.exec(url.pathname);
    const photo = /^\/media\/photos\/([0-9a-f]{64})\.(jpg|png)$/.exec(url.pathname);
    if (agreement || roomRecord || roomMedia || report || evidence || portrait || code || upload || photo) {
      // The file routes: the same input rules and rate limits as GraphQL.
      for (const [name, value] of url.searchParams) {
        const unsafe = findUnsafeText(name) ?? findUnsafeText(value);
        if (unsafe) {
          req.resume();
          return send(res, 400, { error: unsafe, field: findUnsafeText(name) ? 'query' : name });
        }
      }
      const ctx = await contextFor(req, requestId);
      const userId = ctx.auth && 'userId' in ctx.auth ? ctx.auth.userId : null;
      const kind: RequestKind = req.method === 'POST' ? 'mutation' : 'fileRead';
      try {
        await limits.consume([kind], ctx.ip, userId);
      } catch (error) {
        if (!(error instanceof RateLimited)) throw error;
        req.resume();
        res.setHeader('retry-after', String(error.retryAfterSeconds));
        return send(res, 429, { error: RATE_LIMITED_MESSAGE, retryAfterSeconds: error.retryAfterSeconds });
      }
      if (agreement && req.method === 'GET') return printDocument(res, () => renderAgreementDocument(ctx, agreement[1]));
      if (roomRecord && req.method === 'GET') return printDocument(res, () => renderRoomRecord(ctx, roomRecord[1]));
      if (report && req.method === 'GET') return sendReport(ctx, res, report[1] as 'monthly' | 'subsidies', report[2] as 'csv' | 'xlsx', url.searchParams);
      if (evidence) return handleEvidence(ctx, req, res, requestId, evidence[1], evidence[2]);
      if (roomMedia) return handleRoomMedia(ctx, req, res, requestId, roomMedia[1], roomMedia[2] as 'photos' | 'voice' | undefined, roomMedia[3], url.searchParams);
      if (portrait && req.method === 'GET') return sendPortrait(ctx, res, Number(portrait[1]));
      if (code && req.method === 'GET') return sendContactCode(ctx, res, Number(code[1]), code[2] as 'weapp' | 'h5');
      if (upload && req.method === 'POST') return handlePhotoUpload(ctx, req, res, upload[1]);
      if (photo && req.method === 'GET') return sendPhoto(res, photo[1], photo[2] as 'jpg' | 'png');
      req.resume();
      return send(res, 405, { error: 'method not allowed' });
    }
    if (url.pathname !== '/graphql') return send(res, 404, { error: 'not found' });

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const read = await readBody(req);
      if (read === null) return send(res, 413, { errors: [{ message: '请求内容过大', extensions: { code: 'BAD_REQUEST' } }] });
      try {
        body = read.length ? JSON.parse(read) : {};
      } catch {
        return send(res, 400, { errors: [{ message: '请求不是有效的 JSON', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    const compiledType = compiledPages && req.method === 'POST' && /^application\/json\b/i.test(req.headers['content-type'] ?? '') ? singleResultType(req.headers.accept) : null;
    if (compiledPages && compiledType) {
      const started = process.hrtime.bigint();
      // Asked only for a signed-in viewer's page: the same token check, account lookup and policy as every request's context.
      const compiled = await compiledPages.answer(body, () => contextFor(req, requestId)).catch((error: unknown) => {
        // Whatever went wrong, the ordinary execution answers (and reports) it.
        log({ level: 'warn', msg: 'compiled page failed; answered by graphql-js', requestId, ...describeError(error) });
        return null;
      });
      if (compiled) {
        metrics.observeOperation(compiled.operation, 'ok', Number(process.hrtime.bigint() - started) / 1e9);
        res.statusCode = 200;
        res.setHeader('content-type', compiledType);
        return res.end(compiled.body);
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => contextFor(req, requestId),
    });
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  /**
   * The mini-program's H5 build at /app/ (hash routing: every page is /app/#/pages/…). Hashed
   * assets are cached for good; index.html never, so a new build shows at once.
   */
  function serveH5(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (url.pathname === '/app') {
      res.writeHead(301, { location: '/app/' });
      return res.end();
    }
    const serve = h5Handler();
    if (!serve) {
      return send(res, 404, {
        error: '小程序 H5 版本尚未构建：先运行 npm run build:miniprogram (the mini-program H5 build is missing: run npm run build:miniprogram)',
        hint: 'npm run build:miniprogram',
      });
    }
    req.url = url.pathname.slice('/app'.length) + url.search;
    serve(req, res, () => send(res, 404, { error: '未找到；先运行 npm run build --workspace miniprogram' }));
  }

  /** A printable page (A4 HTML: the agreement, the room's record) for whoever may read it; anyone who may not see the case gets 404. */
  async function printDocument(res: ServerResponse, render: () => Promise<string>) {
    try {
      const html = await render();
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'private, no-store');
      res.end(html);
    } catch (error) {
      // A malformed id is as good as a missing agreement here.
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === ErrorCode.BAD_USER_INPUT) return send(res, 404, { error: '未找到' });
      sendHttpError(res, error);
    }
  }

  /** POST a file to a case (multipart, field `file`), or GET one back; only for those who may see the case. */
  /** A generated mediator's portrait: public like the menu it appears on, cached for a day. */
  async function sendPortrait(ctx: Context, res: ServerResponse, mediatorId: number) {
    const svg = await mediatorPortrait(ctx.db, mediatorId);
    if (svg === null) return send(res, 404, { error: 'not found' });
    res.writeHead(200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" });
    res.end(svg);
  }

  /** POST a mediator's photo (staff who manage the mediator): 201 with its address. */
  async function handlePhotoUpload(ctx: Context, req: IncomingMessage, res: ServerResponse, mediatorId: string) {
    try {
      await ctx.requireViewer();
      const saved = await receiveMediatorPhoto(ctx, req, mediatorId, config.photosDir, stores.photos);
      send(res, 201, saved);
    } catch (error) {
      req.resume();
      sendHttpError(res, error);
    }
  }

  /** A mediator's photo: public like the menu; its address is its content, so it is cached for good. */
  async function sendPhoto(res: ServerResponse, sha256: string, extension: 'jpg' | 'png') {
    const file = await stores.photos.get(sha256);
    if (!file) return send(res, 404, { error: '未找到' });
    res.writeHead(200, { 'content-type': extension === 'jpg' ? 'image/jpeg' : 'image/png', 'content-length': String(file.size), 'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' });
    // pipeline: a client that goes away closes the file (with S3, frees the connection) too.
    pipeline(file.stream, res, () => undefined);
  }

  /** The code on a mediator's contact card: public like the menu, cached for a day (WeChat limits how often codes are made). */
  async function sendContactCode(ctx: Context, res: ServerResponse, mediatorId: number, target: 'weapp' | 'h5') {
    try {
      if (target === 'h5' && !config.publicUrl) return send(res, 503, { error: '服务器未配置 PUBLIC_URL，无法生成网页版二维码' });
      const png = await contactCode(ctx.db, ctx.wechat, mediatorId, target, config.publicUrl);
      if (png === null) return send(res, 404, { error: '未找到该调解员' });
      // WeChat answers JPEG unless asked otherwise; the QR is PNG: say what the bytes are.
      const type = png[0] === 0xff && png[1] === 0xd8 ? 'image/jpeg' : 'image/png';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' });
      res.end(png);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === ErrorCode.UPSTREAM_UNAVAILABLE || code === ErrorCode.RATE_LIMITED) return send(res, 503, { error: (error as Error).message });
      sendHttpError(res, error);
    }
  }

  async function handleEvidence(ctx: Context, req: IncomingMessage, res: ServerResponse, requestId: string, caseId: string, evidenceId: string | undefined) {
    try {
      if (req.method === 'POST' && !evidenceId) {
        const saved = await receiveEvidence(ctx, req, caseId, config.evidenceDir, stores.evidence);
        return send(res, 201, { id: String(saved.id), fileName: saved.fileName, contentType: saved.contentType, size: saved.size, sha256: saved.sha256 });
      }
      if (req.method === 'GET' && evidenceId) {
        const file = await evidenceFile(ctx, caseId, evidenceId);
        return await sendStored(res, requestId, file.key, file.contentType, file.size);
      }
      req.resume();
      return send(res, 405, { error: 'method not allowed' });
    } catch (error) {
      req.resume();
      sendHttpError(res, error);
    }
  }

  /**
   * POST a photo (…/room/photos) or a voice note (…/room/voice, with `seconds`) to a thread of the
   * room (?party, clientKey, text), or GET one back (…/room/media/{messageId}); only for those who read the thread.
   */
  async function handleRoomMedia(ctx: Context, req: IncomingMessage, res: ServerResponse, requestId: string, caseId: string, kind: 'photos' | 'voice' | undefined, messageId: string | undefined, query: URLSearchParams) {
    try {
      if (req.method === 'POST' && kind) return send(res, 201, await receiveRoomMedia(ctx, req, caseId, kind === 'photos' ? 'photo' : 'voice', query, config.evidenceDir, stores.evidence));
      if (req.method === 'GET' && messageId) {
        const media = await new RoomService(ctx).mediaOf(caseId, messageId);
        return await sendStored(res, requestId, media.sha256, media.type, media.size);
      }
      req.resume();
      return send(res, 405, { error: 'method not allowed' });
    } catch (error) {
      req.resume();
      sendHttpError(res, error);
    }
  }

  /** A file from the evidence store to someone already allowed to read it: private, never sniffed, streamed. */
  async function sendStored(res: ServerResponse, requestId: string, key: string, contentType: string, size: number) {
    const stored = await stores.evidence.get(key).catch((error: unknown) => {
      log({ level: 'error', msg: 'evidence store unreadable', requestId, ...describeError(error) });
      return null;
    });
    // A row whose file is missing must not take the process down.
    if (!stored) return send(res, 404, { error: '未找到' });
    res.setHeader('content-type', contentType);
    res.setHeader('content-length', String(size));
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    // pipeline: a client that goes away closes the file (with S3, frees the connection); a read
    // that fails part-way ends the response instead of taking the process down.
    return pipeline(stored.stream, res, (error) => {
      if (error && !res.writableEnded) log({ level: 'error', msg: 'evidence file unreadable', requestId, ...describeError(error) });
    });
  }

  /** GET /reports/monthly.{csv,xlsx}?regionCode&month and /reports/subsidies.{csv,xlsx}?regionCode&from&to. */
  async function sendReport(ctx: Context, res: ServerResponse, name: 'monthly' | 'subsidies', format: 'csv' | 'xlsx', query: URLSearchParams) {
    try {
      await ctx.requireViewer();
      const regionCode = query.get('regionCode') ?? '';
      const table = name === 'monthly'
        ? await monthlyReport(ctx, regionCode, query.get('month') ?? '')
        : await subsidyList(ctx, regionCode, query.get('from') ?? '', query.get('to') ?? '');
      const file = `${name}-${regionCode.replace(/\D/g, '')}.${format}`;
      res.setHeader('content-disposition', `attachment; filename="${file}"`);
      res.setHeader('cache-control', 'private, no-store');
      if (format === 'csv') {
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        return res.end(toCsv(table));
      }
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return res.end(await toXlsx(table));
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === ErrorCode.FORBIDDEN) return send(res, 403, { error: '无权查看' });
      sendHttpError(res, error);
    }
  }

  /** The request's context: who the bearer token says it is, from which address. */
  async function contextFor(req: IncomingMessage, requestId: string) {
    const bearer = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const auth = bearer ? await verifyAccessToken(deps.secrets, bearer) : null;
    return createContext(deps, { requestId, auth, ip: clientAddress(req, config.trustedProxies) });
  }

  async function ready(res: ServerResponse) {
    if (draining) return send(res, 503, { status: 'draining' });
    try {
      await orm.em.getConnection().execute('select 1');
      send(res, 200, { status: 'ok', database: 'ok' });
    } catch {
      send(res, 503, { status: 'unavailable', database: 'unreachable' });
    }
  }

  /**
   * /metrics: with METRICS_TOKEN, for whoever presents it as a bearer token; without, only from this
   * machine directly (the socket's peer is loopback and no proxy forwarded the request).
   */
  async function sendMetrics(req: IncomingMessage, res: ServerResponse) {
    const bearer = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const allowed = config.metricsToken
      ? bearer.length === config.metricsToken.length && timingSafeEqual(Buffer.from(bearer), Buffer.from(config.metricsToken))
      : isLoopback(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-for'] === undefined;
    if (!allowed) return send(res, 403, { error: config.metricsToken ? '需要监控令牌（METRICS_TOKEN）' : '只能从本机读取监控指标，或设置 METRICS_TOKEN' });
    res.statusCode = 200;
    res.setHeader('content-type', metrics.registry.contentType);
    res.end(await metrics.registry.metrics());
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${config.host}:${port}/graphql`,
    port,
    httpServer,
    metrics,
    stop() {
      stopping ??= drainAndClose();
      return stopping;
    },
  };

  async function drainAndClose() {
    draining = true;
    if (config.shutdown.drainSeconds > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdown.drainSeconds * 1000));
    const deadline = Date.now() + config.shutdown.timeoutSeconds * 1000;
    await new Promise<void>((resolve) => {
      const cutOff = setTimeout(() => httpServer.closeAllConnections(), deadline - Date.now());
      httpServer.close(() => {
        clearTimeout(cutOff);
        resolve();
      });
      httpServer.closeIdleConnections();
    });
    // The connections are closed, but a request whose caller hung up may still be running (its
    // statements, its transaction): let it end before the database goes, within the same time limit.
    let waited: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...handling]),
      new Promise((resolve) => (waited = setTimeout(resolve, Math.max(0, deadline - Date.now())))),
    ]);
    clearTimeout(waited);
    await apollo.stop();
  }
}

/**
 * Internal failures are logged with the request id, and the id goes into the masked error the
 * client sees, so a resident's screenshot is enough for support to find the log line.
 */
function supportPlugin(log: Logger): ApolloServerPlugin<Context> {
  const internal = (code: unknown) => !EXPOSED_CODES.has(typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR);
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!internal(error.extensions?.code)) continue;
            const original = error.originalError ?? error;
            log({ level: 'error', msg: 'internal error', requestId: contextValue.requestId, operation: error.path?.[0], ...describeError(original) });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}

/** The file routes' answer to a known error; anything else is rethrown as an internal failure. */
/**
 * Who is asking, for the per-IP limits: the socket's peer, or — behind `trustedProxies` proxies —
 * the address the outermost of them saw, from the right of X-Forwarded-For (what a client writes
 * on the left is not believed).
 */
export function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxies === 0) return peer;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  return forwarded[forwarded.length - trustedProxies] ?? forwarded[0] ?? peer;
}

function sendHttpError(res: ServerResponse, error: unknown) {
  const extensions = (error as { extensions?: { code?: string; field?: string; reason?: string } }).extensions;
  if (extensions?.code === ErrorCode.UNAUTHENTICATED) return send(res, 401, { error: '需要登录' });
  if (extensions?.code === ErrorCode.NOT_FOUND) return send(res, 404, { error: '未找到' });
  if (extensions?.code === ErrorCode.BAD_USER_INPUT) return send(res, 400, { error: extensions.reason, field: extensions.field });
  if (extensions?.code === ErrorCode.FORBIDDEN) return send(res, 403, { error: (error as Error).message });
  if (extensions?.code === ErrorCode.CONFLICT) return send(res, 409, { error: (error as Error).message, field: extensions.field });
  throw error;
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** The body as text, or null when it is larger than MAX_BODY_BYTES. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
