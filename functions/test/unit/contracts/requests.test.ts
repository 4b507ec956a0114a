import assert from "node:assert/strict";
import type { z } from "zod";
import {
  AcknowledgeAlertRequest,
  AgentIdRequest,
  ANSWER_STYLES,
  AudioIdRequest,
  CreatePatientRequest,
  DashboardRequest,
  DOCUMENT_TYPES,
  EndSessionRequest,
  GenerateAudioRequest,
  KNOWLEDGE_TEXT_MAX_CHARS,
  KnowledgeIdRequest,
  ListRequest,
  PatientIdRequest,
  RedeemInviteRequest,
  ReplaceKnowledgeRequest,
  SaveAgentRequest,
  SCRIPT_MAX_CHARS,
  StartSessionRequest,
  UploadKnowledgeRequest,
} from "../../../src/contracts";

type Body = Record<string, unknown>;

/** The dotted paths of the fields a schema rejects in `body` ([] when it accepts it). */
function rejectedFields(schema: z.ZodType, body: unknown): string[] {
  const result = schema.safeParse(body);
  if (result.success) return [];
  const fields = result.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k].join(".")) : [issue.path.join(".")],
  );
  return [...new Set(fields)];
}

interface SchemaCase {
  name: string;
  schema: z.ZodType;
  valid: Body;
  /** Fields holding a DocumentId. */
  idFields: string[];
  /** Fields holding free text, with their maximum length. */
  textFields: [string, number][];
  /** Optional fields, which may be left out. */
  optional: string[];
}

const SCHEMAS: SchemaCase[] = [
  {
    name: "UploadKnowledgeRequest",
    schema: UploadKnowledgeRequest,
    valid: { text: "# Asthma\nUse your inhaler.", disease_name: "Asthma", document_type: "faq", doctor_id: "doc_1" },
    idFields: ["doctor_id"],
    textFields: [
      ["text", KNOWLEDGE_TEXT_MAX_CHARS],
      ["disease_name", 120],
    ],
    optional: ["doctor_id"],
  },
  {
    name: "ReplaceKnowledgeRequest",
    schema: ReplaceKnowledgeRequest,
    valid: { knowledge_id: "kn_1", text: "Updated advice." },
    idFields: ["knowledge_id"],
    textFields: [["text", KNOWLEDGE_TEXT_MAX_CHARS]],
    optional: [],
  },
  { name: "KnowledgeIdRequest", schema: KnowledgeIdRequest, valid: { knowledge_id: "kn_1" }, idFields: ["knowledge_id"], textFields: [], optional: [] },
  { name: "ListRequest", schema: ListRequest, valid: { doctor_id: "doc_1" }, idFields: ["doctor_id"], textFields: [], optional: ["doctor_id"] },
  {
    name: "GenerateAudioRequest",
    schema: GenerateAudioRequest,
    valid: { script_content: "Welcome. Today we talk about asthma.", voice_id: "21m00Tcm4TlvDq8ikWAM", disease_name: "Asthma", doctor_id: "doc_1" },
    idFields: ["doctor_id"],
    textFields: [
      ["script_content", SCRIPT_MAX_CHARS],
      ["disease_name", 120],
    ],
    optional: ["doctor_id"],
  },
  { name: "AudioIdRequest", schema: AudioIdRequest, valid: { audio_id: "au_1" }, idFields: ["audio_id"], textFields: [], optional: [] },
  {
    name: "SaveAgentRequest",
    schema: SaveAgentRequest,
    valid: {
      name: "Asthma helper",
      knowledge_ids: ["kn_1", "kn_2"],
      voice_id: "voice_1",
      answer_style: "educational",
      agent_id: "ag_1",
      doctor_id: "doc_1",
      privacy: { record_audio: true, retention_days: 30 },
    },
    idFields: ["agent_id", "doctor_id"],
    textFields: [["name", 80]],
    optional: ["agent_id", "doctor_id", "privacy"],
  },
  { name: "AgentIdRequest", schema: AgentIdRequest, valid: { agent_id: "ag_1" }, idFields: ["agent_id"], textFields: [], optional: [] },
  {
    name: "StartSessionRequest",
    schema: StartSessionRequest,
    valid: { patient_id: "pa_1", agent_id: "ag_1" },
    idFields: ["patient_id", "agent_id"],
    textFields: [],
    optional: [],
  },
  { name: "EndSessionRequest", schema: EndSessionRequest, valid: { session_id: "se_1" }, idFields: ["session_id"], textFields: [], optional: [] },
  { name: "PatientIdRequest", schema: PatientIdRequest, valid: { patient_id: "pa_1" }, idFields: ["patient_id"], textFields: [], optional: [] },
  { name: "AcknowledgeAlertRequest", schema: AcknowledgeAlertRequest, valid: { alert_id: "al_1" }, idFields: ["alert_id"], textFields: [], optional: [] },
  { name: "DashboardRequest", schema: DashboardRequest, valid: { doctor_id: "doc_1" }, idFields: ["doctor_id"], textFields: [], optional: ["doctor_id"] },
  {
    name: "CreatePatientRequest",
    schema: CreatePatientRequest,
    valid: { display_name: "Ann Smith", doctor_id: "doc_1", invite_valid_hours: 24 },
    idFields: ["doctor_id"],
    textFields: [["display_name", 120]],
    optional: ["doctor_id", "invite_valid_hours"],
  },
  { name: "RedeemInviteRequest", schema: RedeemInviteRequest, valid: { invite_code: "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345" }, idFields: [], textFields: [], optional: [] },
];

