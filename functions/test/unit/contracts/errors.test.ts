import assert from "node:assert/strict";
import { z } from "zod";
import { SaveAgentRequest } from "../../../src/contracts/agents";
import { CreatePatientRequest } from "../../../src/contracts/patients";
import { AppError, isAppError, parseInput, type ErrorKind } from "../../../src/errors";

function parseError(schema: z.ZodType, data: unknown): AppError {
  try {
    parseInput(schema, data);
  } catch (error) {
    assert.ok(isAppError(error), "parseInput must throw an AppError");
    return error;
  }
  assert.fail("parseInput accepted invalid input");
}

const validAgent = { name: "Asthma helper", knowledge_ids: ["kn_1"], voice_id: "voice_1", answer_style: "friendly" };

describe("errors", () => {
  describe("AppError", () => {
    const mapping: [ErrorKind, string, number][] = [
      ["invalidInput", "invalid-argument", 400],
      ["unauthenticated", "unauthenticated", 401],
      ["forbidden", "permission-denied", 403],
      ["notFound", "not-found", 404],
      ["conflict", "already-exists", 409],
      ["failedPrecondition", "failed-precondition", 412],
      ["rateLimited", "resource-exhausted", 429],
      ["upstreamUnavailable", "unavailable", 502],
    ];
    for (const [kind, code, status] of mapping) {
      it(`maps ${kind} to callable code ${code} and HTTP ${status}`, () => {
        const error = new AppError(kind, "message");
        assert.equal(error.callableCode, code);
        assert.equal(error.httpStatus, status);
      });
    }

    it("is an Error named AppError that keeps its kind, message and details", () => {
      const error = new AppError("notFound", "No such agent.", [{ field: "agent_id", problem: "unknown" }]);
      assert.ok(error instanceof Error);
      assert.equal(error.name, "AppError");
      assert.equal(error.kind, "notFound");
      assert.equal(error.message, "No such agent.");
      assert.deepEqual(error.details, [{ field: "agent_id", problem: "unknown" }]);
    });

    it("is recognised by isAppError, unlike a plain Error or a look-alike object", () => {
      assert.equal(isAppError(new AppError("conflict", "x")), true);
      assert.equal(isAppError(new Error("x")), false);
      assert.equal(isAppError({ kind: "conflict", message: "x" }), false);
      assert.equal(isAppError(undefined), false);
    });
  });

  describe("parseInput", () => {
    it("returns the parsed data, with defaults applied, for valid input", () => {
      const parsed = parseInput(CreatePatientRequest, { display_name: "  Ann  " });
      assert.deepEqual(parsed, { display_name: "Ann", invite_valid_hours: 72 });
    });

    it("throws an invalidInput AppError for invalid input", () => {
      const error = parseError(SaveAgentRequest, { ...validAgent, answer_style: "rude" });
      assert.equal(error.kind, "invalidInput");
      assert.equal(error.httpStatus, 400);
    });

    it("names each bad field in the details and the message", () => {
      const error = parseError(SaveAgentRequest, { ...validAgent, knowledge_ids: ["ok", "../x"], answer_style: "rude" });
      assert.deepEqual(error.details, [
        { field: "knowledge_ids.1", problem: "must contain only letters, digits, '_' or '-'" },
        { field: "answer_style", problem: "must be one of professional, friendly, educational" },
      ]);
      assert.equal(
        error.message,
        "knowledge_ids.1: must contain only letters, digits, '_' or '-'; answer_style: must be one of professional, friendly, educational",
      );
    });

    it('reports an unrecognised key as "is not an accepted field"', () => {
      const error = parseError(SaveAgentRequest, { ...validAgent, admin: true });
      assert.deepEqual(error.details, [{ field: "admin", problem: "is not an accepted field" }]);
    });

    it('reports a missing field as "is required"', () => {
      const withoutVoice: Record<string, unknown> = { ...validAgent };
      delete withoutVoice.voice_id;
      const error = parseError(SaveAgentRequest, withoutVoice);
      assert.deepEqual(error.details, [{ field: "voice_id", problem: "is required" }]);
      assert.equal(error.message, "voice_id: is required");
    });

    it("treats undefined and null input as an empty object", () => {
      for (const input of [undefined, null]) {
        const error = parseError(z.object({ a: z.string() }).strict(), input);
        assert.deepEqual(error.details, [{ field: "a", problem: "is required" }]);
      }
    });

    it("reports a problem with the body itself under the field (body)", () => {
      const error = parseError(z.string().min(3, "too short"), "ab");
      assert.deepEqual(error.details, [{ field: "(body)", problem: "too short" }]);
    });

    // Pending: zod 4 omits `issue.input` unless `reportInput` is set, so every invalid_type issue
    // (a wrong type, a fraction for an integer) is reported as "is required" (see report).
    it("reports a field of the wrong type with the schema's message, not as missing", () => {
      const error = parseError(SaveAgentRequest, { ...validAgent, name: 5 });
      assert.deepEqual(error.details, [{ field: "name", problem: "must be a string" }]);
    });

    it("reports a fractional number of hours as not a whole number, not as missing", () => {
      const error = parseError(CreatePatientRequest, { display_name: "Ann", invite_valid_hours: 1.5 });
      assert.notEqual(error.details?.[0]?.problem, "is required");
    });

    // Pending: the unrecognized_keys branch drops issue.path, so a nested extra key loses its parent.
    it("names an unrecognised nested key with its full path", () => {
      const error = parseError(SaveAgentRequest, { ...validAgent, privacy: { record_audio: true, spy: 1 } });
      assert.deepEqual(error.details, [{ field: "privacy.spy", problem: "is not an accepted field" }]);
    });
  });
});
