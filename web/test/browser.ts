// Real headless Chromium for the browser tests, driven by playwright-core (no browser download:
// see scripts/ensure-chromium.mjs), and screenshots saved as test artifacts.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
// @ts-expect-error -- a plain ES module without types
import { findChromium } from "../scripts/ensure-chromium.mjs";

export const repoRoot = join(import.meta.dirname, "..", "..");
export const screenshotDir = join(repoRoot, ".local", "screenshots");
export const hostingUrl = `http://127.0.0.1:${process.env.HOSTING_PORT ?? "5002"}`;

export async function launchChromium(): Promise<Browser> {
  const found = (await findChromium()) as { executablePath: string; args: string[]; source: string } | undefined;
  if (!found) throw new Error("No Chromium: run `node web/scripts/ensure-chromium.mjs` (README, 'Browser tests').");
  return chromium.launch({
    executablePath: found.executablePath,
    headless: true,
    args: [
      ...found.args,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // A working fake microphone for the voice path; no permission prompt.
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
    ],
  });
}

const taken: string[] = [];

/** Full-page screenshot into .local/screenshots, listed in the test output. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  taken.push(path);
  writeFileSync(join(screenshotDir, "index.txt"), `${taken.join("\n")}\n`);
  return path;
}

export const screenshotsTaken = () => [...taken];

/**
 * The tests run through tsx (esbuild with keepNames), which wraps every named function in a
 * `__name(fn, "name")` call. Functions handed to page.evaluate are serialized with that call in
 * them, and the page has no `__name`: without this identity helper in the page each checker dies
 * with "ReferenceError: __name is not defined" before it measures anything. (A string, so that
 * esbuild leaves it alone.)
 */
async function allowKeptNames(page: Page): Promise<void> {
  await page.evaluate("globalThis.__name ??= (fn) => fn");
}

/** Every form control on the page has a label (visible <label> or an accessible name). */
export async function unlabelledControls(page: Page): Promise<string[]> {
  await allowKeptNames(page);
  return page.evaluate(() =>
    [...document.querySelectorAll("input:not([type=hidden]), select, textarea")]
      .filter((el) => {
        const control = el as HTMLInputElement;
        if (control.closest("[hidden]") || control.offsetParent === null) return false;
        return !(control.labels && control.labels.length > 0) && !control.getAttribute("aria-label") && !control.getAttribute("aria-labelledby");
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/**
 * WCAG AA contrast of every visible text on the page: each element with its own text node is
 * measured against the first opaque background behind it (4.5:1, or 3:1 for large text:
 * >= 24 px, or >= 18.66 px bold). Returns the failures with their ratio.
 */
export async function lowContrastText(page: Page): Promise<string[]> {
  await allowKeptNames(page);
  return page.evaluate(() => {
    const parse = (c: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r: r!, g: g!, b: b!, a: a! };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const backgroundOf = (el: Element | null) => {
      for (let e = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg.a >= 0.99) return bg;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const failures: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const html = el as HTMLElement;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!ownText || html.offsetParent === null || el.closest("[hidden], svg, [aria-hidden=true]")) continue;
      const style = getComputedStyle(html);
      if (style.visibility === "hidden" || Number(style.opacity) === 0) continue;
      const fg = parse(style.color);
      if (!fg) continue;
      const bg = backgroundOf(html);
      const blended = { r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a) };
      const [l1, l2] = [luminance(blended), luminance(bg)].sort((a, b) => b - a);
      const ratio = (l1! + 0.05) / (l2! + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) failures.push(`${ratio.toFixed(2)}:1 "${html.innerText.trim().slice(0, 40)}" (${style.color} on rgb(${bg.r}, ${bg.g}, ${bg.b}))`);
    }
    return failures;
  });
}

/**
 * Walks the page with Tab only and returns the visible, enabled controls (links, buttons,
 * fields) that the keyboard never reached, and the reached ones whose focus outline is missing
 * or below 3:1 against the background around it.
 */
export async function keyboardGaps(page: Page, maxTabs = 150): Promise<{ unreached: string[]; noOutline: string[] }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await allowKeptNames(page);
  const reached = new Set<string>();
  const noOutline: string[] = [];
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // A control can hold several focus stops: <audio controls> has play, the timeline, volume and
      // a menu inside its built-in shadow tree, and document.activeElement is the <audio> for each.
      // Staying on the element that was focused last is such an inner stop, not the end of the
      // walk; the walk ends when Tab comes back round to the first control.
      const state = window as unknown as { kbLast?: Element };
      const previous = state.kbLast;
      state.kbLast = el;
      if (el.dataset.kbReached) return { id: "", problem: "", again: el.dataset.kbReached === "first" && previous !== el };
      el.dataset.kbReached = previous ? "1" : "first";
      const style = getComputedStyle(el);
      const id = el.outerHTML.slice(0, 80);
      if (style.outlineStyle === "none" || !(parseFloat(style.outlineWidth) > 0)) return { id, problem: "no focus outline", again: false };
      // WCAG 1.4.11: the ring needs 3:1 against what is around it -- the first opaque background
      // behind the ring (outside the control for a positive offset, inside it otherwise).
      const parse = (c: string) => {
        const m = /rgba?\(([^)]+)\)/.exec(c);
        if (!m) return null;
        const [r, g, b, a = 1] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
        return { r: r!, g: g!, b: b!, a: a! };
      };
      const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
        const ch = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
      };
      let bg = { r: 255, g: 255, b: 255, a: 1 };
      for (let e: Element | null = parseFloat(style.outlineOffset) >= 0 ? el.parentElement : el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a >= 0.99) {
          bg = c;
          break;
        }
      }
      const ring = parse(style.outlineColor);
      if (!ring) return { id, problem: `unreadable focus outline colour ${style.outlineColor}`, again: false };
      const [l1, l2] = [luminance(ring), luminance(bg)].sort((a, b) => b - a);
      const ratio = (l1! + 0.05) / (l2! + 0.05);
      const problem = ratio < 3 ? `focus outline ${ratio.toFixed(2)}:1 (${style.outlineColor} on rgb(${bg.r}, ${bg.g}, ${bg.b}))` : "";
      return { id, problem, again: false };
    });
    if (!info) continue;
    if (info.again) break; // back at the first control: the whole page was walked
    if (!info.id) continue; // an inner stop of a control already counted
    reached.add(info.id);
    if (info.problem) noOutline.push(`${info.problem}: ${info.id}`);
  }
  const unreached = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("a[href], button, input:not([type=hidden]), select, textarea, audio[controls]")]
      .filter((el) => el.offsetParent !== null && !(el as HTMLButtonElement).disabled && !el.closest("[hidden], dialog:not([open])") && !el.dataset.kbReached)
      .map((el) => el.outerHTML.slice(0, 100)),
  );
  await page.evaluate(() => {
    document.querySelectorAll<HTMLElement>("[data-kb-reached]").forEach((el) => delete el.dataset.kbReached);
    delete (window as unknown as { kbLast?: Element }).kbLast;
  });
  return { unreached, noOutline };
}
