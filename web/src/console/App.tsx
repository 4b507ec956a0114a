// The doctor console: sign-in, navigation, and the pages. Firebase Auth (email and password);
// every action goes through the backend's callables.
import { useEffect, useMemo, useState } from "preact/hooks";
import { onAuthStateChanged, signInWithEmailAndPassword, signOut, type User } from "firebase/auth";
import type { Firestore } from "firebase/firestore";
import { firebase, type FirebaseContext } from "../shared/firebase";
import { makeCaller } from "../shared/call";
import { Alert, Button, Loading, TextInput } from "../shared/ui";
import { SessionContext, useSession, type ConsoleSession } from "./context";
import { LiveAlertsContext, useAlertListener, useLiveAlerts } from "./live-alerts";
import { Link } from "./Link";
import { navigate, usePath } from "./router";
import { PatientsPage } from "./pages/Patients";
import { PatientPage } from "./pages/PatientView";
import { SessionPage } from "./pages/SessionView";
import { AlertsPage } from "./pages/Alerts";
import { DashboardPage } from "./pages/Dashboard";
import { KnowledgePage } from "./pages/Knowledge";
import { AgentsPage } from "./pages/Agents";
import { NarrationPage } from "./pages/Narration";

const NAV = [
  { href: "/patients", label: "Patients" },
  { href: "/alerts", label: "Alerts" },
  { href: "/dashboard", label: "Dashboard" },
  { href: "/knowledge", label: "Knowledge" },
  { href: "/agents", label: "Agents" },
  { href: "/narration", label: "Narration" },
];

function firestoreLoader(ctx: FirebaseContext) {
  let db: Promise<Firestore> | undefined;
  return () =>
    (db ??= import("firebase/firestore").then(({ connectFirestoreEmulator, getFirestore }) => {
      const firestore = getFirestore(ctx.app);
      if (ctx.emulators?.firestore) connectFirestoreEmulator(firestore, ctx.emulators.firestore.host, ctx.emulators.firestore.port);
      return firestore;
    }));
}

export function ConsoleApp() {
  const [ctx, setCtx] = useState<FirebaseContext | null>(null);
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [role, setRole] = useState<string | null>(null);
  const [bootError, setBootError] = useState<string | null>(null);

  useEffect(() => {
    let unsubscribe = () => {};
    firebase("console")
      .then((c) => {
        setCtx(c);
        unsubscribe = onAuthStateChanged(c.auth, async (u) => {
          setRole(u ? String((await u.getIdTokenResult()).claims.role ?? "") : null);
          setUser(u);
        });
      })
      .catch((e) => setBootError((e as Error).message));
    return () => unsubscribe();
  }, []);

  const session = useMemo<ConsoleSession | null>(() => {
    if (!ctx || !user || (role !== "doctor" && role !== "admin")) return null;
    return { ctx, user, role, call: makeCaller(ctx.functions), firestore: firestoreLoader(ctx), displayName: user.displayName || user.email || "Doctor" };
  }, [ctx, user, role]);
  const alerts = useAlertListener(session);

  if (bootError) return <main><Alert>{bootError}</Alert></main>;
  if (!ctx || user === undefined) return <main><Loading what="the console" /></main>;
  if (!user || !session) return <SignIn ctx={ctx} wrongRole={user ? role : null} />;
  return (
    <SessionContext.Provider value={session}>
      <LiveAlertsContext.Provider value={alerts}>
        <Shell />
      </LiveAlertsContext.Provider>
    </SessionContext.Provider>
  );
}

function SignIn({ ctx, wrongRole }: { ctx: FirebaseContext; wrongRole: string | null }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signInWithEmailAndPassword(ctx.auth, email.trim(), password);
    } catch (err) {
      const code = (err as { code?: string }).code ?? "";
      setError(code.includes("too-many-requests") ? "Too many attempts; wait a minute and try again." : "That email and password do not match a clinic account.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="signin">
      <form class="card" onSubmit={submit} aria-labelledby="signin-title" style={{ maxWidth: "420px", margin: "3rem auto" }}>
        <h1 id="signin-title">Clinic console</h1>
        <p class="muted">Sign in with your clinic account.</p>
        {wrongRole !== null && (
          <Alert>
            This account is not a doctor account.{" "}
            <button class="link" type="button" onClick={() => void signOut(ctx.auth)}>
              Sign out
            </button>
          </Alert>
        )}
        {error && <Alert>{error}</Alert>}
        <TextInput label="Email" type="email" value={email} onValue={setEmail} autoComplete="username" required />
        <TextInput label="Password" type="password" value={password} onValue={setPassword} autoComplete="current-password" required />
        <Button type="submit" busy={busy}>
          Sign in
        </Button>
        <p class="muted" style={{ marginTop: "1rem" }}>
          Patients: open the invite link from your doctor, or go to <a href="/patient/">the patient page</a>.
        </p>
      </form>
    </main>
  );
}

function Shell() {
  const session = useSession();
  const path = usePath();
  const alerts = useLiveAlerts();
  useEffect(() => {
    if (path === "/" || path === "") navigate("/patients");
  }, [path]);
  const section = "/" + (path.split("/")[1] ?? "");
  const page = pageFor(path);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <span class="brand">Clinic console</span>
        <nav class="mainnav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={section === item.href || (item.href === "/patients" && section === "/sessions") ? "page" : undefined}>
                  {item.label}
                </Link>
                {item.href === "/alerts" && alerts.openCount > 0 && (
                  <span class="badge" role="status" aria-label={`${alerts.openCount} open alert${alerts.openCount === 1 ? "" : "s"}`}>
                    {alerts.openCount}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <div class="account">
          <span>{session.displayName}</span>
          <button class="link" type="button" onClick={() => void signOut(session.ctx.auth).then(() => navigate("/"))}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {session.role === "admin" ? <Alert kind="info">This console shows a doctor's own work. Sign in with a doctor account; administrators use the admin command.</Alert> : page}
      </main>
    </>
  );
}

function pageFor(path: string) {
  const parts = path.split("/").filter(Boolean);
  switch (parts[0]) {
    case "patients":
      return parts[1] ? <PatientPage patientId={decodeURIComponent(parts[1])} key={parts[1]} /> : <PatientsPage />;
    case "sessions":
      return parts[1] ? <SessionPage sessionId={decodeURIComponent(parts[1])} key={parts[1]} /> : <PatientsPage />;
    case "alerts":
      return <AlertsPage />;
    case "dashboard":
      return <DashboardPage />;
    case "knowledge":
      return <KnowledgePage />;
    case "agents":
      return <AgentsPage />;
    case "narration":
      return <NarrationPage />;
    default:
      return <PatientsPage />;
  }
}
