// The CLI prints its address once ready, serves requests, and exits cleanly on SIGINT/SIGTERM.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../src/cli.ts", import.meta.url));

function runCli(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (d) => {
      out += d;
      const m = /ElevenLabs stand-in listening on (http:\/\/\S+)\n/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
  ready.catch(() => undefined); // awaited by callers that expect a start
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, ready, exited, output: () => out, errors: () => err };
}

describe("cli", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`starts with flags, prints one ready line, exits cleanly on ${signal}`, async () => {
      const p = runCli(["--port", "0", "--api-key", "k1", "--processing-delay-ms", "10", "--latency-ms", "0", "--webhook-secret", "s"]);
      const url = await p.ready;
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.equal(p.output().trim().split("\n").length, 1);
      assert.match(p.errors(), /no LLM/);
      const ok = await fetch(`${url}/v1/voices`, { headers: { "xi-api-key": "k1" } });
      assert.equal(ok.status, 200);
      const denied = await fetch(`${url}/v1/voices`, { headers: { "xi-api-key": "local-dev-key" } });
      assert.equal(denied.status, 401);
      p.child.kill(signal);
      assert.equal(await p.exited, 0);
    });
  }

  it("takes --plan and the new limits flags, and refuses an unknown plan", async () => {
    const p = runCli(["--port", "0", "--plan", "free", "--rag-index-ms", "50", "--tts-generation-ms", "0", "--receive-timeout-ms", "0", "--webhook-max-attempts", "8", "--strict-dynamic-variables"]);
    const url = await p.ready;
    assert.match(p.errors(), /Plan: free/);
    const plan = await (await fetch(`${url}/_emulator/plan`)).json();
    assert.equal(plan.plan, "free");
    assert.equal((await (await fetch(`${url}/_emulator/webhook`)).json()).max_attempts, 8);
    p.child.kill("SIGTERM");
    assert.equal(await p.exited, 0);
    const bad = runCli(["--port", "0", "--plan", "gold"]);
    assert.equal(await bad.exited, 2);
    assert.match(bad.errors(), /--plan must be one of free, starter, creator, pro, scale, business, enterprise/);
  });

  it("prints help", async () => {
    const p = runCli(["--help"]);
    assert.equal(await p.exited, 0);
    assert.match(p.output(), /--webhook-url/);
    assert.match(p.output(), /default 8911/);
  });
});
