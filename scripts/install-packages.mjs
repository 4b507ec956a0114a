// Installs the nested packages (functions/, the ElevenLabs stand-in) after the root install,
// with the Node 22 that the root install just brought (node_modules/.bin is first on PATH).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packages = ["functions", "tools/elevenlabs-emulator"];

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
