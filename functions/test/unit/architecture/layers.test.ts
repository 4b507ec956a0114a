// Imports run one way: handlers -> repositories & services -> domain. Read from the source tree,
// so a new import that points back up fails here, with the file and the import named.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const srcDir = join(__dirname, "..", "..", "..", "src");

type Layer = "entry" | "handlers" | "repositories" | "services" | "domain" | "contracts" | "shared";

/** What each layer may import from our own code (packages are not checked here). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  entry: ["entry", "handlers", "repositories", "services", "domain", "contracts", "shared"],
  handlers: ["handlers", "repositories", "services", "domain", "contracts", "shared"],
  repositories: ["repositories", "services", "domain", "contracts", "shared"],
  services: ["services", "domain", "contracts", "shared"],
  // Contracts are the boundary's vocabulary: domain may name their types, nothing more.
  domain: ["domain", "contracts"],
  contracts: ["contracts"],
  // config.ts, errors.ts, logs.ts: leaves every layer may use; they reach down to domain only.
  shared: ["shared", "domain"],
};

/** The layer of a file, from its path relative to src/. */
export function layerOf(pathInSrc: string): Layer {
  const [top] = pathInSrc.split(/[\\/]/);
  if (pathInSrc === "index.ts") return "entry";
  if (top === "handlers" || top === "repositories" || top === "services" || top === "domain" || top === "contracts") return top;
  return "shared";
}

/** Relative module specifiers a source file imports (static, dynamic, require, re-export); comments ignored. */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm)) found.add(match[1]!);
  return [...found];
}

/** Every import of `files` (path in src -> source) that points to a layer its own may not use. */
export function violations(files: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [path, source] of Object.entries(files)) {
    const from = layerOf(path);
    for (const specifier of importsOf(source)) {
      const target = relative(srcDir, resolve(srcDir, dirname(path), specifier)).split(sep).join("/");
      const to = layerOf(target.endsWith(".ts") ? target : `${target}.ts`);
      if (!ALLOWED[from].includes(to)) found.push(`${path} (${from}) imports ${specifier} (${to})`);
    }
  }
  return found;
}

function sourceTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(".ts")) files[relative(dir, path).split(sep).join("/")] = readFileSync(path, "utf8");
    }
  };
  walk(dir);
  return files;
}

describe("import direction (handlers -> repositories & services -> domain)", () => {
  const tree = sourceTree(srcDir);

  it("finds imports of every kind and ignores comments", () => {
    const source = [
      'import { a } from "../repositories/agents";',
      'import type { B } from "./b";',
      'export { c } from "../services/data";',
      'const d = await import("../handlers/x");',
      'const e = require("../domain/e");',
      '// import { f } from "../handlers/f";',
      '/* from "../handlers/g" */',
      'import "zod";',
    ].join("\n");
    assert.deepEqual(importsOf(source).sort(), ["../domain/e", "../handlers/x", "../repositories/agents", "../services/data", "./b"]);
  });

  it("refuses an import that points back up", () => {
    assert.deepEqual(
      violations({
        "repositories/agents.ts": 'import { saveAgent } from "../handlers/agents";\nimport { col } from "../services/data";',
        "domain/stats.ts": 'import { col } from "../services/data";\nimport type { AgentLanguage } from "../contracts/agents";',
        "services/storage.ts": 'import { audioRef } from "../repositories/audio";',
        "domain/summarizer/rules.ts": 'const r = require("../../repositories/sessions");',
        "handlers/agents.ts": 'import { readAgent } from "../repositories/agents";\nimport { db } from "../services/firebase";',
      }),
      [
        "repositories/agents.ts (repositories) imports ../handlers/agents (handlers)",
        "domain/stats.ts (domain) imports ../services/data (services)",
        "services/storage.ts (services) imports ../repositories/audio (repositories)",
        "domain/summarizer/rules.ts (domain) imports ../../repositories/sessions (repositories)",
      ],
    );
  });

  it("holds for every file in functions/src", () => {
    assert.ok(Object.keys(tree).length > 50, "the source tree was not found");
    assert.deepEqual(violations(tree), []);
  });

  it("handlers never reach Firestore themselves: db(), .collection( and .doc( live in repositories", () => {
    const direct = Object.entries(tree)
      .filter(([path]) => path.startsWith("handlers/"))
      .flatMap(([path, source]) =>
        source.split("\n").flatMap((line, i) => (/\bdb\(\)|\.collection\(|\.doc\(|\bcol\(/.test(line.replace(/\/\/.*$/, "")) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
      );
    assert.deepEqual(direct, []);
  });
});
