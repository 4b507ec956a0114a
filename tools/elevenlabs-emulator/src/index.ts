// Programmatic entry point for test harnesses.

import type { AddressInfo } from "node:net";
import { createEmulatorServer } from "./server.ts";
import { Emulator, newWebhookSettings, resolveOptions } from "./state.ts";
import type { EmulatorOptions, Json } from "./state.ts";
import type { Fault } from "./faults.ts";
import { stateSnapshot } from "./routes/control.ts";

export type { EmulatorOptions } from "./state.ts";
export type { Fault, FaultKind } from "./faults.ts";
export { FAULT_KINDS } from "./faults.ts";
export { DEFLECTION_EN, DEFLECTION_ES } from "./conversation/retrieval.ts";
export { signatureHeader } from "./webhooks.ts";
export { CHARACTER_LIMITS } from "./routes/tts.ts";
export { VOICES } from "./routes/voices.ts";

export interface RunningEmulator {
  /** http://HOST:PORT — pass it as `baseUrl` to ElevenLabsClient. */
  url: string;
  port: number;
  host: string;
  apiKey: string;
  webhookSecret: string;
  /** The live in-memory state (documents, agents, conversations, faults, logs). */
  emulator: Emulator;
  /** Same as GET /_emulator/state. */
  state(): Json;
  /** Same as POST /_emulator/reset. */
  reset(): void;
  /** Same as POST /_emulator/faults with one fault spec. */
  addFault(spec: Record<string, unknown>): Fault;
  /** Moves the virtual clock forward (conversation times, signed-URL expiry, timestamps). */
  advanceClock(ms: number): void;
  /** Sets the webhook target after start (e.g. once a test's receiver is listening). */
  setWebhookUrl(url: string | undefined): void;
  close(): Promise<void>;
}

export async function startElevenLabsEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const opts = resolveOptions(options);
  const em = new Emulator(opts);
  const { server, sockets } = createEmulatorServer(em);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  opts.port = port;
  const hostForUrl = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  const url = `http://${hostForUrl}:${port}`;
  em.baseUrl = url;
  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    host: opts.host,
    apiKey: opts.apiKey,
    webhookSecret: opts.webhookSecret,
    emulator: em,
    state: () => stateSnapshot(em),
    reset: () => em.reset(),
    addFault: (spec) => {
      const r = em.faults.add(spec);
      if (typeof r === "string") throw new Error(r);
      return r;
    },
    advanceClock: (ms) => em.advanceClock(ms),
    setWebhookUrl: (u) => {
      // A new target is a new webhook: enabled, with no failures counted.
      em.opts.webhookUrl = u || undefined;
      em.webhook = newWebhookSettings(em);
    },
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        for (const t of em.timers) clearTimeout(t);
        em.timers.clear();
        sockets.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