const BAD_IDS = ["../x", "a/b", "a.b", "", "   ", "a b", "x".repeat(129), "é", "a\u0000"];
/** Values of every JSON type other than the type of `valid`. */
function wrongTypes(valid: unknown): unknown[] {
  const all: [string, unknown][] = [
    ["string", "42"],
    ["number", 42],
    ["boolean", true],
    ["null", null],
    ["object", { a: 1 }],
    ["array", ["a"]],
  ];
  const type = valid === null ? "null" : Array.isArray(valid) ? "array" : typeof valid;
  return all.filter(([t]) => t !== type).map(([, v]) => v);
}
const CONTROL_CHARACTERS = ["\u0000", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F"];

describe("contracts: request schemas", () => {
  for (const c of SCHEMAS) {
    describe(c.name, () => {
      const required = Object.keys(c.valid).filter((f) => !c.optional.includes(f));

      it("accepts a valid example", () => {
        assert.deepEqual(rejectedFields(c.schema, c.valid), []);
      });

      if (c.optional.length) {
        it("accepts the example without its optional fields", () => {
          const body = Object.fromEntries(Object.entries(c.valid).filter(([k]) => !c.optional.includes(k)));
          assert.deepEqual(rejectedFields(c.schema, body), []);
        });
      }

      it("rejects an extra field", () => {
        assert.deepEqual(rejectedFields(c.schema, { ...c.valid, is_admin: true }), ["is_admin"]);
      });

      it("rejects a body that is not an object", () => {
        for (const body of [null, "text", 1, []]) assert.notDeepEqual(rejectedFields(c.schema, body), [], JSON.stringify(body));
      });

      for (const field of required) {
        it(`rejects a body without ${field}`, () => {
          const body = { ...c.valid };
          delete body[field];
          assert.deepEqual(rejectedFields(c.schema, body), [field]);
        });
      }

      for (const field of Object.keys(c.valid)) {
        it(`rejects ${field} of the wrong type`, () => {
          for (const value of wrongTypes(c.valid[field])) {
            const rejected = rejectedFields(c.schema, { ...c.valid, [field]: value });
            assert.ok(rejected.length > 0 && rejected.every((f) => f.startsWith(field)), `${field}=${JSON.stringify(value)}: ${rejected}`);
          }
        });
      }

      for (const field of c.idFields) {
        it(`rejects ${field} values that are not document ids`, () => {
          for (const value of BAD_IDS) {
            assert.deepEqual(rejectedFields(c.schema, { ...c.valid, [field]: value }), [field], JSON.stringify(value));
          }
        });

        it(`trims the whitespace around ${field}`, () => {
          const parsed = c.schema.parse({ ...c.valid, [field]: "  id_1  " }) as Body;
          assert.equal(parsed[field], "id_1");
        });
      }

      for (const [field, max] of c.textFields) {
        it(`accepts ${field} of exactly ${max} characters and rejects ${max + 1}`, () => {
          assert.deepEqual(rejectedFields(c.schema, { ...c.valid, [field]: "a".repeat(max) }), []);
          assert.deepEqual(rejectedFields(c.schema, { ...c.valid, [field]: "a".repeat(max + 1) }), [field]);
        });

        it(`rejects an empty or blank ${field}`, () => {
          for (const value of ["", "   ", "\n\t "]) {
            assert.deepEqual(rejectedFields(c.schema, { ...c.valid, [field]: value }), [field], JSON.stringify(value));
          }
        });

        it(`rejects control characters in ${field}`, () => {
          for (const ch of CONTROL_CHARACTERS) {
            assert.deepEqual(rejectedFields(c.schema, { ...c.valid, [field]: `Hello${ch}world` }), [field], JSON.stringify(ch));
          }
        });

        it(`accepts tabs, line breaks and non-Latin letters in ${field}`, () => {
          assert.deepEqual(rejectedFields(c.schema, { ...c.valid, [field]: "Line\tone\r\nLigne deux — 第三行 🙂" }), []);
        });

        it(`trims ${field} and measures its length after trimming`, () => {
          const parsed = c.schema.parse({ ...c.valid, [field]: `  ${"a".repeat(max)}  ` }) as Body;
          assert.equal(parsed[field], "a".repeat(max));
        });
      }
    });
  }

  describe("enums", () => {
    for (const style of ANSWER_STYLES) {
      it(`accepts answer_style "${style}"`, () => {
        assert.deepEqual(rejectedFields(SaveAgentRequest, { ...SCHEMAS[6]!.valid, answer_style: style }), []);
      });
    }

    for (const style of ["Friendly", "casual", " friendly", ""]) {
      it(`rejects answer_style ${JSON.stringify(style)}`, () => {
        assert.deepEqual(rejectedFields(SaveAgentRequest, { ...SCHEMAS[6]!.valid, answer_style: style }), ["answer_style"]);
      });
    }

    it("lists the three answer styles", () => {
      assert.deepEqual([...ANSWER_STYLES], ["professional", "friendly", "educational"]);
    });

    for (const type of DOCUMENT_TYPES) {
      it(`accepts document_type "${type}"`, () => {
        assert.deepEqual(rejectedFields(UploadKnowledgeRequest, { ...SCHEMAS[0]!.valid, document_type: type }), []);
      });
    }

    for (const type of ["FAQ", "post-care", "other", ""]) {
      it(`rejects document_type ${JSON.stringify(type)}`, () => {
        assert.deepEqual(rejectedFields(UploadKnowledgeRequest, { ...SCHEMAS[0]!.valid, document_type: type }), ["document_type"]);
      });
    }

    it("names the accepted values in the enum error message", () => {
      const result = UploadKnowledgeRequest.safeParse({ ...SCHEMAS[0]!.valid, document_type: "other" });
      assert.equal(result.error?.issues[0]?.message, "must be one of faq, post_care, precautions, medication, general");
    });
  });

  describe("SaveAgentRequest specifics", () => {
    const agent = SCHEMAS[6]!.valid;

    it("accepts 20 knowledge ids and rejects 21", () => {
      const ids = (n: number) => Array.from({ length: n }, (_, i) => `kn_${i}`);
      assert.deepEqual(rejectedFields(SaveAgentRequest, { ...agent, knowledge_ids: ids(20) }), []);
      assert.deepEqual(rejectedFields(SaveAgentRequest, { ...agent, knowledge_ids: ids(21) }), ["knowledge_ids"]);
    });

    it("accepts an empty list of knowledge ids", () => {
      assert.deepEqual(rejectedFields(SaveAgentRequest, { ...agent, knowledge_ids: [] }), []);
    });

    it("names the position of a bad knowledge id", () => {
      assert.deepEqual(rejectedFields(SaveAgentRequest, { ...agent, knowledge_ids: ["kn_1", "../x", 3] }), ["knowledge_ids.1", "knowledge_ids.2"]);
    });

    const badVoices = ["", "a/b", "voice id", "v".repeat(65)];
    for (const voice of badVoices) {
      it(`rejects voice_id ${JSON.stringify(voice.length > 20 ? `${voice.slice(0, 5)}…(${voice.length})` : voice)}`, () => {
        assert.deepEqual(rejectedFields(SaveAgentRequest, { ...agent, voice_id: voice }), ["voice_id"]);
      });
    }

    it("defaults the language to English and the maximum duration to 30 minutes", () => {
      const parsed = SaveAgentRequest.parse(agent);
      assert.equal(parsed.language, "en");
      assert.equal(parsed.max_duration_seconds, 1_800);
    });

    for (const language of ["en", "es", "fr", "pt", "de"]) {
      it(`accepts language ${language}`, () => {
        assert.deepEqual(rejectedFields(SaveAgentRequest, { ...agent, language }), []);
      });
    }

    for (const language of ["EN", "it", "english", "", 1]) {
      it(`rejects language ${JSON.stringify(language)}, naming the accepted ones`, () => {
        assert.deepEqual(rejectedFields(SaveAgentRequest, { ...agent, language }), ["language"]);
        const result = SaveAgentRequest.safeParse({ ...agent, language });
        assert.equal(result.error?.issues[0]?.message, "must be one of en, es, fr, pt, de");
      });
    }

    const durations: [number | string, boolean][] = [[60, true], [3_600, true], [900, true], [59, false], [3_601, false], [600.5, false], ["600", false]];
    for (const [seconds, ok] of durations) {
      it(`${ok ? "accepts" : "rejects"} max_duration_seconds ${JSON.stringify(seconds)}`, () => {
        assert.deepEqual(rejectedFields(SaveAgentRequest, { ...agent, max_duration_seconds: seconds }), ok ? [] : ["max_duration_seconds"]);
      });
    }

    it("fills in the privacy defaults", () => {
      const parsed = SaveAgentRequest.parse({ ...agent, privacy: {} });
      assert.deepEqual(parsed.privacy, { record_audio: false, retention_days: 90 });
    });

    const badPrivacy: [string, Body, string][] = [
      ["retention of 0 days", { retention_days: 0 }, "privacy.retention_days"],
      ["retention over 10 years", { retention_days: 3651 }, "privacy.retention_days"],
      ["fractional retention", { retention_days: 1.5 }, "privacy.retention_days"],
      ["record_audio as a string", { record_audio: "yes" }, "privacy.record_audio"],
      ["an extra privacy field", { share: true }, "privacy.share"],
    ];
    for (const [name, privacy, field] of badPrivacy) {
      it(`rejects ${name}`, () => {
        assert.deepEqual(rejectedFields(SaveAgentRequest, { ...agent, privacy }), [field]);
      });
    }
  });

  describe("CreatePatientRequest specifics", () => {
    it("defaults the invite to 72 hours", () => {
      assert.equal(CreatePatientRequest.parse({ display_name: "Ann" }).invite_valid_hours, 72);
    });

    const hours: [number, boolean][] = [
      [1, true],
      [720, true],
      [0, false],
      [721, false],
      [2.5, false],
      [-1, false],
    ];
    for (const [value, ok] of hours) {
      it(`${ok ? "accepts" : "rejects"} an invite valid for ${value} hours`, () => {
        assert.deepEqual(rejectedFields(CreatePatientRequest, { display_name: "Ann", invite_valid_hours: value }), ok ? [] : ["invite_valid_hours"]);
      });
    }
  });

  describe("RedeemInviteRequest specifics", () => {
    const code = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345";
    const codes: [string, boolean][] = [
      [code, true],
      [`  ${code} `, true],
      [code.replace(/-/g, ""), true], // separators do not matter
      [code.toLowerCase(), true], // codes are read aloud: case does not matter
      [code.replace(/-/g, " "), true],
      ["ABCD-1234", false], // the old 40-bit format
      [`${code}6`, false],
      [code.slice(0, -1), false],
      [code.replace("A", "O"), false], // O and 0, I and 1 are not in the alphabet
      [code.replace("B", "1"), false],
      [code.replace("C", "\n"), false],
      ["x".repeat(65), false],
    ];
    for (const [code, ok] of codes) {
      it(`${ok ? "accepts" : "rejects"} the invite code ${JSON.stringify(code)}`, () => {
        assert.deepEqual(rejectedFields(RedeemInviteRequest, { invite_code: code }), ok ? [] : ["invite_code"]);
      });
    }
  });
});
