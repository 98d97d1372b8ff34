// Loads every page of a weapp build in miniprogram-simulate (WeChat's component simulator, with the
// official WXML compiler) on jsdom, with a simulated `wx`, and writes what each page rendered into a
// JSON file. A child process: the simulator and the mini-program's runtime set globals.
//   node test/support/weapp-simulate.cjs <dist/weapp> <result.json>
const path = require('node:path');
const { readFileSync, writeFileSync } = require('node:fs');
const { JSDOM } = require('jsdom');

const dist = path.resolve(process.argv[2]);
const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { pretendToBeVisual: true, url: 'http://127.0.0.1/' });
for (const key of ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame']) {
  global[key] = key === 'window' ? dom.window : dom.window[key];
}

const problems = [];
// Answers for a few operations, so pages that depend on them show what they share; the rest answer as for a signed-out person.
const INVITATION = { code: 'SIMULATED-CODE', path: 'pages/invitation/index?code=SIMULATED-CODE', h5Url: null, weChatUrlLink: 'https://wxaurl.cn/simulated' };
const CANNED = { CaseInvitationLink: { data: { case: { id: '1', invitationState: 'SENT', invitation: INVITATION } } } };
/** What each page's share card (onShareAppMessage) would send, by page. */
const shares = {};
const storage = new Map();
const requests = [];
const ok = (options, result = {}) => {
  options?.success?.(result);
  options?.complete?.(result);
  return Promise.resolve(result);
};
const systemInfo = { platform: 'devtools', model: 'simulate', pixelRatio: 2, windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667, statusBarHeight: 20, language: 'zh_CN', version: '8.0.50', SDKVersion: '3.6.0', safeArea: { top: 20, bottom: 667, left: 0, right: 375, width: 375, height: 647 } };
// The API answers every request as for a signed-out person: pages must show a state, not crash.
const wxApi = {
  getSystemInfoSync: () => systemInfo,
  getSystemInfo: (o) => ok(o, systemInfo),
  getWindowInfo: () => systemInfo,
  getDeviceInfo: () => systemInfo,
  getAppBaseInfo: () => systemInfo,
  getMenuButtonBoundingClientRect: () => ({ top: 24, bottom: 56, left: 281, right: 368, width: 87, height: 32 }),
  getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key, value) => storage.set(key, value),
  removeStorageSync: (key) => storage.delete(key),
  nextTick: (fn) => setTimeout(fn, 0),
  canIUse: () => true,
  request: (o) => {
    requests.push(o.url);
    const body = typeof o.data === 'string' ? JSON.parse(o.data) : (o.data ?? {});
    const answer = CANNED[body.operationName] ?? { errors: [{ message: '需要登录', extensions: { code: 'UNAUTHENTICATED' } }] };
    setTimeout(() => ok(o, { statusCode: 200, header: { 'content-type': 'application/json' }, data: JSON.stringify(answer) }), 5);
    return { abort() {} };
  },
};
global.wx = new Proxy(wxApi, {
  get(target, name) {
    if (name in target) return target[name];
    if (typeof name !== 'string') return undefined;
    // Any other API: succeed with nothing (navigation, toasts, pull-down refresh…).
    return (options) => ok(options);
  },
  set(target, name, value) {
    target[name] = value;
    return true;
  },
});

let app = null;
global.App = (options) => {
  app = options;
  options.onLaunch?.call(options, { path: 'pages/index/index', query: {} });
};
global.getApp = () => app;
let stack = [];
global.getCurrentPages = () => stack;
global.requirePlugin = () => ({});

const simulate = require('miniprogram-simulate');
const simulatedComponent = global.Component;

/** A page as a component: the simulator renders components; a page's lifecycle runs on attach. */
global.Page = (page) => {
  const methods = {};
  for (const [key, value] of Object.entries(page)) if (typeof value === 'function') methods[key] = value;
  simulatedComponent({
    data: page.data,
    methods,
    lifetimes: {
      attached() {
        Object.assign(this, { route: this.__route__, __route__: this.__route__ });
        stack = [this];
        try {
          page.onLoad?.call(this, {});
          page.onShow?.call(this);
          page.onReady?.call(this);
        } catch (error) {
          problems.push({ page: this.__route__, error: String(error && error.stack ? error.stack : error).slice(0, 800) });
        }
      },
    },
  });
};

process.on('unhandledRejection', (error) => problems.push({ page: current, error: String(error && error.stack ? error.stack : error).slice(0, 800) }));
process.on('uncaughtException', (error) => problems.push({ page: current, error: String(error && error.stack ? error.stack : error).slice(0, 800) }));
let current = 'app';

async function main() {
  const appJson = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8'));
  require(path.join(dist, 'app.js'));
  const pages = [...appJson.pages, ...(appJson.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
  const rendered = [];
  for (const page of pages) {
    current = page;
    const before = problems.length;
    let text = '';
    try {
      const id = simulate.load(path.join(dist, page), { compiler: 'official', rootPath: dist });
      const comp = simulate.render(id);
      comp.instance.__route__ = page;
      const parent = document.createElement('parent-wrapper');
      comp.attach(parent);
      // Taro renders after the React commit and a setData round; queries settle on their own timers.
      for (let i = 0; i < 20 && !(comp.dom.textContent || '').trim(); i++) await simulate.sleep(25);
      await simulate.sleep(150);
      text = (comp.dom.textContent || '').replace(/\s+/g, ' ').trim();
      if (typeof comp.instance.onShareAppMessage === 'function') shares[page] = comp.instance.onShareAppMessage({ from: 'button' });
      comp.detach();
    } catch (error) {
      problems.push({ page, error: String(error && error.stack ? error.stack : error).slice(0, 800) });
    }
    rendered.push({ page, text: text.slice(0, 300), problems: problems.slice(before) });
  }
  return { pages: rendered, shares, requests: requests.length, appProblems: problems.filter((p) => p.page === 'app') };
}

main()
  .then((result) => writeFileSync(process.argv[3], JSON.stringify(result)))
  .catch((error) => writeFileSync(process.argv[3], JSON.stringify({ fatal: String(error && error.stack ? error.stack : error) })))
  .finally(() => process.exit(0));
