import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { User } from "firebase/auth";
import type { Firestore } from "firebase/firestore";
import type { Caller } from "../shared/call";
import type { FirebaseContext } from "../shared/firebase";

export interface ConsoleSession {
  ctx: FirebaseContext;
  user: User;
  role: "doctor" | "admin";
  call: Caller;
  firestore: () => Promise<Firestore>;
  displayName: string;
}

export const SessionContext = createContext<ConsoleSession | null>(null);
export const useSession = () => useContext(SessionContext)!;
