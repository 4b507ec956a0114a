// Runs one patient's erasure in its own process, so the reliability suite can kill it midway
// (SIGKILL, as a crashed instance) and prove the next request resumes it.
import { configureInProcessHandlers } from "../integration/harness";

async function main() {
  const [patientId, doctorUid] = process.argv.slice(2);
  if (!patientId || !doctorUid) throw new Error("usage: erase-in-child <patientId> <doctorUid>");
  configureInProcessHandlers();
  const { runErasure } = await import("../../src/handlers/privacy");
  const result = await runErasure(patientId, { uid: doctorUid, role: "doctor" }, Date.now() + 600_000);
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
