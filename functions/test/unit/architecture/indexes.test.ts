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
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(path) ? [path] : [];
  });
}

const QUERY_WINDOW_CHARS = 400;

const escape = (field: string) => field.replace(/\./g, "\\.");
/** A field named in a filter or an order: the admin SDK's `.where(`, the web SDK's `where(`, or our paged `fetchPage(query, "field"`. */
const namesField = (field: string) => `(?:\\b(?:where|orderBy)\\(\\s*"${escape(field)}"|\\bfetchPage\\([^;]*?,\\s*"${escape(field)}")`;

/** A query chain that starts on the index's first field and names every other field soon after. */
export function queryUses(source: string, fields: string[]): boolean {
  const [first, ...rest] = fields;
  for (const match of source.matchAll(new RegExp(namesField(first!), "g"))) {
    // A little before the match too: `fetchPage(col(...).where(first...), "order"` opens before it.
    const window = source.slice(Math.max(0, match.index - 80), match.index + QUERY_WINDOW_CHARS);
    if (rest.every((field) => new RegExp(namesField(field)).test(window))) return true;
  }
  return false;
}

describe("firestore.indexes.json", () => {
  const indexes = (JSON.parse(readFileSync(join(repoRoot, "firestore.indexes.json"), "utf8")) as { indexes: IndexSpec[] }).indexes;
  // The functions' queries, and the web app's live listeners (they need their indexes too).
  const sources = [join(functionsDir, "src"), join(repoRoot, "web", "src")].flatMap(sourceFiles).map((file) => readFileSync(file, "utf8"));

  it("recognises a query chain and refuses an index no query has", () => {
    const code = 'col("sessions").where("status", "==", "active").where("started_at", "<", t).limit(1).get();';
    assert.equal(queryUses(code, ["status", "started_at"]), true);
    assert.equal(queryUses(code, ["summary_status", "ended_at"]), false);
    assert.equal(queryUses(code, ["status", "ended_at"]), false);
    const paged = 'const q = col("patients").where("doctor_id", "==", d); return fetchPage(q, "created_at", page, toView);';
    assert.equal(queryUses(paged, ["doctor_id", "created_at"]), true);
    assert.equal(queryUses(paged, ["doctor_id", "started_at"]), false);
    const web = 'query(collection(db, "alerts"), where("doctor_id", "==", uid), orderBy("created_at", "desc"))';
    assert.equal(queryUses(web, ["doctor_id", "created_at"]), true);
  });

  for (const index of indexes) {
    const fields = index.fields.map((f) => f.fieldPath);
    it(`${index.collectionGroup} (${fields.join(", ")}) is used by a query`, () => {
      assert.ok(
        sources.some((source) => queryUses(source, fields)),
        `no query in functions/src or web/src filters or orders on ${fields.join(" then ")}: remove the index or use it`,
      );
    });
  }
});
