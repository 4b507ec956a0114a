// Installs the nested packages (functions/, the ElevenLabs stand-in, the web app) after the root
// install, with the Node 22 that the root install just brought (node_modules/.bin is first on
// PATH); then builds the web app (Hosting serves web/dist) and makes sure a Chromium is there for
// the browser tests.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packages = ["functions", "tools/elevenlabs-emulator", "web"];

for (const dir of packages) {
  const cwd = join(root, dir);
  const command = existsSync(join(cwd, "package-lock.json")) ? "ci" : "install";
  console.log(`> npm ${command} in ${dir}`);
  const result = spawnSync("npm", [command, "--no-audit", "--no-fund"], { cwd, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`npm ${command} failed in ${dir}.`);
    process.exit(result.status ?? 1);
  }
}

console.log("> building the web app (web/dist)");
if (spawnSync("npm", ["--prefix", "web", "run", "-s", "build"], { cwd: root, stdio: "inherit" }).status !== 0) {
  console.error("The web app did not build.");
  process.exit(1);
}

const chromium = spawnSync(process.execPath, [join(root, "web", "scripts", "ensure-chromium.mjs")], { cwd: root, stdio: "inherit" });
if (chromium.status !== 0) console.warn("No Chromium for the browser tests yet; see README, 'Browser tests'.");
