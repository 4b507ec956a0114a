// Who is calling: roles come from custom claims set by the admin command or an invite redemption.
import { AppError } from "../errors";

export type Role = "admin" | "doctor" | "patient";

export interface Caller {
  uid: string;
  role: Role;
  /** Doctors: their own uid. Patients: their doctor's uid. */
  doctorId?: string;
  patientId?: string;
  /**
   * Set when the revocation check of the caller's token runs alongside the operation's reads
   * (handlers/callable.ts, REST read routes): resolves once it passed, rejects when the token was
   * revoked or the account disabled. An operation that writes awaits it before its first write.
   */
  beforeWrites?: () => Promise<void>;
}

interface TokenClaims {
  uid?: string;
  role?: unknown;
  doctor_id?: unknown;
  patient_id?: unknown;
}

export function callerFromClaims(uid: string | undefined, claims: TokenClaims | undefined): Caller {
  if (!uid) throw new AppError("unauthenticated", "Sign in first: this operation needs a Firebase ID token.");
  const role = claims?.role;
  if (role === "admin") return { uid, role };
  if (role === "doctor") return { uid, role, doctorId: uid };
  if (role === "patient" && typeof claims?.patient_id === "string" && typeof claims?.doctor_id === "string") {
    return { uid, role, doctorId: claims.doctor_id, patientId: claims.patient_id };
  }
  throw new AppError("forbidden", "This account has no role yet: ask an administrator, or redeem your invite code.");
}

export function requireRole(caller: Caller, ...roles: Role[]): Caller {
  if (!roles.includes(caller.role)) {
    throw new AppError("forbidden", `This operation is for ${roles.join(" or ")} accounts.`);
  }
  return caller;
}

/** The doctor an operation acts for: the caller, or anyone when an admin names them. */
export function actingDoctorId(caller: Caller, requestedDoctorId: string | undefined): string {
  if (caller.role === "admin") {
    if (!requestedDoctorId) throw new AppError("invalidInput", "doctor_id: is required when an admin calls", [
      { field: "doctor_id", problem: "is required when an admin calls" },
    ]);
    return requestedDoctorId;
  }
  if (caller.role !== "doctor") throw new AppError("forbidden", "This operation is for doctor accounts.");
  if (requestedDoctorId !== undefined && requestedDoctorId !== caller.uid) {
    throw new AppError("forbidden", "doctor_id must be your own account.");
  }
  return caller.uid;
}

/** Loads a record and checks it belongs to the acting doctor; another doctor's record reads as forbidden. */
export function assertOwnedBy(record: { doctor_id?: unknown } | undefined, doctorId: string, what: string): void {
  if (!record) throw new AppError("notFound", `No such ${what}.`);
  if (record.doctor_id !== doctorId) throw new AppError("forbidden", `This ${what} belongs to another doctor.`);
}

export type Operation<T = unknown> = (caller: Caller, data: unknown) => Promise<T>;

/** Wraps an operation so it first checks the caller's role. */
export const onlyFor =
  (...roles: Role[]) =>
  <T>(operation: Operation<T>): Operation<T> =>
  (caller, data) =>
    operation(requireRole(caller, ...roles), data);
