// An invite: the link the patient opens (it redeems the code by itself), the code to read aloud,
// and a QR code of the link for the patient's phone.
import { useMemo, useState } from "preact/hooks";
import qrcode from "qrcode-generator";
import { Button, formatDateTime } from "../../shared/ui";

export interface Invite {
  patient_id: string;
  invite_code: string;
  invite_expires_at: string;
}

export function inviteLink(invite: Invite, doctorId: string) {
  return `${location.origin}/patient/?invite=${encodeURIComponent(invite.invite_code)}&doctor=${encodeURIComponent(doctorId)}`;
}

function QrCode({ text, label }: { text: string; label: string }) {
  const path = useMemo(() => {
    const qr = qrcode(0, "M");
    qr.addData(text);
    qr.make();
    const n = qr.getModuleCount();
    let d = "";
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
    return { d, size: n + 8 };
  }, [text]);
  return (
    <svg class="qr" viewBox={`0 0 ${path.size} ${path.size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width="100%" height="100%" fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}

export function InviteCard({ invite, doctorId, patientName }: { invite: Invite; doctorId: string; patientName: string }) {
  const link = inviteLink(invite, doctorId);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    setCopied(true);
  };
  return (
    <section class="card invite" aria-label={`Invite for ${patientName}`}>
      <div class="qr">
        <QrCode text={link} label={`QR code for ${patientName}`} />
      </div>
      <div style={{ flex: "1 1 260px" }}>
        <h3>Invite for {patientName}</h3>
        <p>
          Invite code: <span class="code">{invite.invite_code}</span>
        </p>
        <p class="field">
          <label for={`link-${invite.patient_id}`}>Invite link</label>
          <input id={`link-${invite.patient_id}`} readOnly value={link} onFocus={(e) => (e.target as HTMLInputElement).select()} />
        </p>
        <div class="actions">
          <Button variant="secondary" onClick={() => void copy()}>
            Copy link
          </Button>
          <a href={link} target="_blank" rel="noopener">
            Open invite link
          </a>
          <span role="status">{copied ? "Link copied." : ""}</span>
        </div>
        <p class="muted">Valid until {formatDateTime(invite.invite_expires_at)}; it works once. Give it to the patient only.</p>
      </div>
    </section>
  );
}
