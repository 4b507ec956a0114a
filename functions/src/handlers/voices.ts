// The voices a doctor can pick for narration and agents, with ElevenLabs' preview audio.
import { elevenLabsApiKey } from "../config";
import { parseInput } from "../errors";
import * as elevenLabs from "../services/elevenlabs";
import { onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";

/** ElevenLabs pages voices at most 100 at a time. */
export async function listVoices(_caller: Caller, data: unknown) {
  const input = parseInput(contracts().ListVoicesRequest, data);
  const page = await elevenLabs.searchVoices(Math.min(input.page_size ?? 100, 100), input.cursor || undefined);
  return { voices: page.voices, next_cursor: page.nextPageToken };
}

export const voiceOperations = { listVoices: onlyFor("doctor", "admin")(listVoices) };
export const listVoicesCallable = callable("listVoices", voiceOperations.listVoices, { secrets: [elevenLabsApiKey] });
