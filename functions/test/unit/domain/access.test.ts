// Pure access decisions: keyed digests, invite codes, audio links, spend quotas, retention and
// session admission.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { keyedDigest, pseudonym, sameDigest } from "../../../src/domain/keyed-digest";
import { INVITE_CODE_ALPHABET, INVITE_CODE_BITS, canonicalInviteCode, inviteCodeFromBytes } from "../../../src/domain/invite-codes";
import { audioLinkSignature, checkAudioLink } from "../../../src/domain/media-links";
import { decideSpend, spendDay } from "../../../src/domain/spend-quota";
import { effectiveRetentionDays, purgeAfterMs } from "../../../src/domain/retention";
import { HOUR_MS, admitHourly, concurrentLimitMessage, isStaleSlot, withoutStart, type SessionLimits } from "../../../src/domain/session-admission";

describe("domain: access decisions", () => {
  describe("keyed digests", () => {
    it("depend on the key and the purpose, not only the value", () => {
      const a = keyedDigest("k1", "audit-subject", "patient-1");
      assert.notEqual(a, keyedDigest("k2", "audit-subject", "patient-1"));
      assert.notEqual(a, keyedDigest("k1", "invite-code", "patient-1"));
      assert.equal(a, keyedDigest("k1", "audit-subject", "patient-1"));
    });

    it("make a 128-bit pseudonym that does not contain the value", () => {
      const p = pseudonym("k1", "audit-subject", "patient-123");
      assert.match(p, /^ps_[0-9a-f]{32}$/);
      assert.doesNotMatch(p, /patient/);
    });

    it("refuse to digest without a key", () => {
      assert.throws(() => keyedDigest("", "invite-code", "x"), /No key/);
    });

    it("compare digests of different lengths as different", () => {
      assert.equal(sameDigest("abc", "abcd"), false);
      assert.equal(sameDigest("abcd", "abcd"), true);
    });
  });

  describe("invite codes", () => {
    it(`carry at least 128 bits (${INVITE_CODE_BITS} here)`, () => {
      assert.ok(INVITE_CODE_BITS >= 128);
    });

    it("are grouped by four, from the unambiguous alphabet", () => {
      const code = inviteCodeFromBytes(randomBytes(32));
      assert.match(code, /^([A-Z2-9]{4}-){6}[A-Z2-9]{4}$/);
      for (const c of code.replace(/-/g, "")) assert.ok(INVITE_CODE_ALPHABET.includes(c), c);
      assert.doesNotMatch(code, /[01OI]/);
    });

    it("use every symbol with equal chance (256 bytes map 8 to 1)", () => {
      const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
      const counts = new Map<string, number>();
      for (let offset = 0; offset < 256; offset += 28) {
        const chunk = new Uint8Array(28);
        chunk.set(bytes.subarray(offset, offset + 28));
        for (const c of inviteCodeFromBytes(chunk).replace(/-/g, "")) counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      assert.equal(counts.size, 32);
    });

    it("have one canonical form whatever the case and separators", () => {
      assert.equal(canonicalInviteCode("abcd-efgh jkLM"), "ABCDEFGHJKLM");
    });
  });

  describe("audio links", () => {
    const key = "media-key";
    const now = 1_700_000_000;
    it("are valid until they expire, then expired", () => {
      const sig = audioLinkSignature(key, "audio1", now + 60);
      assert.equal(checkAudioLink(key, "audio1", String(now + 60), sig, now), "valid");
      assert.equal(checkAudioLink(key, "audio1", String(now + 60), sig, now + 61), "expired");
    });

    it("are invalid for another object, another expiry, another key or a malformed signature", () => {
      const sig = audioLinkSignature(key, "audio1", now + 60);
      assert.equal(checkAudioLink(key, "audio2", String(now + 60), sig, now), "invalid");
      assert.equal(checkAudioLink(key, "audio1", String(now + 6000), sig, now), "invalid");
      assert.equal(checkAudioLink("other", "audio1", String(now + 60), sig, now), "invalid");
      assert.equal(checkAudioLink(key, "audio1", String(now + 60), "zz", now), "invalid");
      assert.equal(checkAudioLink(key, "audio1", undefined, sig, now), "invalid");
    });
  });

  describe("spend quotas", () => {
    it("allow up to the limit exactly, and refuse beyond with the figures", () => {
      assert.deepEqual(decideSpend("tts_characters", 150_000, 50_000, 200_000), { allowed: true });
      const refused = decideSpend("tts_characters", 150_000, 50_001, 200_000);
      assert.equal(refused.allowed, false);
      assert.match((refused as { message: string }).message, /150,000 of 200,000 characters used today.*needs 50,001.*00:00 UTC/);
      assert.match((decideSpend("knowledge_bytes", 0, 10, 5) as { message: string }).message, /knowledge upload limit.*bytes/);
    });

    it("count per UTC day", () => {
      assert.equal(spendDay(Date.UTC(2026, 0, 31, 23, 59)), "2026-01-31");
      assert.equal(spendDay(Date.UTC(2026, 1, 1, 0, 0)), "2026-02-01");
    });
  });

  describe("retention", () => {
    it("clamps an agent's retention to the project maximum", () => {
      assert.equal(effectiveRetentionDays(3650, 365), 365);
      assert.equal(effectiveRetentionDays(90, 365), 90);
      assert.equal(effectiveRetentionDays(undefined, 365), 365);
      assert.equal(effectiveRetentionDays(0, 365), 365);
      assert.equal(purgeAfterMs(0, 2), 2 * 86_400_000);
    });
  });

  describe("session admission", () => {
    const limits: SessionLimits = { startsPerHour: 3, maxConcurrent: 2, openSlotMaxMs: 30 * 60_000 };
    const t = 10 * HOUR_MS;

    it("admits starts up to the hourly limit, counting ended sessions too, then refuses", () => {
      const first = admitHourly(undefined, t, "a", limits);
      assert.ok(first.admitted);
      const third = admitHourly([`${t - 10}:x`, `${t - 5}:y`], t, "a", limits);
      assert.ok(third.admitted);
      assert.deepEqual(third.starts, [`${t - 10}:x`, `${t - 5}:y`, `${t}:a`]);
      const refused = admitHourly(third.starts, t + 1, "b", limits);
      assert.equal(refused.admitted, false);
      assert.match(!refused.admitted ? refused.message : "", /at most 3 sessions per hour/);
    });

    it("forgets starts older than an hour", () => {
      const starts = [`${t - HOUR_MS}:old`, `${t - 5}:y`, `${t - 1}:z`];
      const admitted = admitHourly(starts, t, "a", limits);
      assert.ok(admitted.admitted);
      assert.equal(admitted.starts.length, 3);
    });

    it("frees an open slot only after openSlotMaxMs", () => {
      assert.equal(isStaleSlot(t, t + limits.openSlotMaxMs - 1, limits), false);
      assert.equal(isStaleSlot(t, t + limits.openSlotMaxMs, limits), true);
    });

    it("names the cap when every slot is taken", () => {
      assert.match(concurrentLimitMessage(limits), /at most 2 sessions open at once/);
    });

    it("gives back the start of a start that failed", () => {
      assert.deepEqual(withoutStart([`${t}:a`, `${t}:b`], "a"), [`${t}:b`]);
    });
  });
});
