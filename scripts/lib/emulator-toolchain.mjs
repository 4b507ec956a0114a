// Finds and prepares what the Firebase emulators need on this machine, online or offline:
// a Java >= 21, the Firestore emulator jar, and the Storage rules runtime. Every failure is
// one sentence naming what is missing and how to install it (ToolchainError), never a stack.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, dirname } from "node:path";
import { paths, repoRoot } from "./stack-config.mjs";

export { repoRoot };
const localDir = paths.emulatorTools;
const MIN_JAVA = 21;

export class ToolchainError extends Error {}

function emulatorCacheDir() {
  return process.env.FIREBASE_EMULATORS_PATH || join(homedir(), ".cache", "firebase", "emulators");
}

function emulatorInfo() {
  const file = join(repoRoot, "node_modules", "firebase-tools", "lib", "emulator", "downloadableEmulatorInfo.json");
  if (!existsSync(file)) {
    throw new ToolchainError("firebase-tools is not installed: run `npm install` at the repository root first.");
  }
  return JSON.parse(readFileSync(file, "utf8"));
}

function javaMajorVersion(javaBinary) {
  // `java -version` prints to stderr.
  const result = spawnSync(javaBinary, ["-version"], { encoding: "utf8" });
  return parseMajor(`${result.stderr ?? ""}${result.stdout ?? ""}`);
}

function parseMajor(versionText) {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  if (!match) return 0;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first; // "1.8.0" means Java 8
}

function whichAll(name) {
  return (process.env.PATH ?? "")
    .split(":")
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .filter((candidate) => existsSync(candidate));
}

/** The JDK home of a Java >= 21: JAVA_HOME first, then PATH, then the system JVM directory. */
export function findJavaHome() {
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(join(process.env.JAVA_HOME, "bin", "java"));
  candidates.push(...whichAll("java"));
  const jvmDir = process.env.JVM_DIR ?? "/usr/lib/jvm";
  if (existsSync(jvmDir)) {
    for (const entry of readdirSync(jvmDir).sort().reverse()) candidates.push(join(jvmDir, entry, "bin", "java"));
  }
  for (const java of candidates) {
    if (!existsSync(java)) continue;
    if (javaMajorVersion(java) >= MIN_JAVA) return dirname(dirname(realJavaPath(java)));
  }
  throw new ToolchainError(
    `No Java ${MIN_JAVA} or newer was found (checked JAVA_HOME, PATH and ${jvmDir}); ` +
      `install one (for example Temurin 21+ or Debian's openjdk-21-jdk where available) and set JAVA_HOME to it.`,
  );
}

function realJavaPath(java) {
  try {
    return execFileSync("readlink", ["-f", java], { encoding: "utf8" }).trim();
  } catch {
    return java;
  }
}

function gcloudSdkRoots() {
  const roots = [];
  if (process.env.CLOUDSDK_ROOT_DIR) roots.push(process.env.CLOUDSDK_ROOT_DIR);
  try {
    const root = execFileSync("gcloud", ["info", "--format=value(installation.sdk_root)"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 20_000,
    }).trim();
    if (root) roots.push(root);
  } catch {
    // gcloud absent or failing: fall back to the usual install locations.
  }
  roots.push("/usr/lib/google-cloud-sdk", "/usr/share/google-cloud-sdk", join(homedir(), "google-cloud-sdk"));
  return roots;
}

/** A jar with only a manifest, so `java -jar` (how firebase-tools starts it) runs a jar that has no Main-Class. */
function buildLauncherJar(javaHome, name, mainClass, classPathJar) {
  const jarPath = join(localDir, `${name}.jar`);
  const manifest = join(localDir, `${name}.manifest`);
  const content = `Main-Class: ${mainClass}\nClass-Path: ${classPathJar}\n`;
  mkdirSync(localDir, { recursive: true });
  if (existsSync(jarPath) && existsSync(manifest) && readFileSync(manifest, "utf8") === content) return jarPath;
  writeFileSync(manifest, content);
  execFileSync(join(javaHome, "bin", "jar"), ["cfm", jarPath, manifest], { stdio: "ignore" });
  return jarPath;
}

/**
 * The Firestore emulator: firebase-tools' own download when cached (online machines),
 * else the Google Cloud CLI component through a launcher jar. Returns extra environment.
 */
