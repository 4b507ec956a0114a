// The local stack as the test runner describes it (scripts/lib/stack-config.mjs hands it over as
// LOCAL_STACK): project ids, addresses and local-only credentials are never declared here.
export interface LocalStack {
  projectId: string;
  projects: { main: string; rules: string; bench: string };
  region: string;
  host: string;
  ports: Record<string, number>;
  urls: { auth: string; firestore: string; storage: string; tasks: string; functions: string; hosting: string; api: string; hub: string; elevenLabs: string; webhook: string; flagTool: string };
  emulatorHosts: Record<string, string>;
  elevenLabsApiKey: string;
  webhookSecret: string;
  localKeys: { INVITE_CODE_PEPPER: string; AUDIT_PSEUDONYM_KEY: string; MEDIA_LINK_KEY: string; FLAG_TOOL_KEY: string };
  elevenLabsPlan: string;
  paths: Record<string, string>;
  voiceId: string;
  demo: { password: string; accounts: Record<string, { email: string; role: string; name?: string }> };
}

function load(): LocalStack {
  const raw = process.env.LOCAL_STACK;
  if (!raw) {
    throw new Error(
      "LOCAL_STACK is not set: run emulator suites through `npm test`, `npm run test:integration` or `npm run test:reliability`, which start the stack and describe it.",
    );
  }
  return JSON.parse(raw) as LocalStack;
}

export const stack = load();

/** host and port of an emulator, as `firebase emulators:exec` announces it (else the stack's own port). */
export function emulatorAddress(variable: string, emulator: string): { host: string; port: number } {
  const value = process.env[variable] ?? `${stack.host}:${stack.ports[emulator]}`;
  const separator = value.lastIndexOf(":");
  return { host: value.slice(0, separator), port: Number(value.slice(separator + 1)) };
}
