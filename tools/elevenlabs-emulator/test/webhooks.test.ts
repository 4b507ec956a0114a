// Post-call webhook delivery as ElevenLabs does it: one attempt per event unless retries are enabled,
// retries only for 5xx/429/408, auto-disabling after 10 consecutive failures (when the last success is
// older than 7 days or never happened), visible through the SDK's workspace webhooks list.

import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import { control, expectSpec, raw, start, waitFor } from "./helpers.ts";
import { TextSession } from "./conversation-helpers.ts";
import type { RunningEmulator } from "../src/index.ts";

/** A receiver that answers the given statuses in turn (then 200), counting requests. */
async function receiver(statuses: number[] = []) {
  const hits: number[] = [];
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const status = statuses[n++] ?? 200;
      hits.push(status);
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    hits,
    setStatuses: (next: number[]) => {
      statuses = next;
      n = 0;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe("post-call webhooks", () => {
  let em: RunningEmulator;
  let client: ElevenLabsClient;
  let conversationId: string;

  async function oneConversation() {
    const { agentId } = await client.conversationalAi.agents.create({ conversationConfig: { agent: { firstMessage: "Hi" }, conversation: { textOnly: true } } });
    const s = await TextSession.open((await client.conversationalAi.conversations.getSignedUrl({ agentId })).signedUrl);
    const meta = await s.next("conversation_initiation_metadata");
    await s.close();
    const id = meta.conversation_initiation_metadata_event.conversation_id as string;
    await waitFor(() => em.emulator.conversations.get(id)?.status === "done", "done");
    return id;
  }

  /** Sends the conversation's webhook again (the control API marks it done once more). */
  async function event() {
    const before = em.emulator.webhookDeliveries.length;
    assert.equal((await control(em, "POST", `/_emulator/conversations/${conversationId}/status`, { status: "done" })).status, 200);
    await waitFor(() => {
      const d = em.emulator.webhookDeliveries[before];
      return d && d.state !== "pending";
    }, "delivery settled");
    return em.emulator.webhookDeliveries[before];
  }

  afterEach(async () => {
    await em?.close();
  });

  it("sends each event once by default: a failing receiver is not retried", async () => {
    const hook = await receiver([500, 500, 500]);
    try {
      ({ em, client } = await start({ webhookUrl: hook.url }));
      conversationId = await oneConversation();
      await waitFor(() => em.emulator.webhookDeliveries[0]?.state === "failed", "failed");
      await new Promise((r) => setTimeout(r, 200));
      assert.deepEqual(hook.hits, [500], "one attempt, no retry");
      const state = (await control(em, "GET", "/_emulator/webhook")).body;
      assert.equal(state.consecutive_failures, 1);
      assert.equal(state.max_attempts, 1);
      assert.equal(state.retry_enabled, false);
    } finally {
      await hook.close();
    }
  });

  it("retries when opted in (--webhook-max-attempts), only for 5xx/429/408", async () => {
    const hook = await receiver([500, 503, 200]);
    try {
      ({ em, client } = await start({ webhookUrl: hook.url, webhookMaxAttempts: 3 }));
      conversationId = await oneConversation();
      await waitFor(() => em.emulator.webhookDeliveries[0]?.state === "delivered", "delivered");
      assert.deepEqual(hook.hits, [500, 503, 200]);
      assert.equal((await control(em, "GET", "/_emulator/webhook")).body.consecutive_failures, 0, "the success reset the count");
      hook.setStatuses([404, 200]);
      const d = await event();
      assert.equal(d.state, "failed");
      assert.deepEqual(d.attempts.map((a) => a.status), [404], "a 404 is a configuration error: not retried");
      hook.setStatuses([429, 408, 200]);
      assert.deepEqual((await event()).attempts.map((a) => a.status), [429, 408, 200]);
    } finally {
      await hook.close();
    }
  });

  it("auto-disables the webhook after 10 consecutive failures with no success; the SDK's list shows it; PATCH re-enables", async () => {
    const hook = await receiver(new Array(20).fill(500));
    try {
      ({ em, client } = await start({ webhookUrl: hook.url }));
      conversationId = await oneConversation(); // failure 1
      await waitFor(() => em.emulator.webhookDeliveries[0]?.state === "failed", "failed");
      for (let i = 2; i <= 9; i++) await event();
      let listed = (await client.webhooks.list()).webhooks[0];
      assert.equal(listed.isAutoDisabled, false, "9 failures: still on");
      assert.equal((await event()).state, "failed"); // failure 10
      listed = (await client.webhooks.list()).webhooks[0];
      assert.equal(listed.isAutoDisabled, true);
      assert.equal(listed.isDisabled, false);
      assert.equal(listed.mostRecentFailureErrorCode, 500);
      assert.equal(listed.webhookUrl, hook.url);
      expectSpec("GET", "/v1/workspace/webhooks", 200, (await raw(em, "GET", "/v1/workspace/webhooks")).json);
      const state = (await control(em, "GET", "/_emulator/webhook")).body;
      assert.equal(state.enabled, false);
      assert.equal(state.consecutive_failures, 10);

      const hitsBefore = hook.hits.length;
      assert.equal((await event()).state, "skipped_disabled");
      assert.equal(hook.hits.length, hitsBefore, "nothing is sent while disabled");

      await client.webhooks.update(listed.webhookId, { isDisabled: false, name: listed.name });
      hook.setStatuses([200]);
      assert.equal((await event()).state, "delivered");
      assert.equal((await client.webhooks.list()).webhooks[0].isAutoDisabled, false);
    } finally {
      await hook.close();
    }
  });

  it("a success resets the count; a success within 7 days keeps the webhook on past 10 failures", async () => {
    const hook = await receiver([...new Array(9).fill(500), 200, ...new Array(12).fill(500)]);
    try {
      ({ em, client } = await start({ webhookUrl: hook.url }));
      conversationId = await oneConversation();
      await waitFor(() => em.emulator.webhookDeliveries[0]?.state !== "pending", "first");
      for (let i = 2; i <= 9; i++) await event();
      assert.equal((await event()).state, "delivered");
      assert.equal((await control(em, "GET", "/_emulator/webhook")).body.consecutive_failures, 0);
      for (let i = 0; i < 11; i++) await event();
      let state = (await control(em, "GET", "/_emulator/webhook")).body;
      assert.equal(state.consecutive_failures, 11);
      assert.equal(state.enabled, true, "the last success is recent");
      em.advanceClock(7 * 24 * 3600 * 1000 + 1000);
      await event();
      state = (await control(em, "GET", "/_emulator/webhook")).body;
      assert.equal(state.is_auto_disabled, true, "12 failures and the last success over 7 days ago");
    } finally {
      await hook.close();
    }
  });

  it("PATCH retry_enabled turns on up to 5 retries", async () => {
    const hook = await receiver(new Array(10).fill(502));
    try {
      ({ em, client } = await start({ webhookUrl: hook.url }));
      const [w] = (await client.webhooks.list()).webhooks;
      await client.webhooks.update(w.webhookId, { isDisabled: false, name: w.name, retryEnabled: true });
      conversationId = await oneConversation();
      await waitFor(() => em.emulator.webhookDeliveries[0]?.state === "failed", "gave up", 10_000);
      assert.equal(hook.hits.length, 6);
    } finally {
      await hook.close();
    }
  });
});
