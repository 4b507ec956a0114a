import assert from "node:assert/strict";
import { referencedName, referenceOf, referenceTag } from "../../../src/domain/elevenlabs-references";

describe("domain/elevenlabs-references", () => {
  it("puts the reference first, where ElevenLabs' prefix search finds it", () => {
    const name = referencedName("kn_1a2b", "Knee replacement - faq");
    assert.equal(name, "kn_1a2b | Knee replacement - faq");
    assert.ok(name.startsWith("kn_1a2b"));
  });

  const cases: [string, { name: string; tags?: string[] }, string | undefined][] = [
    ["a first version", { name: "kn_1a2b | Knee replacement - faq" }, "kn_1a2b"],
    ["a replaced version", { name: "kn_1a2b-v3 | Knee replacement - faq" }, "kn_1a2b"],
    ["a name with the separator inside", { name: "kn_9 | A | B" }, "kn_9"],
    ["an agent tag", { name: "anything", tags: ["patient-education", referenceTag("Ab3dE")] }, "Ab3dE"],
    ["an agent name", { name: "Ab3dEfGh | Knee guide", tags: [] }, "Ab3dEfGh"],
    ["the older trailing form", { name: "Knee replacement - faq [kn_1a2b-v2]" }, "kn_1a2b"],
    ["a foreign document", { name: "Somebody's notes" }, undefined],
    ["a reference not at the start", { name: "Notes kn_1a2b | x" }, undefined],
  ];
  for (const [label, object, expected] of cases) {
    it(`reads ${label}`, () => {
      assert.equal(referenceOf(object), expected);
    });
  }
});
