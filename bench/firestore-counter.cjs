// Counts billed Firestore document reads and writes in this process by wrapping the client's
// internal entry points: every write goes through WriteBatch._commit (transactions included),
// every document read through DocumentReader._get, every query through Query._get, and every
// count() through AggregateQuery._get (one read per 1,000 index entries, at least one).
const { createRequire } = require("node:module");
const { join } = require("node:path");
const fromFirestore = createRequire(join(__dirname, "..", "functions", "node_modules", "@google-cloud", "firestore", "build", "src", "index.js"));

const counts = { reads: 0, writes: 0 };
fromFirestore("./index.js"); // load the package first: its internal modules require each other in order
const { WriteBatch } = fromFirestore("./write-batch.js");
const { DocumentReader } = fromFirestore("./document-reader.js");
const { Query } = fromFirestore("./reference/query.js");
const { AggregateQuery } = fromFirestore("./reference/aggregate-query.js");

const commit = WriteBatch.prototype._commit;
WriteBatch.prototype._commit = function (...args) {
  counts.writes += this._ops.length;
  return commit.apply(this, args);
};
const readDocuments = DocumentReader.prototype._get;
DocumentReader.prototype._get = async function (...args) {
  const response = await readDocuments.apply(this, args);
  counts.reads += this.allDocuments.length;
  return response;
};
const runQuery = Query.prototype._get;
Query.prototype._get = async function (...args) {
  const response = await runQuery.apply(this, args);
  counts.reads += Math.max(1, response.result.size);
  return response;
};
const runAggregate = AggregateQuery.prototype._get;
AggregateQuery.prototype._get = async function (...args) {
  const response = await runAggregate.apply(this, args);
  const data = response.result.data();
  const entries = typeof data.count === "number" ? data.count : 0;
  counts.reads += 1 + Math.floor(entries / 1000);
  return response;
};

async function measure(operation) {
  const before = { ...counts };
  const result = await operation();
  return { result, reads: counts.reads - before.reads, writes: counts.writes - before.writes };
}

module.exports = { measure, counts };
