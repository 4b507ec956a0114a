// `npm run admin -- <command> [options]`: staff accounts (doctors and admins) in Firebase Auth.
// Roles are custom claims that only this command (and, for patients, invite redemption) sets.
// Runs against the local emulators or a real project; see usage() below.
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { emulatorHosts, projectId, repoRoot } from "./lib/stack-config.mjs";

const EMULATOR_PROJECT = projectId;
const EMULATOR_HOSTS = { FIREBASE_AUTH_EMULATOR_HOST: emulatorHosts.FIREBASE_AUTH_EMULATOR_HOST, FIRESTORE_EMULATOR_HOST: emulatorHosts.FIRESTORE_EMULATOR_HOST };
const STAFF_ROLES = ["admin", "doctor"];

const COMMANDS = {
  "create-doctor": { options: ["email", "password", "name"], required: ["email", "password"] },
  "create-admin": { options: ["email", "password", "name"], required: ["email", "password"] },
  "set-role": { options: ["email", "role"], required: ["email", "role"] },
  "list-users": { options: ["json"], required: [] },
};

function usage() {
  return `Usage: npm run admin -- <command> [options] [--emulators | --project ID]

Commands:
  create-doctor --email E --password P [--name N]
      Creates a doctor account (custom claims {role: "doctor"}) and its doctors/{uid} document.
  create-admin --email E --password P [--name N]
      Creates an admin account (custom claims {role: "admin"}).
  set-role --email E --role admin|doctor
      Gives an existing account a staff role (a doctor also gets its doctors/{uid} document).
  list-users [--json]
      Lists every account with its role.

An email that already has an account keeps its password; its role (and --name) is updated, so
running a command twice is safe. Patient accounts are never changed: patients get their role by
redeeming an invite.

Where it runs:
  --emulators     the local emulators: Auth ${EMULATOR_HOSTS.FIREBASE_AUTH_EMULATOR_HOST}, Firestore ${EMULATOR_HOSTS.FIRESTORE_EMULATOR_HOST}
                  (unless FIREBASE_AUTH_EMULATOR_HOST / FIRESTORE_EMULATOR_HOST say otherwise),
                  project ${EMULATOR_PROJECT} (or --project).
  (emulator variables set)  FIREBASE_AUTH_EMULATOR_HOST and FIRESTORE_EMULATOR_HOST are used,
                  project --project, else GCLOUD_PROJECT, else ${EMULATOR_PROJECT}.
  --project ID    a real Firebase project, with Application Default Credentials
                  (GOOGLE_APPLICATION_CREDENTIALS=key.json, or \`gcloud auth application-default login\`).

Exit codes: 0 done, 1 the operation failed, 2 the command line is wrong.`;
}

class UsageError extends Error {}
class CommandError extends Error {}

function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        email: { type: "string" },
        password: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        project: { type: "string" },
        emulators: { type: "boolean" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    // Node's messages go on with advice about "--"; the first sentence is the useful one.
    throw new UsageError(`${error.message.split(/\.(\s|$)/)[0]}.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, ...extra] = positionals;
  if (!command) throw new UsageError("Name a command: create-doctor, create-admin, set-role or list-users.");
  const spec = COMMANDS[command];
  if (!spec) throw new UsageError(`Unknown command "${command}": use create-doctor, create-admin, set-role or list-users.`);
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}": every option is written as --option value.`);
  for (const option of ["email", "password", "name", "role", "json"]) {
    if (values[option] !== undefined && !spec.options.includes(option)) {
      throw new UsageError(`${command} does not take --${option}.`);
    }
  }
  for (const option of spec.required) {
    if (!values[option]) throw new UsageError(`${command} needs --${option}.`);
  }
  if (values.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
    throw new UsageError(`--email "${values.email}" is not an email address.`);
  }
  if (values.password !== undefined && values.password.length < 6) {
    throw new UsageError("--password must be at least 6 characters (Firebase Auth's minimum).");
  }
  if (values.name !== undefined && !values.name.trim()) throw new UsageError("--name must not be empty.");
  if (values.role !== undefined && !STAFF_ROLES.includes(values.role)) {
    throw new UsageError(`--role must be admin or doctor, not "${values.role}" (patients get their role by redeeming an invite).`);
  }
  if (values.emulators && values.project && !values.project.startsWith("demo-")) {
    throw new UsageError(`--emulators runs against local emulators only: use a demo-* project id there, not "${values.project}".`);
  }
  return { command, ...values, email: values.email?.toLowerCase() };
}

