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

/** Every form control on the page has a label (visible <label> or an accessible name). */
export async function unlabelledControls(page: Page): Promise<string[]> {
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
