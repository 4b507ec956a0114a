// The cold-start baseline: a minimal firebase-functions v2 index with the same trigger kinds
// as ours (callable, HTTPS request, Firestore created/updated, schedule).
const { createRequire } = require("node:module");
const { join } = require("node:path");
const requireFromFunctions = createRequire(join(__dirname, "..", "..", "functions", "package.json"));
const { onCall, onRequest } = requireFromFunctions("firebase-functions/v2/https");
const { onDocumentCreated, onDocumentUpdated } = requireFromFunctions("firebase-functions/v2/firestore");
const { onSchedule } = requireFromFunctions("firebase-functions/v2/scheduler");

exports.hello = onCall(() => ({ ok: true }));
exports.request = onRequest((_req, res) => res.send("ok"));
exports.created = onDocumentCreated("a/{id}", () => undefined);
exports.updated = onDocumentUpdated("b/{id}", () => undefined);
exports.scheduled = onSchedule("every 5 minutes", async () => undefined);
