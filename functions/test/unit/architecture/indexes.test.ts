// Every composite index in firestore.indexes.json must serve a query in functions/src: an unused
// index costs a write on every document of its collection and a reader's trust in the file.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const functionsDir = join(__dirname, "..", "..", "..");
const repoRoot = join(functionsDir, "..");

interface IndexSpec {
  collectionGroup: string;
  fields: { fieldPath: string }[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const QUERY_WINDOW_CHARS = 400;

/** A query chain that starts on the index's first field and names every other field soon after. */
export function queryUses(source: string, fields: string[]): boolean {
  const [first, ...rest] = fields;
  const starts = new RegExp(`\\.(?:where|orderBy)\\(\\s*"${first!.replace(/\./g, "\\.")}"`, "g");
  for (const match of source.matchAll(starts)) {
    const window = source.slice(match.index, match.index + QUERY_WINDOW_CHARS);
    // repositories/pagination.ts fetchPage(query, "orderField", page, ...) orders by its second argument.
    if (rest.every((field) => new RegExp(`(?:\\.(?:where|orderBy)\\(\\s*"${field.replace(/\./g, "\\.")}"|,\\s*"${field.replace(/\./g, "\\.")}",\\s*page\\b)`).test(window))) return true;
  }
  return false;
}

describe("firestore.indexes.json", () => {
  const indexes = (JSON.parse(readFileSync(join(repoRoot, "firestore.indexes.json"), "utf8")) as { indexes: IndexSpec[] }).indexes;
  const sources = sourceFiles(join(functionsDir, "src")).map((file) => readFileSync(file, "utf8"));

  it("recognises a query chain and refuses an index no query has", () => {
    const code = 'col("sessions").where("status", "==", "active").where("started_at", "<", t).limit(1).get();';
    assert.equal(queryUses(code, ["status", "started_at"]), true);
    assert.equal(queryUses(code, ["summary_status", "ended_at"]), false);
    assert.equal(queryUses(code, ["status", "ended_at"]), false);
    const paged = 'return fetchPage(col("agents").where("doctor_id", "==", doctorId), "created_at", page, toView);';
    assert.equal(queryUses(paged, ["doctor_id", "created_at"]), true);
    assert.equal(queryUses(paged, ["doctor_id", "updated_at"]), false);
  });

  for (const index of indexes) {
    const fields = index.fields.map((f) => f.fieldPath);
    it(`${index.collectionGroup} (${fields.join(", ")}) is used by a query`, () => {
      assert.ok(
        sources.some((source) => queryUses(source, fields)),
        `no query in functions/src filters or orders on ${fields.join(" then ")}: remove the index or use it`,
      );
    });
  }
});
