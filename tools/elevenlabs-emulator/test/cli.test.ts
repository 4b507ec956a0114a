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

  it("prints help", async () => {
    const p = runCli(["--help"]);
    assert.equal(await p.exited, 0);
    assert.match(p.output(), /--webhook-url/);
    assert.match(p.output(), /default 8911/);
  });
});
