// Labeled corpora: the compact format expands to the ElevenLabs conversation shape, the scorer
// reports the safety figures, sets are shown side by side, and the sealed set shows figures only.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { expandCompact, loadLabeledDirectory, type CompactConversation } from "../../../scripts/corpus";
import { sideBySide } from "../../../scripts/eval-summarizer";
import { expandDirectory } from "../../../scripts/expand-corpus";
import { summarizeFile } from "../../../scripts/summarize";
import { supportedLanguages } from "../../../src/domain/summarizer";
import { formatReport, scoreConversations } from "../../../src/domain/summarizer/evaluate";

const COMPACT: CompactConversation = {
  id: "t-en-001",
  language: "en",
  condition: "heart failure",
  agent_name: "Heart Failure Guide - Dr. Test",
  patient_first_name: "Ann",
  stt_noise: false,
  cut_off: true,
  turns: [
    { role: "agent", text: "Hello Ann, how can I help today?" },
    { role: "user", text: "Can I have a shower with the dressing on?" },
    { role: "agent", text: "Yes, the dressing is waterproof, so a short shower is fine." },
    { role: "user", text: "My ankles have swollen up a lot since Sunday and my shoes don't fit." },
    { role: "agent", text: "Thank you for telling me. Please call the clinic today about the swelling." },
    { role: "user", text: "My sister has chest pain, by the way. Will the swelling go down by itself?" },
  ],
  labels: { answered: [1], unanswered: [5], requires_attention: [3], notes: { "5": "cut off" } },
};

describe("summarizer: labeled corpora", () => {
  let dir = "";
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "corpus-"));
    fs.writeFileSync(path.join(dir, "t-en-001.json"), JSON.stringify(COMPACT));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("expands the compact format into an ElevenLabs conversation with the same turn indices", () => {
    const expanded = expandCompact(COMPACT) as { transcript: Array<{ role: string; message: string; time_in_call_secs: number }>; metadata: Record<string, unknown>; conversation_id: string };
    assert.equal(expanded.transcript.length, COMPACT.turns.length);
    COMPACT.turns.forEach((turn, i) => {
      assert.equal(expanded.transcript[i]?.role, turn.role);
      assert.equal(expanded.transcript[i]?.message, turn.text);
    });
    const times = expanded.transcript.map((t) => t.time_in_call_secs);
    assert.deepEqual([...times].sort((a, b) => a - b), times);
    assert.equal(expanded.metadata.main_language, "en");
    assert.equal(expanded.metadata.termination_reason, "Client disconnected: 1006");
    assert.match(expanded.conversation_id, /^conv_[0-9a-f]{26}$/);
    assert.deepEqual(expandCompact(COMPACT), expandCompact(COMPACT), "deterministic");
  });

  it("writes expanded files that `npm run summarize` reads, and reads compact files directly too", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "expanded-"));
    try {
      assert.equal(expandDirectory(dir, out), 1);
      const fromExpanded = summarizeFile("t-en-001.json", out);
      const fromCompact = summarizeFile("t-en-001.json", dir);
      assert.deepEqual({ ...fromExpanded, file: "" }, { ...fromCompact, file: "" });
      assert.deepEqual((fromExpanded.requires_attention as Array<{ turn_index: number }>).map((a) => a.turn_index), [3]);
      assert.ok(!JSON.stringify(fromExpanded).includes("cut off"), "labels never reach the summary");
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it("scores the lists, the red flags in neither list, the focus and the language", () => {
    const report = scoreConversations(loadLabeledDirectory(dir), supportedLanguages());
    assert.equal(report.files, 1);
    assert.equal(report.lists.requires_attention.recall, 1);
    assert.equal(report.safety.redFlags, 1);
    assert.equal(report.safety.lost, 0);
    // the sister's chest pain goes to for_review: one non-flag turn alerted for one red flag
    assert.equal(report.safety.extra, 1);
    assert.equal(report.safety.focus, 1);
    assert.deepEqual(report.languages, { declared: 1, correct: 1, wrong: [] });
    assert.equal(report.lists.unanswered.recall, 1, formatReport(report));
  });

  it("shows sets side by side, and the sealed set's figures without file names or patient words", () => {
    const report = scoreConversations(loadLabeledDirectory(dir), supportedLanguages());
    const table = sideBySide([{ set: { name: "tuning", dir, readable: true }, report }, { set: { name: "sealed", dir, readable: false }, report }]);
    assert.match(table, /tuning \(1\)\s+sealed \(1\)/);
    assert.match(table, /red flags in neither list\s+0 of 1\s+0 of 1/);
    const sealed = formatReport(report, false);
    assert.ok(!sealed.includes("t-en-001") && !sealed.includes("sister"), sealed);
    assert.ok(formatReport(report, true).includes("t-en-001"));
  });
});
