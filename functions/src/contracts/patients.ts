import { z } from "zod";
import { DocumentId, nameText } from "./common";

export const CreatePatientRequest = z
  .object({
    display_name: nameText(120),
    doctor_id: DocumentId.optional(),
    invite_valid_hours: z.number({ error: "must be a number" }).int().min(1).max(24 * 30).default(72),
  })
  .strict();
export type CreatePatientRequest = z.infer<typeof CreatePatientRequest>;

export const CreatePatientResponse = z.object({ patient_id: z.string(), invite_code: z.string(), invite_expires_at: z.string() });
export type CreatePatientResponse = z.infer<typeof CreatePatientResponse>;

export const RedeemInviteRequest = z
  .object({
    /** 28 symbols in groups of four (140 bits); case, spaces and dashes do not matter. */
    invite_code: z
      .string({ error: "must be a string" })
      .max(64, "must be at most 64 characters")
      .transform((code) => code.toUpperCase().replace(/[\s-]/g, ""))
      .pipe(z.string().regex(/^[A-HJ-NP-Z2-9]{28}$/, "must be the 28-character code from your invite, like ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345")),
    /** From the doctor's invite link: a code issued by another doctor is refused. */
    doctor_id: DocumentId.optional(),
  })
  .strict();
export type RedeemInviteRequest = z.infer<typeof RedeemInviteRequest>;