/** Decides emulators or a real project, and sets the environment the Admin SDK reads. */
function chooseTarget(options) {
  if (options.emulators) {
    for (const [name, value] of Object.entries(EMULATOR_HOSTS)) process.env[name] ??= value;
  }
  const auth = process.env.FIREBASE_AUTH_EMULATOR_HOST;
  const firestore = process.env.FIRESTORE_EMULATOR_HOST;
  if (auth || firestore) {
    // Half-emulated would write Firestore documents for emulator accounts into a real project (or the reverse).
    if (!auth || !firestore) {
      const missing = auth ? "FIRESTORE_EMULATOR_HOST" : "FIREBASE_AUTH_EMULATOR_HOST";
      throw new UsageError(`${missing} is not set while the other emulator variable is: set both, or use --emulators.`);
    }
    if (options.project && !options.project.startsWith("demo-") && !options.emulators) {
      throw new UsageError(
        `The emulator variables are set, so this would not reach project "${options.project}": unset FIREBASE_AUTH_EMULATOR_HOST and FIRESTORE_EMULATOR_HOST for a real project.`,
      );
    }
    const projectId = options.project ?? (options.emulators ? undefined : process.env.GCLOUD_PROJECT) ?? EMULATOR_PROJECT;
    // The emulators need no Google credentials: skip probing for a GCE metadata server (and its warning).
    process.env.METADATA_SERVER_DETECTION ??= "none";
    return { projectId, emulated: true, where: `emulators (Auth ${auth}, Firestore ${firestore}), project ${projectId}` };
  }
  if (!options.project) {
    throw new UsageError("Name the project with --project ID, or add --emulators to use the local emulators.");
  }
  if (options.project.startsWith("demo-")) {
    throw new UsageError(`"${options.project}" is a demo project, which exists only in the emulators: add --emulators.`);
  }
  return { projectId: options.project, emulated: false, where: `project ${options.project}` };
}

function loadFirebaseAdmin() {
  const requireFromFunctions = createRequire(join(repoRoot, "functions", "package.json"));
  try {
    return {
      app: requireFromFunctions("firebase-admin/app"),
      auth: requireFromFunctions("firebase-admin/auth"),
      firestore: requireFromFunctions("firebase-admin/firestore"),
    };
  } catch {
    throw new CommandError("firebase-admin is not installed in functions/: run `npm install` at the repository root first.");
  }
}

/** One sentence for the errors people actually meet; anything else keeps its own first line. */
function explain(error, target) {
  const code = error?.code ?? error?.errorInfo?.code ?? "";
  const message = String(error?.message ?? error).split("\n")[0];
  if (/ECONNREFUSED|fetch failed|socket hang up|No connection established/i.test(`${message} ${error?.cause?.code ?? ""}`) && target.emulated) {
    return `Cannot reach the ${target.where}: start them first, for example with \`npm start\`.`;
  }
  if (/default credentials|invalid_grant|Could not refresh access token|invalid-credential|service account/i.test(`${code} ${message}`)) {
    return "No usable Application Default Credentials: set GOOGLE_APPLICATION_CREDENTIALS to a service-account key file, or run `gcloud auth application-default login`.";
  }
  if (code === "auth/invalid-password") return "Firebase Auth rejected the password: use at least 6 characters.";
  if (code === "auth/invalid-email") return "Firebase Auth rejected the email address.";
  if (code === "auth/project-not-found" || /NOT_FOUND.*project|project.*not found/i.test(message)) {
    return `The project "${target.projectId}" was not found, or Authentication is not enabled in it.`;
  }
  if (code === "auth/insufficient-permission" || /PERMISSION_DENIED|permission/i.test(`${code} ${message}`)) {
    return `The credentials may not manage ${target.where}: grant them the Firebase Admin role (${message}).`;
  }
  return `${code ? `${code}: ` : ""}${message}`;
}

async function main(argv) {
  let options;
  try {
    options = parseCommandLine(argv);
    if (options.help) {
      console.log(usage());
      return 0;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\nRun \`npm run admin -- --help\` for usage.`);
    return 2;
  }

  let target;
  try {
    target = chooseTarget(options);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }

  let admin;
  try {
    admin = loadFirebaseAdmin();
  } catch (error) {
    console.error(error.message);
    return 1;
  }
  let app;
  try {
    app = admin.app.initializeApp(
      target.emulated ? { projectId: target.projectId } : { projectId: target.projectId, credential: admin.app.applicationDefault() },
      `admin-command-${process.pid}`,
    );
  } catch (error) {
    console.error(explain(error, target));
    return 1;
  }
  const context = {
    auth: admin.auth.getAuth(app),
    db: admin.firestore.getFirestore(app),
    FieldValue: admin.firestore.FieldValue,
    target,
  };
  try {
    await COMMAND_HANDLERS[options.command](context, options);
    return 0;
  } catch (error) {
    console.error(error instanceof CommandError ? error.message : explain(error, target));
    return 1;
  } finally {
    await admin.app.deleteApp(app).catch(() => undefined);
  }
}

// ---- Commands ----------------------------------------------------------------------------------

async function findUser(auth, email) {
  try {
    return await auth.getUserByEmail(email);
  } catch (error) {
    if (error?.code === "auth/user-not-found") return undefined;
    throw error;
  }
}

/** Creates the account, or finds the existing one (its password is left alone). */
async function ensureAccount({ auth }, { email, password, name }) {
  const existing = await findUser(auth, email);
  if (!existing) {
    const user = await auth.createUser({ email, password, displayName: name });
    return { user, created: true };
  }
  const user = name && name !== existing.displayName ? await auth.updateUser(existing.uid, { displayName: name }) : existing;
  return { user, created: false };
}

