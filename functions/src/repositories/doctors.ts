// Doctor profiles (doctors/{uid}): the values an agent's prompt is filled with. Roles are not
// read from here on request paths: they come from the caller's custom claims (handlers/auth.ts).
import { col } from "../services/data";

export interface DoctorDocument {
  display_name?: string;
  [field: string]: unknown;
}

export async function readDoctor(doctorId: string): Promise<DoctorDocument | undefined> {
  const snapshot = await col("doctors").doc(doctorId).get();
  return snapshot.exists ? (snapshot.data() as DoctorDocument) : undefined;
}
