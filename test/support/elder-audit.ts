import type { Page } from 'playwright-core';

// The page's DOM as far as the audit reads it (it runs in Chromium; the test project has no DOM library).
interface AuditNode {
  nodeType: number;
  textContent: string | null;
}
interface AuditElement extends AuditNode {
  tagName: string;
  className: unknown;
  childNodes: ArrayLike<AuditNode> & Iterable<AuditNode>;
  parentElement: AuditElement | null;
  offsetParent: unknown;
  getBoundingClientRect(): { width: number; height: number };
  matches(selector: string): boolean;
  getAttribute(name: string): string | null;
  closest(selector: string): AuditElement | null;
  querySelectorAll(selector: string): Iterable<AuditElement>;
}
declare const document: { body: AuditElement; documentElement: AuditElement; querySelectorAll(selector: string): Iterable<AuditElement>; querySelector(selector: string): AuditElement | null };
declare const innerWidth: number;
declare const innerHeight: number;
declare function getComputedStyle(el: AuditElement): {
  fontSize: string; lineHeight: string; color: string; backgroundColor: string; visibility: string; display: string; opacity: string;
};

/** 《移动互联网应用(App)适老化通用设计规范》 as measured in CSS pixels on the rendered page. */
export interface AuditRules {
  /** Smallest text size. */
  minFont: number;
  /** The largest text on the page must reach this (the standard's “最大字体不小于 30”). */
  largestFont: number;
  /** Tap targets (buttons, chips, links, inputs): width and height. */
  minTarget: number;
  minLineHeight: number;
  minContrast: number;
}

export const ELDER: AuditRules = { minFont: 18, largestFont: 30, minTarget: 60, minLineHeight: 1.3, minContrast: 4.5 };
export const STANDARD: AuditRules = { minFont: 12, largestFont: 0, minTarget: 44, minLineHeight: 1.3, minContrast: 4.5 };

/** Every rule a visible element of the current page breaks, as readable lines (empty when it meets them all). */
export async function auditPage(page: Page, rules: AuditRules, rootSelector?: string): Promise<string[]> {
  return page.evaluate(([r, selector]) => {
    const problems: string[] = [];
    const root = (selector ? document.querySelector(selector) : null) ?? [...document.querySelectorAll('.page')].find((p) => p.offsetParent !== null) ?? document.body;
    const visible = (el: AuditElement) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
    };
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([red, green, blue]: number[]) =>
      [red, green, blue].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const background = (start: AuditElement): number[] => {
      for (let e: AuditElement | null = start; e; e = e.parentElement) {
        const [red, green, blue, alpha = 1] = rgb(getComputedStyle(e).backgroundColor);
        if (alpha > 0.5) return [red, green, blue];
      }
      return [255, 255, 255];
    };
    const describe = (el: AuditElement) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 16)}”`;
    let largest = 0;
    for (const el of root.querySelectorAll('*')) {
      if (!visible(el)) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').trim();
      if (own) {
        const style = getComputedStyle(el);
        const size = parseFloat(style.fontSize);
        largest = Math.max(largest, size);
        if (size < r.minFont - 0.01) problems.push(`字号 ${size.toFixed(1)}px < ${r.minFont}: ${describe(el)}`);
        const line = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
        const lines = Math.round(el.getBoundingClientRect().height / line);
        if (lines > 1 && line < size * r.minLineHeight - 0.01) problems.push(`行距 ${(line / size).toFixed(2)} < ${r.minLineHeight}: ${describe(el)}`);
        const [fg, bg] = [luminance(rgb(style.color)), luminance(background(el))];
        const contrast = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        if (contrast < r.minContrast - 0.01) problems.push(`对比度 ${contrast.toFixed(2)} < ${r.minContrast}: ${describe(el)}`);
      }
      // What is typed into a box is text too.
      if (el.matches('input:not([type=checkbox]), textarea')) {
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < r.minFont - 0.01) problems.push(`输入框字号 ${size.toFixed(1)}px < ${r.minFont}: ${describe(el)}`);
      }
      const target = el.matches('taro-button-core, .btn, .chip, .link, .star, .input, .textarea, taro-switch-core, .steps__item--tab, .picker');
      if (target) {
        const box = el.getBoundingClientRect();
        if (box.height < r.minTarget - 0.5 || box.width < r.minTarget - 0.5) problems.push(`点按区域 ${box.width.toFixed(0)}×${box.height.toFixed(0)} < ${r.minTarget}: ${describe(el)}`);
        // Something a screen reader can say: its text, its aria-label, or its field's label.
        const spoken = (el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.closest('.field')?.textContent?.trim();
        if (!spoken) problems.push(`没有可朗读的名称: ${describe(el)}`);
      }
    }
    if (largest < r.largestFont) problems.push(`最大字号 ${largest.toFixed(1)}px < ${r.largestFont}`);
    // Every size hangs on the root font size: say what it was, and the viewport it came from.
    if (problems.length) problems.push(`(根字号 ${getComputedStyle(document.documentElement).fontSize}，视口 ${innerWidth}×${innerHeight})`);
    return problems;
  }, [rules, rootSelector] as const);
}
