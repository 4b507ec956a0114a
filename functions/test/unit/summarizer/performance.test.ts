// A one-hour call (600+ turns) must summarize in 10 ms or less (median).
import assert from "node:assert/strict";
import type { ConversationInput } from "../../../src/domain/summarizer";
import { summarize } from "./helpers";

const PATIENT = [
  "ok so um can i have a shower with the dressing on or do i need to cover it",
  "And the tablets, morning or night, does it matter?",
  "My sister had the same thing and she was back at work in a fortnight.",
  "No fever, but my calf has been a bit tight since yesterday, is that normal?",
  "I was wondering whether I can have a glass of wine at the weekend",
  "Right, got it, thanks.",
  "I forgot my evening tablet last night, should I take two today?",
  "When can I drive again? The car's just sitting there.",
  "Honestly some days I wonder what the point of all this is.",
  "Can the nurse give me a ring tomorrow?",
];
const AGENT = [
  "Your care sheet says to keep the dressing dry for forty-eight hours, then you can shower with a waterproof cover.",
  "Take it at the same time each day, with food; the time of day matters less than being consistent.",
  "Everyone heals at their own pace.",
  "A tight calf after surgery needs to be checked today. Please call the clinic now, and call 911 if you get chest pain.",
  "That's something your doctor should decide with you at your follow-up.",
  "You're welcome.",
  "Please don't double up. Your sheet says to skip the missed dose and carry on as normal, and to tell the clinic.",
  "The right time to drive is decided by your surgeon at the follow-up visit.",
  "Thank you for telling me. Those feelings matter, and your care team would want to know so they can help.",
  "I can't place calls, but your request will be passed on to your care team.",
];

/** About an hour of speech: 640 turns of ordinary length. */
function hourLongCall(): ConversationInput {
  const transcript = [];
  let time = 0;
  for (let i = 0; i < 320; i++) {
    const patient = PATIENT[i % PATIENT.length] ?? "";
    const agent = AGENT[i % AGENT.length] ?? "";
    transcript.push({ role: "user", message: patient, time_in_call_secs: time });
    time += Math.round(patient.split(" ").length / 2.5) + 1;
    transcript.push({ role: "agent", message: agent, time_in_call_secs: time });
    time += Math.round(agent.split(" ").length / 2.5) + 1;
  }
  return { transcript, metadata: { main_language: "en" } };
}

describe("summarizer: performance", function () {
  this.timeout(30_000);

  it("summarizes a one-hour, 640-turn call in 10 ms or less (median)", () => {
    const call = hourLongCall();
    for (let i = 0; i < 5; i++) summarize(call); // warm up the JIT and the compiled packs
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const start = process.hrtime.bigint();
      summarize(call);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? Number.POSITIVE_INFINITY;
    console.log(`      median ${median.toFixed(2)} ms over ${times.length} runs (${(call.transcript ?? []).length} turns)`);
    assert.ok(median <= 10, `median ${median.toFixed(2)} ms`);
  });
});