export function prepareFirestore(javaHome) {
  const info = emulatorInfo().firestore;
  if (existsSync(join(emulatorCacheDir(), info.downloadPathRelativeToCacheDir))) return { source: "firebase-tools cache", env: {} };
  for (const root of gcloudSdkRoots()) {
    const gcloudJar = join(root, "platform", "cloud-firestore-emulator", "cloud-firestore-emulator.jar");
    if (!existsSync(gcloudJar)) continue;
    const launcher = buildLauncherJar(
      javaHome,
      "firestore-launcher",
      "com.google.cloud.datastore.emulator.firestore.CloudFirestore",
      gcloudJar,
    );
    return { source: `Google Cloud CLI (${gcloudJar})`, env: { FIRESTORE_EMULATOR_BINARY_PATH: launcher } };
  }
  throw new ToolchainError(
    "The Firestore emulator is missing and cannot be downloaded offline; install the Google Cloud CLI component " +
      "`google-cloud-cli-firestore-emulator` (apt-get install google-cloud-cli-firestore-emulator), or run once online so firebase-tools caches it.",
  );
}

/**
 * The Storage emulator needs a rules runtime jar that is only downloadable online. When it is
 * not cached we compile a stand-in that denies every rules-checked request (see
 * tools/storage-rules-offline): admin writes and token reads still work, rules are not evaluated.
 */
export function prepareStorage(javaHome) {
  const info = emulatorInfo().storage;
  if (existsSync(join(emulatorCacheDir(), info.downloadPathRelativeToCacheDir))) {
    return { rulesEvaluated: true, env: { STORAGE_RULES_EVALUATED: "true" } };
  }
  const sourceDir = join(repoRoot, "tools", "storage-rules-offline");
  const source = join(sourceDir, "OfflineStorageRulesRuntime.java");
  const classesDir = join(localDir, "storage-rules-offline");
  const jarPath = join(localDir, "offline-storage-rules-runtime.jar");
  const stamp = join(localDir, "offline-storage-rules-runtime.source");
  const sourceText = readFileSync(source, "utf8");
  if (!existsSync(jarPath) || !existsSync(stamp) || readFileSync(stamp, "utf8") !== sourceText) {
    mkdirSync(classesDir, { recursive: true });
    execFileSync(join(javaHome, "bin", "javac"), ["-d", classesDir, source], { stdio: "ignore" });
    execFileSync(join(javaHome, "bin", "jar"), ["cfe", jarPath, "OfflineStorageRulesRuntime", "-C", classesDir, "."], {
      stdio: "ignore",
    });
    writeFileSync(stamp, sourceText);
  }
  return { rulesEvaluated: false, env: { STORAGE_EMULATOR_BINARY_PATH: jarPath, STORAGE_RULES_EVALUATED: "false" } };
}

/** The Emulator UI is a download too: on only where firebase-tools has it cached. */
export function emulatorUiAvailable() {
  const info = emulatorInfo().ui.main;
  return existsSync(join(emulatorCacheDir(), info.binaryPathRelativeToCacheDir ?? info.downloadPathRelativeToCacheDir));
}

function emulatorTmpDir() {
  const dir = join(localDir, "..", "tmp");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Everything the emulators need, as environment for the firebase CLI process. */
export function prepareEmulatorToolchain() {
  const javaHome = findJavaHome();
  const firestore = prepareFirestore(javaHome);
  const storage = prepareStorage(javaHome);
  const env = {
    JAVA_HOME: javaHome,
    PATH: `${join(javaHome, "bin")}:${join(repoRoot, "node_modules", ".bin")}:${process.env.PATH ?? ""}`,
    ...firestore.env,
    ...storage.env,
    // The Functions emulator runs one Node process per in-flight request, 50 at a time by
    // default: a burst on a 2-core machine then runs out of memory. Queue beyond a few instead.
    FUNCTIONS_EMULATOR_PARALLEL: process.env.FUNCTIONS_EMULATOR_PARALLEL ?? "6",
    // The Storage emulator keeps its blobs under $TMPDIR/firebase/storage and clears that folder
    // when it starts: a stack of its own must not share it with another checkout's stack.
    TMPDIR: emulatorTmpDir(),
  };
  return { javaHome, firestoreSource: firestore.source, storageRulesEvaluated: storage.rulesEvaluated, uiAvailable: emulatorUiAvailable(), env };
}
