import * as fs from "node:fs";
import { expandCompact } from "./corpus";
import { summarizeConversation } from "../src/domain/summarizer";
const dir = "test/fixtures/conversations/tuning/";
for (const arg of process.argv.slice(2)) {
  const [f, i] = arg.split(":");
  const raw = JSON.parse(fs.readFileSync(dir + f + ".json", "utf8"));
  const conv = expandCompact(raw) as any;
  delete conv.labels;
  const s: any = summarizeConversation(conv);
  const idx = Number(i);
  const hit = (l: any[]) => l.filter((x) => x.turn_index === idx).map((x) => `${x.rule_id ?? ""}/${x.reason ?? x.category ?? ""}/${x.unanswered_reason ?? ""}`);
  console.log(arg, "A:", hit(s.requires_attention), "R:", hit(s.for_review), "ans:", hit(s.answered_questions).length, "unans:", hit(s.unanswered_questions));
}
