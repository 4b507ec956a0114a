/**
 * Writes the conversations of a compact corpus folder (test/fixtures/conversations/WRITING.md) as ElevenLabs
 * conversation JSON files (GET /v1/convai/conversations/{id}, plus their `labels`), so that
 * `npm run summarize` and any other ElevenLabs tooling can read them.
 *
 *   npm run corpus:expand                      tuning fixtures -> a new temporary folder
 *   npm run corpus:expand -- SRC_DIR [OUT_DIR]
 *
 * Prints the output folder. Files keep their names; turn indices (and so labels) are unchanged.
 */

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { expandCompact, isCompact } from "./corpus";
import { TUNING_DIR } from "./eval-summarizer";

export function expandDirectory(source: string, target: string): number {
  fs.mkdirSync(target, { recursive: true });
  let written = 0;
  for (const name of fs.readdirSync(source).filter((n) => n.toLowerCase().endsWith(".json")).sort()) {
    const raw = JSON.parse(fs.readFileSync(path.join(source, name), "utf8")) as unknown;
    if (!isCompact(raw)) throw new Error(`${name}: not a compact corpus file (no "turns" array)`);
    fs.writeFileSync(path.join(target, name), `${JSON.stringify(expandCompact(raw), null, 2)}\n`);
    written++;
  }
  return written;
}

function main(): void {
  const base = process.env.INIT_CWD ?? process.cwd();
  const [sourceArg, targetArg] = process.argv.slice(2);
  const source = sourceArg ? path.resolve(base, sourceArg) : TUNING_DIR;
  const target = targetArg ? path.resolve(base, targetArg) : fs.mkdtempSync(path.join(os.tmpdir(), "conversations-"));
  const written = expandDirectory(source, target);
  console.log(`${written} conversation(s) written to ${target}`);
}

if (require.main === module) main();
