// Doctor profiles (doctors/{uid}): the values an agent's prompt is filled with. Roles are not
// read from here on request paths: they come from the caller's custom claims (handlers/auth.ts).
import { col } from "../services/data";

export interface DoctorDocument {
  display_name?: string;
  [field: string]: unknown;
}

export const doctorRef = (doctorId: string) => col("doctors").doc(doctorId);

export const doctorOf = (snapshot: FirebaseFirestore.DocumentSnapshot): DoctorDocument | undefined =>
  snapshot.exists ? (snapshot.data() as DoctorDocument) : undefined;

export async function readDoctor(doctorId: string): Promise<DoctorDocument | undefined> {
  return doctorOf(await doctorRef(doctorId).get());
}