/** Sets the staff role, keeping unrelated claims; a patient account is refused, never converted. */
async function grantRole({ auth }, user, role) {
  const claims = user.customClaims ?? {};
  if (claims.role === "patient") {
    throw new CommandError(
      `${user.email} is a patient account (patient ${claims.patient_id ?? "?"}); give the staff member an account with another email.`,
    );
  }
  const previous = typeof claims.role === "string" ? claims.role : null;
  if (previous !== role) await auth.setCustomUserClaims(user.uid, { ...claims, role });
  return previous;
}

/** doctors/{uid}: created once with created_at; later runs refresh display_name and email only. */
async function ensureDoctorDocument({ db, FieldValue }, user, name) {
  const ref = db.collection("doctors").doc(user.uid);
  return db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const displayName = name ?? user.displayName ?? snapshot.get("display_name") ?? user.email;
    if (!snapshot.exists) {
      tx.set(ref, { display_name: displayName, email: user.email, created_at: FieldValue.serverTimestamp() });
      return "created";
    }
    if (snapshot.get("display_name") === displayName && snapshot.get("email") === user.email) return "unchanged";
    tx.update(ref, { display_name: displayName, email: user.email });
    return "updated";
  });
}

function report(target, lines) {
  console.log([...lines, `Target: ${target.where}.`].join("\n"));
}

function roleLine(user, role, previous, created) {
  if (created) return `Created ${role} ${user.email} (uid ${user.uid}) with claims {role: "${role}"}.`;
  const change = previous === role ? `already had role ${role}` : `role ${previous ?? "none"} -> ${role}`;
  return `Existing account ${user.email} (uid ${user.uid}): ${change}; password unchanged.`;
}

const REFRESH_NOTE = "A signed-in user gets a changed role when their ID token refreshes (within an hour) or at next sign-in.";

const COMMAND_HANDLERS = {
  async "create-doctor"(context, options) {
    const { user, created } = await ensureAccount(context, options);
    const previous = await grantRole(context, user, "doctor");
    const documentState = await ensureDoctorDocument(context, user, options.name);
    const lines = [roleLine(user, "doctor", previous, created), `doctors/${user.uid}: ${documentState}.`];
    if (!created && previous !== "doctor") lines.push(REFRESH_NOTE);
    report(context.target, lines);
  },

  async "create-admin"(context, options) {
    const { user, created } = await ensureAccount(context, options);
    const previous = await grantRole(context, user, "admin");
    const lines = [roleLine(user, "admin", previous, created)];
    if (!created && previous !== "admin") lines.push(REFRESH_NOTE);
    report(context.target, lines);
  },

  async "set-role"(context, { email, role }) {
    const user = await findUser(context.auth, email);
    if (!user) throw new CommandError(`No account has the email ${email}: create it with create-doctor or create-admin.`);
    const previous = await grantRole(context, user, role);
    const lines = [
      previous === role
        ? `${user.email} (uid ${user.uid}) already had role ${role}.`
        : `${user.email} (uid ${user.uid}): role ${previous ?? "none"} -> ${role}.`,
    ];
    if (role === "doctor") lines.push(`doctors/${user.uid}: ${await ensureDoctorDocument(context, user, undefined)}.`);
    if (previous !== role) lines.push(REFRESH_NOTE);
    report(context.target, lines);
  },

  async "list-users"(context, { json }) {
    const users = [];
    let pageToken;
    do {
      const page = await context.auth.listUsers(1000, pageToken);
      users.push(...page.users);
      pageToken = page.pageToken;
    } while (pageToken);
    const rows = users
      .map((user) => {
        const claims = user.customClaims ?? {};
        return {
          email: user.email ?? "",
          uid: user.uid,
          role: typeof claims.role === "string" ? claims.role : "",
          doctor_id: claims.role === "patient" ? String(claims.doctor_id ?? "") : "",
          patient_id: claims.role === "patient" ? String(claims.patient_id ?? "") : "",
          name: user.displayName ?? "",
          disabled: user.disabled,
          created: user.metadata.creationTime ? new Date(user.metadata.creationTime).toISOString() : "",
        };
      })
      .sort((a, b) => a.role.localeCompare(b.role) || a.email.localeCompare(b.email));
    if (json) {
      console.log(JSON.stringify(rows, null, 2));
      return;
    }
    const columns = ["email", "uid", "role", "name", "doctor_id", "patient_id", "disabled", "created"];
    const cells = rows.map((row) => columns.map((column) => (column === "disabled" ? (row.disabled ? "yes" : "") : row[column] || "")));
    const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((line) => line[i].length)));
    const format = (line) => line.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
    console.log([format(columns), ...cells.map(format)].join("\n"));
    console.log(`${rows.length} account${rows.length === 1 ? "" : "s"}; target: ${context.target.where}.`);
  },
};

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Unexpected failure: ${error?.stack ?? error}`);
    process.exit(1);
  },
);
