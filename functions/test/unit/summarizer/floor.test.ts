// The safety floor: a present complaint, change, medication event, reading, distress or wish for
// contact that no confident rule judged is still put in front of the doctor (for_review), never lost;
// denials, other people and hypotheticals stay out, and the floor never raises requires_attention.
import assert from "node:assert/strict";
import { exchange, NEUTRAL_REPLY, summarize } from "./helpers";

function summaryOf(patient: string, language = "en") {
  return summarize(exchange(patient, NEUTRAL_REPLY, language));
}

function floorItems(patient: string, language = "en") {
  return summaryOf(patient, language).for_review.filter((r) => r.rule_id.includes(".floor."));
}

describe("summarizer: safety floor", () => {
  it("drops a mild complaint only when the care team said to expect it, not on the patient's own 'is that normal'", () => {
    assert.deepEqual(floorItems("My shoulder is a bit sore, but the surgeon said it would be for a couple of weeks."), []);
    assert.deepEqual(floorItems("La rodilla está un poco hinchada, el enfermero me dijo que es normal.", "es"), []);
    assert.equal(floorItems("my belly's a bit sore round the middle is that normal").length, 1);
    assert.equal(floorItems("a barriga está um pouco dolorida isso é normal", "pt").length, 1);
  });

  it("does not read relief or phoning idioms as complaints ('a weight off', 'ringing them now')", () => {
    assert.deepEqual(floorItems("Oh, that's a weight off my mind."), []);
    assert.deepEqual(floorItems("Right, I'm ringing them now."), []);
    assert.equal(floorItems("There's been a ringing in my ears since yesterday.").length, 1);
  });

  it("sends an unjudged present complaint to for_review as uncertain, with its detail", () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ["My knee has been aching on and off this week.", "en"],
      ["I left my tablets at my daughter's place on Friday.", "en"],
      ["Honestly I feel like I'm just in the way at home.", "en"],
      ["Tengo una tos que no se me quita.", "es"],
      ["J'ai une toux qui ne passe pas.", "fr"],
      ["Estou com uma tosse que não passa.", "pt"],
      ["Seit gestern kribbelt es in den Fingern.", "de"],
    ];
    for (const [text, language] of cases) {
      const s = summaryOf(text, language);
      assert.equal(s.requires_attention.length, 0, `floor never raises attention: ${text}`);
      const items = s.for_review.filter((r) => r.rule_id.includes(".floor."));
      assert.equal(items.length, 1, `expected one floor item: ${text}`);
      assert.equal(items[0]?.reason, "uncertain");
      assert.match(items[0]?.reason_detail ?? "", /no rule could judge/);
    }
  });

  it("reads the body or a medicine said with when it began or how often as a present complaint, and a bare mention as nothing", () => {
    assert.equal(floorItems("My hip has been doing something odd since Thursday.").length, 1);
    assert.equal(floorItems("Mi espalda anda de una manera extraña desde el jueves.", "es").length, 1);
    assert.equal(floorItems("Mein Knie macht seit drei Tagen komische Sachen.", "de").length, 1);
    assert.deepEqual(floorItems("My hip replacement went really well."), []);
    assert.deepEqual(floorItems("My hip was doing something odd last year but that's long sorted."), []);
  });

  it("reads a measure or result compared with its earlier value, target or best as a change to read, with the past dating only the baseline", () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ["The scales said 19.5 kilos at her check, and this morning 17.8.", "en"],
      ["He's 6.1 kilos now, from 6.5 three weeks ago.", "en"],
      ["La creatinina me salió en 2,3 y en el hospital estaba en 1,2.", "es"],
      ["Il pesait quinze kilos et maintenant la balance affiche treize.", "fr"],
      ["O tubo de fora mede 12 cm e a folha diz 9.", "pt"],
      ["Sie wog achtzehn Kilo und jetzt zeigt die Waage sechzehn.", "de"],
    ];
    for (const [text, language] of cases) assert.equal(floorItems(text, language).length, 1, `expected one floor item: ${text}`);
    assert.deepEqual(floorItems("I take 2 tablets now, it was 3 before the change."), []);
  });

  it("keeps denials, other people's complaints and hypotheticals out", () => {
    assert.deepEqual(floorItems("My knee doesn't ache at all anymore, it's fine."), []);
    assert.deepEqual(floorItems("My neighbour has a cough that keeps her up."), []);
    assert.deepEqual(floorItems("What should I do if I get a cough?"), []);
  });

  it("does not add a floor item where a confident rule already listed the turn", () => {
    const s = summaryOf("I've had crushing chest pain since this morning and my knee aches.");
    assert.equal(s.requires_attention.length, 1);
    assert.deepEqual(s.for_review.filter((r) => r.rule_id.includes(".floor.")), []);
  });

  it("does not read 'number' as numbness or 'trem' (a train) as a tremor", () => {
    assert.deepEqual(floorItems("Can you give me the phone number for the clinic?"), []);
    assert.deepEqual(floorItems("Vou de trem para o hospital amanhã.", "pt"), []);
  });
});
