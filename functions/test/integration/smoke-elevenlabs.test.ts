// `npm run smoke:elevenlabs` against the strict stand-in: the same steps a clinic runs with its real
// key, so the live check cannot rot unnoticed (CI has no internet and never runs it for real).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { runSmoke } from "../../scripts/smoke-elevenlabs";
import { elevenLabsApiKey, elevenLabsUrl, standIn } from "./harness";

interface StandInState {
  documents: unknown[];
  agents: unknown[];
  signed_urls: unknown[];
  tts: { requests: number };
}

describe("npm run smoke:elevenlabs", function () {
  this.timeout(120_000);
  beforeEach(() => standIn("POST", "/_emulator/reset"));

  it("passes every step against the stand-in and leaves nothing behind", async () => {
    const lines: string[] = [];
    const steps = await runSmoke({ apiKey: elevenLabsApiKey, baseUrl: elevenLabsUrl, log: (line) => lines.push(line) });
    assert.deepEqual(steps.filter((s) => !s.ok), [], lines.join("\n"));
    assert.deepEqual(steps.map((s) => s.step), [
      "list voices",
      "create a knowledge document",
      "find it by name-prefix search",
      "start its RAG index",
      "create an agent",
      "fetch the agent",
      "mint a signed URL",
      "one short text-to-speech request",
      "delete the agent",
      "delete the knowledge document",
    ]);
    assert.equal(lines.length, steps.length, "one printed line per step");
    assert.ok(lines.every((line) => /^✔ .+ \(\d+ ms\): .+/.test(line)));
    const state = await standIn<StandInState>("GET", "/_emulator/state");
    assert.deepEqual([state.documents.length, state.agents.length, state.signed_urls.length], [0, 0, 1]);
    assert.ok(state.tts.requests >= 1);
  });

  it("reports a failed step (the stand-in refuses the agent) and still cleans up", async () => {
    await standIn("POST", "/_emulator/faults", { route: "agents.create", kind: "error", status: 400, count: 1 });
    const steps = await runSmoke({ apiKey: elevenLabsApiKey, baseUrl: elevenLabsUrl, log: () => undefined });
    const failed = steps.filter((s) => !s.ok).map((s) => s.step);
    assert.deepEqual(failed, ["create an agent"]);
    const state = await standIn<StandInState>("GET", "/_emulator/state");
    assert.deepEqual([state.documents.length, state.agents.length], [0, 0]);
  });

  it("says so and exits 0 without a key", () => {
    const root = join(__dirname, "..", "..", "..");
    const env = { ...process.env };
    delete env.ELEVENLABS_API_KEY;
    const result = spawnSync("npx", ["tsx", "functions/scripts/smoke-elevenlabs.ts"], { cwd: root, env, encoding: "utf8" });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /ELEVENLABS_API_KEY is not set: nothing was called/);
  });
});
