// Knowledge-base search matches document names by prefix only, and text to speech on eleven_v3
// refuses the request-stitching fields. Both through the real SDK.

import assert from "node:assert/strict";
import { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import { expectSpec, raw, start } from "./helpers.ts";
import type { RunningEmulator } from "../src/index.ts";

const VOICE = "21m00Tcm4TlvDq8ikWAM";

describe("knowledge search and request stitching", () => {
  let em: RunningEmulator;
  let client: ElevenLabsClient;

  before(async () => {
    ({ em, client } = await start());
  });
  after(async () => {
    await em.close();
  });
  beforeEach(() => em.reset());

  it("knowledge search finds documents by name prefix, never by inner text or a word inside the name", async () => {
    const text = "Take ibuprofen 400 mg every 8 hours with food if you have pain.";
    await client.conversationalAi.knowledgeBase.documents.createFromText({ text, name: "kn_123 Knee aftercare" });
    await client.conversationalAi.knowledgeBase.documents.createFromText({ text, name: "Knee aftercare [kn_456]" });
    const names = async (search: string) => (await client.conversationalAi.knowledgeBase.list({ search })).documents.map((d) => d.name);
    assert.deepEqual(await names("ibuprofen"), [], "inner text is not searched");
    assert.deepEqual(await names("aftercare"), [], "a word inside the name is not a prefix");
    assert.deepEqual(await names("kn_456"), [], "a reference at the end of the name is not found");
    assert.deepEqual(await names("kn_123"), ["kn_123 Knee aftercare"]);
    assert.deepEqual(await names("Knee"), ["Knee aftercare [kn_456]"]);
    assert.deepEqual(await names("knee"), [], "prefixes are case-sensitive here");
    expectSpec("GET", "/v1/convai/knowledge-base", 200, (await raw(em, "GET", "/v1/convai/knowledge-base?search=kn_123")).json);
  });

  it("refuses previous_text/next_text/previous_request_ids/next_request_ids with eleven_v3 (400 unsupported_model)", async () => {
    const cases: Record<string, unknown>[] = [{ previousText: "Before." }, { nextText: "After." }, { previousRequestIds: ["abc"] }, { nextRequestIds: ["def"] }];
    const params = ["previous_text", "next_text", "previous_request_ids", "next_request_ids"];
    for (const [i, extra] of cases.entries()) {
      await assert.rejects(client.textToSpeech.convert(VOICE, { text: "Hello there.", modelId: "eleven_v3", ...extra }), (e: any) => {
        assert.equal(e.statusCode, 400);
        assert.equal(e.body.detail.code, "unsupported_model");
        assert.equal(e.body.detail.param, params[i]);
        assert.match(e.body.detail.message, /eleven_v3/);
        return true;
      });
    }
    for (const endpoint of ["/stream", "/with-timestamps", "/stream/with-timestamps"]) {
      const r = await raw(em, "POST", `/v1/text-to-speech/${VOICE}${endpoint}`, { text: "Hi.", model_id: "eleven_v3", previous_text: "x" });
      assert.equal(r.status, 400, endpoint);
    }
    assert.equal((em.state() as any).tts.requests, 0, "nothing was generated");
    // without stitching v3 works, and other models still stitch
    const ok = await raw(em, "POST", `/v1/text-to-speech/${VOICE}`, { text: "Hello there.", model_id: "eleven_v3", previous_request_ids: [] });
    assert.equal(ok.status, 200);
    const stitched = await raw(em, "POST", `/v1/text-to-speech/${VOICE}`, { text: "Hello there.", model_id: "eleven_multilingual_v2", previous_text: "Before.", next_text: "After." });
    assert.equal(stitched.status, 200);
  });
});
