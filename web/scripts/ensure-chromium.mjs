// Finds a Chromium for the browser tests, or installs one. Playwright's own browser download is
// not reachable from these machines, so in order:
//   1. CHROMIUM_PATH, or a system Chromium (Debian: /usr/bin/chromium);
//   2. as root with apt-get: `apt-get install -y chromium` (Debian's archive; its recommended
//      fonts make the screenshots readable);
//   3. otherwise the npm package @sparticuz/chromium (a Chromium inside a registry package,
//      no root needed), installed into .local/chromium-npm and unpacked on first use.
// Prints the path; `findChromium()` is what the test runner uses.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const npmDir = join(repoRoot, ".local", "chromium-npm");
const SPARTICUZ_VERSION = "153.0.0";

const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/chromium-headless-shell",
  "/usr/lib/chromium/chromium",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/** Extra launch arguments a given Chromium needs (the serverless build brings its own). */
export async function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return { executablePath: process.env.CHROMIUM_PATH, args: [], source: "CHROMIUM_PATH" };
  for (const path of SYSTEM_PATHS) if (existsSync(path)) return { executablePath: path, args: [], source: "system" };
  if (existsSync(join(npmDir, "node_modules", "@sparticuz", "chromium"))) {
    const require = createRequire(join(npmDir, "package.json"));
    const chromium = require("@sparticuz/chromium");
    const mod = chromium.default ?? chromium;
    return { executablePath: await mod.executablePath(), args: mod.args ?? [], source: "@sparticuz/chromium" };
  }
  return undefined;
}

function run(command, args) {
  console.log(`> ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit" }).status === 0;
}

async function ensure() {
  const found = await findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt && !process.env.SKIP_APT_CHROMIUM) {
    process.env.DEBIAN_FRONTEND = "noninteractive";
    if (run("apt-get", ["update"]) && run("apt-get", ["install", "-y", "chromium"])) {
      const again = await findChromium();
      if (again) return again;
    }
    console.warn("Installing Debian's chromium failed; trying the npm package @sparticuz/chromium.");
  }
  mkdirSync(npmDir, { recursive: true });
  if (!existsSync(join(npmDir, "package.json"))) writeFileSync(join(npmDir, "package.json"), JSON.stringify({ private: true }, null, 2));
  if (run("npm", ["install", "--no-audit", "--no-fund", "--prefix", npmDir, `@sparticuz/chromium@${SPARTICUZ_VERSION}`])) return findChromium();
  return undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const chromium = await ensure();
  if (!chromium) {
    console.error("No Chromium found or installed. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.");
    process.exit(1);
  }
  console.log(`Chromium for the browser tests: ${chromium.executablePath} (${chromium.source})`);
}
