// Runs a command in its own process group and, when it ends (or we are interrupted), ends the
// whole group: firebase-tools can leave its Java emulators and function workers behind when it
// crashes, and a second run would then find its ports taken.
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the group is already gone
  }
}

export async function endGroup(pid, graceMs = 8000) {
  if (!killGroup(pid, "SIGINT")) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (!killGroup(pid, 0)) return;
  }
  killGroup(pid, "SIGKILL");
}

/**
 * Resolves with { status } like spawnSync; the group is cleaned up in every case. With
 * `teeTo`, the output is also appended to that file (for the log audit).
 */
export function runInProcessGroup(command, args, { teeTo, ...options } = {}) {
  const child = spawn(command, args, { stdio: teeTo ? ["inherit", "pipe", "pipe"] : "inherit", detached: true, ...options });
  if (teeTo) {
    const sink = createWriteStream(teeTo, { flags: "a" });
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      sink.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      process.stderr.write(chunk);
      sink.write(chunk);
    });
    child.once("exit", () => sink.end());
  }
  const onSignal = (signal) => {
    killGroup(child.pid, signal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return new Promise((resolve) => {
    child.once("exit", async (code, signal) => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await endGroup(child.pid);
      resolve({ status: code ?? (signal ? 1 : 0) });
    });
  });
}
