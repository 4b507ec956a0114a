// What every function instance loads before its first request: the entry and what it wires. Heavy
// libraries a handler needs only to serve a request (zod for request bodies, the ElevenLabs SDK, the
// summarizer's packs) load on that request, so one handler's dependencies never slow another's start.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const functionsDir = join(__dirname, "..", "..", "..");

/** Loads the entry in a fresh process (as a cold instance does) and lists the packages it pulled in. */
function packagesLoadedByEntry(): string[] {
  const script = [
    'require("./src/index.ts");',
    "const names = new Set();",
    "for (const file of Object.keys(require.cache)) {",
    "  const at = file.lastIndexOf('/node_modules/');",
    "  if (at < 0) continue;",
    "  const parts = file.slice(at + 14).split('/');",
    "  names.add(parts[0].startsWith('@') ? parts[0] + '/' + parts[1] : parts[0]);",
    "}",
    "process.stdout.write(JSON.stringify([...names]));",
  ].join("\n");
  const tsx = join(functionsDir, "node_modules", ".bin", "tsx");
  return JSON.parse(execFileSync(tsx, ["-e", script], { cwd: functionsDir, encoding: "utf8" })) as string[];
}

describe("cold start path", () => {
  it("loads no request-only library when the entry loads", function () {
    this.timeout(60_000);
    const loaded = packagesLoadedByEntry();
    // the check reads real module loads: firebase-functions is always there
    assert.ok(loaded.includes("firebase-functions"), `expected firebase-functions among ${loaded.join(", ")}`);
    for (const lazy of ["zod", "@elevenlabs/elevenlabs-js"]) {
      assert.ok(!loaded.includes(lazy), `${lazy} is loaded at cold start; load it on the first request that needs it`);
    }
  });
});
