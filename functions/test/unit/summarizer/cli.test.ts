// The command-line helpers: labels are stripped, relative paths resolve against the caller's dir.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadLabeledConversations } from "../../../scripts/eval-summarizer";
import { summarizeFile } from "../../../scripts/summarize";
import { scoreConversations } from "../../../src/domain/summarizer/evaluate";
import { conversation } from "./helpers";

const CALL = {
  ...conversation([
    ["agent", "Hello, how can I help?"],
    ["user", "Can I have a bath yet?"],
    ["agent", "Not yet: showers only until your wound check, usually about two weeks after the operation."],
    ["user", "My calf is swollen and hot since last night."],
    ["agent", "A swollen, hot calf needs to be checked today. Please call the clinic now."],
  ]),
  labels: { answered: [1], unanswered: [], requires_attention: [3], notes: {} },
};

describe("summarizer: command-line helpers", () => {
  let dir = "";
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "summarizer-"));
    fs.writeFileSync(path.join(dir, "c01.json"), JSON.stringify(CALL));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("summarizes a file given relative to the caller's directory, without its labels", () => {
    const out = summarizeFile("c01.json", dir);
    assert.deepEqual(Object.keys(out), ["file", "answered_questions", "unanswered_questions", "requires_attention", "for_review", "language", "language_unsupported"]);
    assert.equal(out.file, "c01.json");
    assert.ok(!JSON.stringify(out).includes("notes"));
  });

  it("scores a labeled directory with the pure evaluator", () => {
    const report = scoreConversations(loadLabeledConversations(dir));
    assert.equal(report.files, 1);
    assert.equal(report.lists.answered.recall, 1);
    assert.equal(report.lists.requires_attention.recall, 1);
    assert.ok(report.passed);
  });
});
