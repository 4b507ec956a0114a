// Loads one module in a fresh process (what a cold start pays before the first request).
require(require("node:path").resolve(process.argv[2]));
