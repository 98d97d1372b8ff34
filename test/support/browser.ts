import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

/** Debian's chromium, which .ci/run installs; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One person on a phone-sized screen, with their own storage (session, drafts). */
export async function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: true, hasTouch: true });
}

/**
 * Drives the H5 build. Taro keeps earlier pages of the stack in the DOM, hidden, so every lookup is
 * limited to what is visible; each screen is saved as a PNG under test-output/e2e.
 */
export class Screen {
  private shots = 0;
  constructor(
    readonly page: Page,
    readonly who: string,
    private readonly outDir: string,
  ) {}

  text(text: string | RegExp): Locator {
    return this.page.getByText(text, { exact: typeof text === 'string' }).filter({ visible: true }).first();
  }

  async tap(text: string | RegExp) {
    // Not while Taro slides a new page in: a tap then can land beside its target.
    await this.settled();
    await this.text(text).click();
  }

  /** Waits (briefly) for a page slide to end. */
  async settled() {
    await this.page.waitForFunction('document.documentElement.scrollWidth <= window.innerWidth', undefined, { timeout: 2_000 }).catch(() => undefined);
  }

  /** The input or textarea with this placeholder. */
  field(placeholder: string): Locator {
    return this.page.locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`).filter({ visible: true }).first();
  }

  async fill(placeholder: string, value: string) {
    const field = this.field(placeholder);
    await field.click();
    await field.fill(value);
  }

  async see(text: string | RegExp, timeout = 15_000) {
    try {
      await this.text(text).waitFor({ state: 'visible', timeout });
    } catch (error) {
      await this.shot(`missing-${String(text).replace(/[^\w\u4e00-\u9fa5]+/g, '_').slice(0, 30)}`).catch(() => undefined);
      throw error;
    }
  }

  /** Machine strings a person should never read, found on the screens shot so far: ISO timestamps, enum codes. */
  readonly machineText: string[] = [];

  async shot(name: string) {
    const visible = await this.page.locator('body').innerText().catch(() => '');
    for (const match of visible.matchAll(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\b[A-Z]{3,}(?:_[A-Z]+)+\b|\b(?:PENDING|PERFORMED|CONFIRMED|REJECTED|WRITTEN|ORAL|ONLINE|ANSWERED)\b/g)) {
      this.machineText.push(`${this.who} ${name}: ${match[0]}`);
    }
    // Taro slides a new page in from the right: wait for the slide to end, or the shot is twice the phone's width.
    await this.settled();
    await mkdir(this.outDir, { recursive: true });
    this.shots++;
    await this.page.screenshot({ path: path.join(this.outDir, `${this.who}-${String(this.shots).padStart(2, '0')}-${name}.png`), fullPage: true });
  }
}

/** A phone signed in with a demo account through the login page, the privacy guide accepted (the first time). */
export async function signedInPhone(browser: Browser, base: string, login: string, who: string, outDir: string) {
  const context = await phone(browser);
  const screen = new Screen(await context.newPage(), who, outDir);
  await screen.page.goto(`${base}/app/#/pages/login/index`);
  await screen.fill('账号名，例如 zhangsan', login);
  await screen.tap('登录');
  // The privacy guide the first time this account signs in; straight on after that.
  const guide = screen.text('隐私保护指引');
  await Promise.race([
    guide.waitFor({ state: 'visible', timeout: 15_000 }),
    screen.page.waitForURL((url) => !url.hash.includes('pages/login') && !url.hash.includes('pages/privacy'), { timeout: 15_000 }),
  ]);
  if (await guide.isVisible()) await screen.tap('同意并继续');
  return { context, screen };
}
