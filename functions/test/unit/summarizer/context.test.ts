// Context of a finding: negation before and after the word, pseudo-negation, resolution in the
// next sentence, someone else's, planned changes, events that stay true in any tense, requests
// in any word order, readings against thresholds and the call's topic, and what goes to for_review.
import assert from "node:assert/strict";
import { conversation, exchange, summarize, type Line } from "./helpers";

const GREETING: Record<string, string> = { en: "How are you?", es: "¿Cómo está?", fr: "Comment allez-vous ?", pt: "Como está?", de: "Wie geht es Ihnen?" };

function review(patient: string, language = "en") {
  return summarize(exchange(patient, "Thank you.", language));
}

function attention(patient: string, language = "en"): string[] {
  return review(patient, language).requires_attention.map((a) => a.rule_id);
}

function after(agent: string, patient: string, language = "en"): string[] {
  const lines: Line[] = [["agent", GREETING[language] ?? "Hi"], ["agent", agent], ["user", patient], ["agent", "Thank you."]];
  return summarize(conversation(lines, language)).requires_attention.map((a) => a.rule_id);
}

describe("summarizer: context of findings", () => {
  it("reads a symptom a treatment is asked for ('for the fever, what can I give?') as the question's topic, and the same words told as a report", () => {
    assert.deepEqual(attention("And for the fever, what can I give him at night?"), []);
    assert.deepEqual(attention("Y para la fiebre, ¿qué le puedo dar?", "es"), []);
    assert.deepEqual(attention("Et contre la fièvre, qu'est-ce que je peux lui donner ?", "fr"), []);
    assert.deepEqual(attention("E pra febre, o que é que lhe posso dar?", "pt"), []);
    assert.deepEqual(attention("Und gegen das Fieber, was darf ich ihm geben?", "de"), []);
    assert.notDeepEqual(attention("He's had a fever of 39 since last night and paracetamol isn't touching it."), []);
  });

  it("reads 'back in April' and a past season as history, except for the earlier value of a comparison", () => {
    assert.deepEqual(attention("I had a nasty fall on the patio back in April, nothing broken, all healed."), []);
    assert.deepEqual(attention("Me caí en la ducha el verano pasado, pero ya estoy bien.", "es"), []);
    assert.deepEqual(attention("She was sixty-four kilos in the summer and now she's fifty-seven."), ["reading.weight.loss"]);
  });

  it("reads a weight gain over a season or since a treatment began as slow, and the same gain since Friday as a red flag", () => {
    assert.deepEqual(attention("I've put on three kilos since the spring, must be the biscuits."), []);
    assert.deepEqual(attention("He ha subido tres kilos desde el verano.", "es"), []);
    assert.notDeepEqual(attention("I've put on three kilos since Friday."), []);
  });

  it("does not let a purpose clause about being a burden deny the wish said before it, while 'so as not to have' still denies", () => {
    assert.deepEqual(attention("Às vezes acho que era melhor Deus me levar logo pra não dar trabalho a ninguém.", "pt"), ["pt.self_harm"]);
    assert.deepEqual(attention("Tomo o comprimido pra não ter dor no peito.", "pt"), []);
  });

  it("reads negation after the word in Spanish, French, Portuguese and German", () => {
    assert.deepEqual(attention("Fiebre no he tenido en toda la semana.", "es"), []);
    assert.deepEqual(attention("De la fièvre, non, pas du tout.", "fr"), []);
    assert.deepEqual(attention("Febre não tive não.", "pt"), []);
    assert.deepEqual(attention("Fieber habe ich keins gehabt.", "de"), []);
    // a denied urgent finding stays for review with its reason; a denied non-urgent one is not listed
    assert.deepEqual(review("Dolor en el pecho no he tenido en toda la semana.", "es").for_review.map((r) => r.reason), ["negated"]);
    assert.deepEqual(review("Fiebre no he tenido en toda la semana.", "es").for_review, []);
  });

  it("reads a request asked in the negative with a contracted article as a request (de dialect)", () => {
    assert.deepEqual(attention("Kann i ned glei mit'm Doktor selber reden?", "de"), ["de.contact_request"]);
  });

  it("reads British 'sat' (sitting) as no oxygen reading, so the temperature said after it is read as one", () => {
    assert.ok(attention("She took my temperature as well while I was sat here, it says thirty-eight point six.").includes("reading.temperature.fever"));
    assert.ok(attention("My daughter left me one of those clips for your finger. It said eighty-seven just now.").includes("reading.oxygen.low"));
  });

  it("reads 'the tablets didn't touch it' as a pseudo-negation: what follows stays affirmed", () => {
    assert.ok(attention("i got a headache the tylenol didnt touch an like sparkly lights in the corner of my eye").includes("en.vision"));
  });

  it("a medicine stopped because of its side effect is the patient's own change, not the team's ('they sting, so I stopped them')", () => {
    assert.ok(attention("the eye drops they sting like anything so i stopped them sunday").includes("en.med_stopped"));
    assert.deepEqual(attention("The doctor told me to stop the aspirin before the operation, so I stopped it."), []);
  });

  it("a medicine the doctor prescribed is a medicine, whatever its name ('prescrit', 'recetó', 'receitou', 'verschrieben')", () => {
    assert.ok(attention("Le docteur m'avait prescrit de la doxylamine, mais je l'ai arrêtée il y a cinq jours.", "fr").includes("fr.med_stopped"));
  });

  it("reads a 'si' before a first-person past as the 'sí' whose accent speech-to-text dropped, not a condition (es)", () => {
    assert.ok(attention("si me puse el termometro y marco treinta y ocho tres y tengo como escalofrios", "es").includes("reading.temperature.fever"));
    assert.deepEqual(attention("si me pongo el termometro y marca treinta y ocho, qué hago", "es").filter((id) => id === "reading.temperature.fever"), []);
  });

  it("reads Scots negations (nae, dinnae, didnae) as negations", () => {
    assert.deepEqual(attention("I've had nae chest pain since the weekend."), []);
    assert.deepEqual(attention("He dinnae get short of breath on the stairs any more."), []);
    assert.ok(attention("I've had chest pain since the weekend.").length > 0);
  });

  it("a denial closing a list denies every finding in it; a 'no' that starts a new clause denies nothing", () => {
    assert.deepEqual(attention("Pressure in the chest or getting winded on the stairs, none of that."), []);
    assert.deepEqual(attention("Dor no peito ou falta de ar, nada disso.", "pt"), []);
    assert.deepEqual(attention("Douleur dans la poitrine ou essoufflement, rien de tout ça.", "fr"), []);
    assert.deepEqual(attention("Schmerzen in der Brust oder Atemnot, nichts davon.", "de"), []);
    assert.ok(attention("Me aprieta el pecho desde anoche, no sé qué será.", "es").length > 0);
    assert.ok(attention("J'ai une douleur dans la poitrine depuis hier, non je ne sais pas pourquoi.", "fr").length > 0);
    assert.deepEqual(attention("Fiebre, no tengo.", "es"), []);
  });

  it("a finding the patient says is long-standing and unchanged is their baseline: for review, not attention", () => {
    assert.deepEqual(attention("My left arm is weak, but it's been like that since my stroke years ago."), []);
    assert.deepEqual(review("My left arm is weak, but it's been like that since my stroke years ago.").for_review.map((r) => r.reason), ["expected"]);
    assert.deepEqual(attention("Tengo la mano algo dormida, pero la tengo de hace años.", "es"), []);
    // worse than the usual is a change, not the baseline; "nothing new" before a finding is about something else
    assert.ok(attention("The chest pain is much worse than my normal angina since last night.").length > 0);
    assert.ok(attention("Nothing new really, except this chest pain since breakfast.").length > 0);
    assert.ok(attention("Nada nuevo, salvo este dolor de pecho desde la mañana.", "es").length > 0);
    assert.ok(attention("My left arm is weak, it's been like that for years, but much worse since this morning.").length > 0);
  });

  it("a denied expectation says the finding is new: 'which isn't normal for me'", () => {
    assert.ok(attention("I get short of breath on the stairs now, which really isn't normal for me.").length > 0);
    assert.deepEqual(attention("I get short of breath on the stairs, but that's normal for me."), []);
  });

  it("reads Spanish 'sí' (yes) as an answer, not as the conditional 'si' (if)", () => {
    assert.ok(attention("sí ya me medí el azúcar hace un rato y me dio cuarenta y cinco y estoy temblando", "es").length > 0);
    assert.deepEqual(attention("Si me da cuarenta y cinco, ¿qué hago?", "es"), []);
  });

  it("reads the Spanish filler 'bueno nada que...' (as speech-to-text writes it) as the start of a story, not a denial", () => {
    const told = summarize(exchange("bueno nada que he vuelto a vomitar tres veces al día desde el lunes", "Gracias por contármelo.", "es"));
    assert.deepEqual(told.requires_attention.map((a) => a.turn_index), [1]);
    const denied = summarize(exchange("Vómitos, nada desde el lunes.", "Muy bien.", "es"));
    assert.deepEqual(denied.requires_attention, []);
  });

  it("'been like that since Saturday' is recent, not a baseline; 'since my stroke' is", () => {
    assert.ok(attention("My poo has been black and sticky, it's been like that since Saturday.").length > 0);
    assert.deepEqual(attention("My left arm is weak, it's been like that since my stroke."), []);
  });

  it("asking whether one may speak to a nurse is a request for contact (es, fr, pt)", () => {
    assert.deepEqual(attention("¿Puedo hablar con una enfermera de verdad?", "es"), ["es.contact_request"]);
    assert.deepEqual(attention("Est-ce que je peux parler à une infirmière ?", "fr"), ["fr.contact_request"]);
    assert.deepEqual(attention("Posso falar com a enfermeira?", "pt"), ["pt.contact_request"]);
  });

  it("an echo question answered by a denial is a denial: 'Chest pain? No.'", () => {
    assert.deepEqual(attention("Chest pain? No. None of that."), []);
    assert.ok(attention("Chest pain? Yes, since lunch, and it's crushing.").length > 0);
  });

  it("an echo question answered by a denial that opens the next sentence is a denial, a form of address or a reason after it too", () => {
    assert.deepEqual(attention("Palpitations? Nope, not had any this week."), []);
    assert.deepEqual(attention("Swollen ankles? No sir, they look the same as always."), []);
    assert.deepEqual(attention("¿Fiebre? No, nada, me la tomé esta mañana.", "es"), []);
    // a "no" that does not close its clause is not a denial of the echo
    assert.ok(attention("Palpitations? No idea what else to call them, my heart races all evening now.").length > 0);
  });

  it("an expectation said in the next short sentence counts: 'The nurse said it would.'", () => {
    assert.deepEqual(attention("My ankles have been swollen since I started the new pill. The nurse said they would."), []);
  });

  it("reads 'weeks back', 'il y a deux mois' as history and 'c'est complètement parti' as resolved", () => {
    assert.deepEqual(attention("Had my heart attack about six weeks back, and I've been fine since."), []);
    assert.deepEqual(attention("J'ai fait un AVC il y a trois mois.", "fr"), []);
    assert.deepEqual(attention("J'avais des palpitations, mais c'est complètement parti.", "fr"), []);
  });

  it("a supply running out is the patient's when they say so, even with someone else named first", () => {
    assert.deepEqual(attention("my husband is here and um the mestinon tablets ran out yesterday so i have had none since lunch"), ["en.med_ran_out"]);
    assert.deepEqual(attention("My husband ran out of his blood pressure tablets on Friday."), []);
  });

  it("ends a sentence at a bare 'No.': a denial does not reach into the next sentence", () => {
    assert.ok(attention("No. Since lunch my chest has been tight and heavy.").length > 0);
    assert.equal(review("No, eso no. Nomás ando muy desanimada.", "es").for_review.length, 1);
  });

  it("a symptom the patient asks about ('is that normal?') is still present: only a stated expectation makes it expected", () => {
    assert.deepEqual(attention("Los tobillos se me hincharon desde ayer, ¿es normal?", "es"), ["es.swelling_legs"]);
    assert.deepEqual(attention("Les chevilles ont gonflé depuis hier, c'est normal ?", "fr"), ["fr.swelling_legs"]);
    assert.deepEqual(attention("Os tornozelos incharam desde ontem, é normal?", "pt"), ["pt.swelling_legs"]);
    assert.deepEqual(attention("Die Knöchel sind seit gestern geschwollen, ist das normal?", "de"), ["de.swelling_legs"]);
    assert.deepEqual(attention("My ankles have been swollen since yesterday, is that normal?"), ["en.swelling_legs"]);
  });

  it("reads 'let me call them' as the patient's own plan, and 'seitdem ist wieder Ruhe' as resolved", () => {
    assert.deepEqual(attention("Okay. Let me call the surgery now then."), []);
    assert.deepEqual(attention("Vale, déjeme llamar al centro de salud.", "es"), []);
    assert.deepEqual(attention("Am Montag hatte ich Herzrasen nach dem Sport, seitdem ist wieder Ruhe.", "de"), []);
    assert.deepEqual(attention("Could the doctor call me back today, please?"), ["en.contact_request"]);
  });

  it("does not let a later clause's negation undo a finding ('... on Friday and I haven't gone')", () => {
    assert.deepEqual(attention("Se me acabaron las pastillas el viernes y no he ido a buscarlas.", "es"), ["es.med_ran_out"]);
  });

  it("ignores pseudo-negations: 'not only', 'nothing helps', 'won't go away'", () => {
    assert.ok(attention("It's not only my chest that hurts, my arm aches too.").includes("en.chest_pain"));
    assert.ok(attention("Nothing helps the pain, it's unbearable.").includes("en.pain_severe"));
    assert.ok(attention("Tengo un dolor de cabeza fortísimo que no se me quita.", "es").includes("es.headache"));
  });

  it("resolves a symptom when the next sentence says it went away, and keeps it for review", () => {
    const s = review("I had some chest pain on Sunday. It went away after ten minutes and hasn't come back.");
    assert.deepEqual(s.requires_attention, []);
    assert.equal(s.for_review[0]?.reason, "resolved");
  });

  it("keeps events that stay true in any tense: running out last week is still out", () => {
    assert.deepEqual(attention("I ran out of my blood thinner last week."), ["en.med_ran_out"]);
    assert.deepEqual(attention("I ran out of my blood thinner last week but I picked up the refill yesterday."), []);
  });

  it("reads someone else's symptoms as theirs when speech-to-text drops the apostrophe ('my husbands been'), and a flatmate in German", () => {
    assert.deepEqual(attention("ok my husbands been getting chest pains from the stress his doctor says its anxiety"), []);
    assert.deepEqual(attention("my partners got a rash all up his arm"), []);
    assert.deepEqual(attention("Mein Mitbewohner hat gerade hohes Fieber.", "de"), []);
    assert.deepEqual(attention("I've got a high fever since last night."), ["en.fever"]);
  });

  it("reads a child named by age or size ('my little boy', 'our youngest') as someone else, but not an exclamation ('oh boy')", () => {
    assert.deepEqual(attention("Also my little boy's been a bit wheezy at night, he's five."), []);
    assert.deepEqual(attention("Our youngest has had a high fever since last night."), []);
    assert.deepEqual(attention("Oh boy, I've had a high fever since last night."), ["en.fever"]);
  });

  it("reads someone who took the reading for the patient as the measurer, not whose reading it is, in every pack; their own reading stays theirs", () => {
    assert.deepEqual(attention("my husband check it with the thermometer this morning it said thirty eight point nine"), ["reading.temperature.fever"]);
    assert.deepEqual(attention("Mum did my sugar, it says 2.1 and I feel shaky."), ["reading.glucose.severe_low"]);
    assert.deepEqual(attention("Mi hija me tomó la temperatura, 39,2.", "es"), ["reading.temperature.fever"]);
    assert.deepEqual(attention("Ma femme a pris la température, c'était 39,2.", "fr"), ["reading.temperature.fever"]);
    assert.deepEqual(attention("O meu filho mediu a febre, deu 39,2.", "pt"), ["reading.temperature.fever"]);
    assert.deepEqual(attention("Meine Frau hat gemessen, 39,1 Fieber.", "de"), ["reading.temperature.fever"]);
    assert.deepEqual(attention("My husband checked his blood pressure, it was 190 over 120."), []);
    assert.deepEqual(attention("My wife's was 190 over 120 this morning."), []);
  });

  it("sends someone else's symptoms to review, not to attention", () => {
    const s = review("My husband has had chest pain since Sunday.");
    assert.deepEqual(s.requires_attention, []);
    assert.equal(s.for_review[0]?.reason, "other_person");
  });

  it("treats a prescriber's dose change told with its numbers or its reason as planned, in every pack; the patient's own stays a red flag", () => {
    const planned = review("She cut my amlodipine down from ten to five because my ankles were puffy.");
    assert.deepEqual(planned.requires_attention, []);
    assert.equal(planned.for_review[0]?.reason, "planned_change");
    assert.deepEqual(attention("I cut my amlodipine down from ten to five because my ankles were puffy."), ["en.med_stopped"]);
    assert.deepEqual(attention("La docteure m'avait baissé la quétiapine en janvier, je la prends plus que le soir.", "fr"), []);
    assert.deepEqual(attention("Dr. Hofmann hat die Dosis letzte Woche runtergesetzt, von drei auf zwei Tabletten.", "de"), []);
  });

  it("treats a change the care team planned as planned, unless the patient did something else", () => {
    const planned = review("The surgeon told me to stop the aspirin before the operation, so I stopped it.");
    assert.deepEqual(planned.requires_attention, []);
    assert.equal(planned.for_review[0]?.reason, "planned_change");
    assert.deepEqual(attention("I've been taking half of what they told me to take, to make the insulin last."), ["en.med_stopped"]);
  });

  it("reads the care team's change through an abbreviation, a ward or 'they', and in the sentence before one that follows from it", () => {
    for (const text of [
      "And Dr. Lee cut my ramipril in half at the last visit, she said my potassium was up.",
      "They stopped the prednisolone at the last clinic.",
      "I stopped the codeine last week like the ward said I could.",
      "The nurse said to stop the ibuprofen while I'm on this. So I stopped it on Monday.",
    ]) {
      const s = review(text);
      assert.deepEqual(s.requires_attention, [], text);
      assert.equal(s.for_review[0]?.reason, "planned_change", text);
    }
    // the sentence before asked for something else: stopping is the patient's own doing
    assert.deepEqual(attention("The doctor said to take it every day. So I stopped it on Monday."), ["en.med_stopped"]);
    const spanish = summarize(exchange("La doctora me dijo que la dejara antes de la operación. Así que dejé la sertralina el lunes.", "Gracias.", "es"));
    assert.deepEqual(spanish.for_review.map((r) => r.reason), ["planned_change"]);
  });

  it("reads any clinician as the one who made the change, before or after the verb, in every pack", () => {
    // [language, the change by a clinician, the same change by the patient alone]
    const cases: Array<[string, string, string]> = [
      ["en", "The rheumatologist took me off the methotrexate, so I stopped it last month.", "I stopped the methotrexate last month."],
      ["en", "In the left eye the doctor told to stop the old drops, so I have stopped them.", "In the left eye I have stopped the old drops."],
      ["es", "La reumatóloga me quitó la pastilla de la presión y dejé de tomarla el lunes.", "Dejé de tomar la pastilla de la presión el lunes."],
      ["es", "Ya no tomo la pastilla de la presión, me la quitó la reumatóloga.", "Ya no tomo la pastilla de la presión."],
      ["fr", "La rhumatologue m'a dit d'arrêter le méthotrexate, donc je l'ai arrêté.", "J'ai arrêté le méthotrexate."],
      ["pt", "A reumatologista suspendeu o metotrexato, então parei de tomar.", "Parei de tomar o metotrexato."],
      ["de", "Die Rheumatologin hat das Methotrexat abgesetzt, also nehme ich es nicht mehr.", "Ich nehme das Methotrexat nicht mehr."],
    ];
    for (const [language, planned, alone] of cases) {
      const s = summarize(exchange(planned, "Thank you.", language));
      assert.deepEqual(s.requires_attention, [], `${language}: ${planned}`);
      assert.deepEqual(s.for_review.map((r) => r.reason), ["planned_change"], `${language}: ${planned}`);
      assert.equal(summarize(exchange(alone, "Thank you.", language)).requires_attention.length, 1, `${language}: ${alone}`);
    }
  });

  it("sees through idioms and other senses", () => {
    for (const text of ["This paperwork is a real headache.", "I'm dying to get back to the allotment.", "The bill nearly gave me a heart attack.", "I fell asleep in front of the telly."]) {
      assert.deepEqual(attention(text), [], text);
    }
  });

  it("does not read the care team's own instruction, a relative's call or an appointment already made as a request for contact", () => {
    for (const text of [
      "My wife's going to phone the office after lunch, she's better on the phone than me.",
      "I'm meant to see the dietitian next week but a few questions have piled up.",
      "Also the nurse said I need an eye doctor appointment, why is that?",
      "I check the bag against the newspaper like the nurse said.",
    ]) assert.deepEqual(attention(text), [], text);
    assert.deepEqual(attention("la doctora me dijo que llamara para las dudas de la presión", "es"), []);
    assert.deepEqual(attention("I'd really like the nurse to ring me today."), ["en.contact_request"]);
  });

  it("finds requests for contact in any word order, in every language, but not the patient's own plan to call", () => {
    assert.deepEqual(attention("The doctor, I really need to talk to her today."), ["en.contact_request"]);
    assert.deepEqual(attention("Could somebody from the clinic give me a ring?"), ["en.contact_request"]);
    assert.deepEqual(attention("Prefiero que me llame alguien de la consulta.", "es"), ["es.contact_request"]);
    assert.deepEqual(attention("Könnte mich jemand aus der Praxis zurückrufen?", "de"), ["de.contact_request"]);
    assert.deepEqual(attention("I'll ring the clinic myself tomorrow."), []);
  });

  it("reads a place of care as where the person asked for is ('a nurse on the ward'), but as the past of a symptom, in every pack", () => {
    assert.deepEqual(attention("I want to speak to one of the nurses on the ward, please."), ["en.contact_request"]);
    assert.deepEqual(attention("Quiero hablar con una enfermera en el hospital, por favor.", "es"), ["es.contact_request"]);
    assert.deepEqual(attention("Quero falar com uma enfermeira no hospital, por favor.", "pt"), ["pt.contact_request"]);
    assert.deepEqual(attention("Ich möchte mit einer Schwester im Krankenhaus sprechen, bitte.", "de"), ["de.contact_request"]);
    assert.deepEqual(attention("Je voudrais parler à une infirmière à l'hôpital, s'il vous plaît.", "fr"), ["fr.contact_request"]);
    assert.deepEqual(review("I had chest pain on the ward.").for_review.map((r) => r.reason), ["resolved"]);
    assert.deepEqual(review("Tuve dolor en el pecho en el hospital.", "es").for_review.map((r) => r.reason), ["resolved"]);
  });

  it("puts a possible red flag said without its qualifier in for_review as uncertain, never nowhere", () => {
    const s = review("I get a bit breathless on the stairs.");
    assert.deepEqual(s.requires_attention, []);
    assert.deepEqual(s.for_review.map((r) => [r.reason, r.category]), [["uncertain", "red_flag_symptom"]]);
    assert.ok(s.for_review[0]?.reason_detail);
    assert.deepEqual(attention("I've been getting breathless on the stairs since Tuesday and it's getting worse."), ["en.breathless"]);
  });

  it("treats passive suicidal ideation said as a conditional as real", () => {
    assert.deepEqual(attention("Everyone would be less stressed if I just wasn't around."), ["en.self_harm"]);
    assert.deepEqual(attention("Je me dis que si je m'endormais sans me réveiller, ça arrangerait tout le monde.", "fr"), ["fr.self_harm"]);
  });
});

describe("summarizer: readings", () => {
  it("judges blood pressure pairs by their shape, with lower limits in pregnancy", () => {
    assert.deepEqual(attention("Ontem deu 178 por 108 e hoje cedo 186 por 112.", "pt"), ["reading.bp.urgent_high"]);
    // below 160/100 outside pregnancy: no report; a diastolic of 100 or more is the high (stage 2) band
    assert.deepEqual(attention("It said 148 over 94 after lunch."), []);
    assert.deepEqual(attention("It said 152 over 101 after lunch."), ["reading.bp.high"]);
    const pregnant = summarize(conversation([["agent", "How is the pregnancy going, 32 weeks now?"], ["user", "It said 152 over 101 after lunch."], ["agent", "Thank you."]]));
    assert.deepEqual(pregnant.requires_attention.map((a) => a.rule_id), ["reading.bp.pregnancy_high"]);
  });

  it("reads a pressure said as two numbers in a row, in cmHg too, and gives each number the nearest measure word before it", () => {
    // 12/7 cmHg is 120/70: neither number is a low pressure, and the 78 after "pouls" is the pulse
    assert.deepEqual(attention("Ma tension c'était douze sept et mon pouls 78, c'est bon ça ?", "fr"), []);
    assert.deepEqual(attention("Ma tension était 19 11 ce matin.", "fr"), ["reading.bp.urgent_high"]);
    assert.deepEqual(attention("I checked my pulse on the blood pressure machine, it's 78, and the pressure was 132 over 78."), []);
    // a dose after the medicine's name is not a pressure of 50
    assert.deepEqual(attention("Tenho a tensão alta e o médico receitou-me amlodipina de 5.", "pt"), []);
  });

  it("gives a number no measure named after it when that measure has its own reading, and reads pressures said with a hyphen, 'com' or digit by digit", () => {
    // the 72 is the pulse just named, not a pressure of 72
    assert.deepEqual(attention("It showed seventy-two, and his pressure was one twenty-eight over seventy-six."), []);
    assert.deepEqual(attention("Jetzt hab ich 62, und der Blutdruck war heut früh 122 zu 76.", "de"), []);
    // 13-8 cmHg is 130/80; "132 com 78" is one pressure in Portugal
    assert.deepEqual(attention("Ma tension ce matin, treize-huit, et le pouls à soixante-douze.", "fr"), []);
    assert.deepEqual(attention("A tensão hoje de manhã estava 132 com 78.", "pt"), []);
    assert.deepEqual(attention("A tensão hoje de manhã estava 192 com 118.", "pt"), ["reading.bp.urgent_high"]);
    // "one eight four over one oh two" is 184/102, not a pressure of 1, 8 and 4
    assert.deepEqual(attention("I did my blood pressure, it's one eight four over one oh two."), ["reading.bp.urgent_high"]);
  });

  it("holds a saturation of 88-91% on target in a call about COPD, in every pack, and below 88 a red flag (BTS target 88-92%)", () => {
    // [language, the agent naming COPD, a saturation of 90, one of 85]
    const cases: Array<[string, string, string, string]> = [
      ["en", "This is the COPD nurse line. How are you?", "The oximeter says 90 this morning.", "The oximeter says 85 this morning."],
      ["es", "Le llamo del programa de EPOC. ¿Cómo está?", "El oxímetro marca 90 esta mañana.", "El oxímetro marca 85 esta mañana."],
      ["fr", "Ici le suivi BPCO. Comment allez-vous ?", "L'oxymètre affiche 90 ce matin.", "L'oxymètre affiche 85 ce matin."],
      ["pt", "Aqui é o acompanhamento da DPOC. Como está?", "O oxímetro marca 90 hoje de manhã.", "O oxímetro marca 85 hoje de manhã."],
      ["de", "Hier ist die COPD-Sprechstunde. Wie geht es Ihnen?", "Das Oximeter zeigt heute früh 90.", "Das Oximeter zeigt heute früh 85."],
    ];
    for (const [language, opening, onTarget, low] of cases) {
      const read = (patient: string) => summarize(conversation([["agent", opening], ["user", patient], ["agent", "Thank you."]], language)).requires_attention.map((a) => a.rule_id);
      assert.deepEqual(read(onTarget), [], `${language}: ${onTarget}`);
      assert.deepEqual(read(low), ["reading.oxygen.low"], `${language}: ${low}`);
      // without COPD, 90 is below the usual 92
      assert.deepEqual(summarize(conversation([["agent", GREETING[language] as string], ["user", onTarget], ["agent", "Thank you."]], language)).requires_attention.map((a) => a.rule_id), ["reading.oxygen.low"], `${language}: ${onTarget}`);
    }
  });

  it("reads a number after 'it's saying' or 'showing' as a reading of the topic named later in the turn", () => {
    for (const verb of ["saying", "showing"]) {
      assert.deepEqual(attention(`its ${verb} eighty four and the heart one is a hundred and twelve normally im ninety three or ninety four on the oxygen`), ["reading.oxygen.low"], verb);
    }
  });

  it("reads the event the care follows as past ('after the heart attack'), in every pack, but not a new event, nor what the sentence says next", () => {
    // [language, the index event told as history, a new event now]
    const cases: Array<[string, string, string]> = [
      ["en", "I had my heart attack back in March and they put two stents in.", "I think I'm having a heart attack, the pain is crushing."],
      ["es", "Me dieron el alta hace doce días, después del infarto.", "Creo que me está dando un infarto, me aprieta el pecho."],
      ["fr", "Je suis rentré il y a dix jours, après mon infarctus.", "Je crois que je fais un infarctus, ça me serre la poitrine."],
      ["pt", "Tive alta há duas semanas, depois do enfarte.", "Acho que estou a ter um enfarte, aperta-me o peito."],
      ["de", "Ich hatte vor sechs Wochen meinen Infarkt und habe zwei Stents.", "Ich glaube, ich habe gerade einen Infarkt, es drückt so in der Brust."],
    ];
    for (const [language, history, now] of cases) {
      const s = summarize(exchange(history, "Thank you.", language));
      assert.deepEqual(s.requires_attention, [], `${language}: ${history}`);
      assert.ok(s.for_review.some((r) => r.turn_index === 1 && r.reason === "resolved"), `${language}: ${history}`);
      assert.ok(summarize(exchange(now, "Thank you.", language)).requires_attention.some((a) => a.turn_index === 1), `${language}: ${now}`);
    }
    // only the event word is past: a symptom after it in the sentence is read as said
    assert.deepEqual(attention("Since the stroke I've had chest pain every evening."), ["en.chest_pain"]);
  });

  it("reads a heart rate said with a possessive or from a watch ('mon cœur est à 124'), and 'doing nothing' as no negation of what follows (round 34)", () => {
    assert.deepEqual(attention("Et ma montre dit que mon cœur est à cent vingt-quatre, assise dans le fauteuil.", "fr"), ["reading.pulse.abnormal"]);
    assert.deepEqual(attention("Mi reloj dice que mi corazón está a ciento treinta sentada.", "es"), ["reading.pulse.abnormal"]);
    assert.deepEqual(attention("nao vou fazer nada hoje acho eu posso falar com uma pessoa a serio uma enfermeira", "pt"), ["pt.contact_request"]);
  });

  it("reads 'or not' as doubt, not a denial of what follows, and a household member turning aggressive as danger at home (round 35)", () => {
    assert.deepEqual(attention("i couldnt remember if id had my insulin or not so i injected it again by mistake"), ["en.med_double"]);
    assert.deepEqual(attention("No, hacerme daño no. Pero mi pareja se pone muy agresivo cuando toma.", "es"), ["es.unsafe_at_home.violence"]);
    assert.deepEqual(attention("Quando bebe, o meu marido fica muito agressivo.", "pt"), ["pt.unsafe_at_home.violence"]);
  });

  it("reads bare numbers by the topic the agent just asked about", () => {
    assert.deepEqual(after("What has the oximeter been saying?", "Yesterday 86, and 87 this afternoon."), ["reading.oxygen.low"]);
    assert.deepEqual(after("What have your fasting sugars been?", "Monday 287, Tuesday 310, and today 348."), ["reading.glucose.high"]);
    assert.deepEqual(after("Could you read me your pulse readings?", "118, 124 and 121 this week."), ["reading.pulse.abnormal"]);
    // "one last thing" is not a sugar of 1
    assert.deepEqual(after("How have your sugars been?", "Fine. One last thing, can I swim?"), []);
  });

  it("reads turn-initial Spanish 'si' before a past time as 'sí' (speech-to-text drops the accent), and a conditional as hypothetical", () => {
    assert.deepEqual(attention("si ayer me tomé la temperatura y marcó treinta y nueve y medio", "es"), ["reading.temperature.fever"]);
    assert.deepEqual(attention("si ayer me tomara la pastilla tendría fiebre", "es"), []);
  });

  it("does not read 'it's gone green' or 'it's gone darker' as something gone away", () => {
    assert.deepEqual(attention("Since Monday I'm out of breath on the hill, and the phlegm, it's gone green."), ["en.breathless"]);
    assert.deepEqual(attention("The cough was bad last week but it's all gone now."), []);
  });

  it("reads a bare 'no' or 'nah' closing the finding's clause as its denial", () => {
    assert.deepEqual(attention("Palpitations, no, I haven't noticed any of that."), []);
    assert.deepEqual(attention("The chest pain, nah, none since the op."), []);
    assert.deepEqual(attention("The chest pain came back, no idea why."), ["en.chest_pain"]);
  });

  it("reads a habit 'like always' as the patient's baseline, and 'more X than usual' as worse", () => {
    assert.deepEqual(attention("I sleep propped up on two pillows like always."), []);
    assert.deepEqual(attention("I'm more short of breath than usual on the hill."), ["en.breathless"]);
  });

  it("takes a weight gain word only for an amount it governs in the same clause", () => {
    assert.deepEqual(attention("My dose went up to 2 mg, and I've lost ten pounds since."), []);
    assert.deepEqual(attention("Posso levar no colo o mais novinho, que tem uns doze quilos?", "pt"), []);
    assert.deepEqual(attention("Ganhei uns três quilos em dois dias.", "pt"), ["pt.weight_gain_words"]);
  });

  it("does not read being sent by the doctor to call as a request to be called, in every pack", () => {
    assert.deepEqual(attention("Hola, mi enfermera me dijo que les llamara para lo de la dieta.", "es"), []);
    assert.deepEqual(attention("Allô, mon infirmière m'a dit de vous appeler au sujet du régime.", "fr"), []);
    assert.deepEqual(attention("Bom dia, a médica me disse pra ligar por causa da dieta.", "pt"), []);
    assert.deepEqual(attention("Die Ärztin hat mir gesagt, ich soll wegen der Diät anrufen.", "de"), []);
  });

  it("reads Portuguese 'não tenho mais' as a supply problem only with the medicine named, and 'agora está sequinha' as healed", () => {
    assert.deepEqual(attention("Tosse, não, isso não tenho mais.", "pt"), []);
    assert.deepEqual(attention("O comprimido da pressão, não tenho mais desde sábado.", "pt"), ["pt.med_ran_out"]);
    assert.deepEqual(attention("A ferida teve pus uns dias, hoje está seca.", "pt"), []);
  });

  it("keeps a medicine's regimen, a drug that ended a flare, the missus, a month named and a lifelong aura out of requires_attention", () => {
    assert.deepEqual(attention("I take it three times a day with food, as prescribed."), []);
    assert.deepEqual(attention("The prednisolone finished it off in a week, touch wood."), []);
    assert.deepEqual(attention("The missus felt faint at church on Sunday."), []);
    assert.deepEqual(attention("Ich hatte im Mai den Herzinfarkt.", "de"), []);
    assert.deepEqual(attention("Los destellos son los de siempre, los tengo desde los doce años.", "es"), []);
    assert.deepEqual(attention("My physio told me I can phone here if I'm unsure about anything."), []);
  });

  it("keeps a faint that passed as a red flag, and a faint long ago as history", () => {
    assert.deepEqual(attention("I blacked out in the garden on Friday, but I was fine after a minute or two."), ["en.syncope"]);
    assert.deepEqual(attention("Me desmayé en la cocina el martes, pero a los pocos minutos estaba bien.", "es"), ["es.syncope"]);
    assert.deepEqual(attention("I fainted once years ago as a teenager."), []);
  });

  it("reads a reading said digit by digit ('one oh five') as one number", () => {
    assert.deepEqual(attention("I'm 33 weeks pregnant and the cuff said one fifty over one oh two this morning."), ["reading.bp.pregnancy_high"]);
  });

  it("reads two readings said one after the other ('eighty six eighty seven') as two numbers, not their sum", () => {
    assert.deepEqual(attention("My oxygen keeps saying ninety five ninety six."), []);
    assert.deepEqual(attention("My oxygen keeps saying eighty four eighty five."), ["reading.oxygen.low"]);
    // French "quatre-vingts" (eighty, with its plural s) is one number
    assert.deepEqual(attention("Ma tension était à cent quatre-vingts sur cent dix ce matin.", "fr"), ["reading.bp.urgent_high"]);
  });

  it("reads a weight series in time order when today's weight is said first, in every pack", () => {
    const weight = (patient: string, language = "en") => attention(patient, language).filter((r) => r.startsWith("reading.weight"));
    assert.deepEqual(weight("Today I weigh 72 kilos, and on Thursday I was 68."), ["reading.weight.gain"]);
    assert.deepEqual(weight("On Thursday I was 68 kilos, today I weigh 72."), ["reading.weight.gain"]);
    assert.deepEqual(weight("I'm 67 kilos today, I was 74 in March."), ["reading.weight.loss"]);
    assert.deepEqual(weight("Hoy amanecí en setenta y un kilos, y el jueves andaba en sesenta y ocho.", "es"), ["reading.weight.gain"]);
    assert.deepEqual(weight("Hoje peso setenta e dois quilos, e na quinta pesava sessenta e nove.", "pt"), ["reading.weight.gain"]);
    assert.deepEqual(weight("Ce matin je fais 72 kilos, jeudi j'étais à 69.", "fr"), ["reading.weight.gain"]);
    assert.deepEqual(weight("Heute früh 84 Kilo, am Montag waren es noch 81.", "de"), ["reading.weight.gain"]);
  });

  it("gives a number to the weight named just before it, not to a reading named later in the sentence", () => {
    assert.deepEqual(attention("El peso lo tengo bien, setenta y dos, y la presión doce ocho.", "es"), []);
    assert.deepEqual(attention("My weight is fine at seventy two and the pressure one twenty over eighty."), []);
    // the reading's own word before the number still reads it
    assert.deepEqual(attention("La presión setenta y dos sobre cuarenta, y el peso bien.", "es").length, 1);
    // a cue after the number names it when that cue has no reading of its own
    assert.deepEqual(attention("I weighed myself this morning and got 88 on the finger clip."), ["reading.oxygen.low"]);
  });

  it("reads a heart rate named by the heart itself ('my heart's at 130') in every pack, and not a number beside a heart said otherwise", () => {
    const cases: Array<[string, string]> = [
      ["en", "Sitting still, my heart's a hundred and thirty according to my watch."],
      ["es", "Sentada en el sofá, el reloj dice que tengo el corazón a ciento treinta."],
      ["fr", "Assise sur le canapé, ma montre dit que j'ai le cœur à cent trente."],
      ["pt", "Sentada no sofá, o relógio diz que o coração está a cento e trinta."],
      ["de", "Im Sitzen sagt die Uhr, mein Herz schlägt mit hundertdreißig."],
    ];
    for (const [language, text] of cases) assert.deepEqual(attention(text, language), ["reading.pulse.abnormal"], `${language}: ${text}`);
    assert.deepEqual(attention("My heart's been set on a holiday for 2 years."), []);
  });

  it("denies both alternatives of an 'or' list with one denial after them ('Atemnot oder Brustschmerzen hab ich keine'), but an 'and' still starts a new clause", () => {
    const denied = review("Atemnot oder Brustschmerzen hab ich übrigens keine, falls Sie fragen wollten.", "de");
    assert.deepEqual(denied.requires_attention, []);
    // not even held as uncertain: the denial covers it
    assert.deepEqual(denied.for_review.filter((r) => r.rule_id === "de.breathless"), []);
    assert.ok(attention("Atemnot hab ich seit gestern und keine Ahnung, warum.", "de").includes("de.breathless"));
    // "and" may open the next clause: the chest pain stays reported
    assert.ok(attention("I've had chest pain since Friday and I haven't told anyone.").includes("en.chest_pain"));
    // a denial right after "or" corrects or doubts the finding, and German "noch" is "still" or "yet", not "nor"
    assert.ok(attention("I've had chest pain or not really pain, more a pressure.").includes("en.chest_pain"));
    assert.ok(attention("Tengo dolor en el pecho o no sé, algo raro.", "es").includes("es.chest_pain"));
    assert.ok(attention("Atemnot hab ich noch nie so schlimm gehabt.", "de").includes("de.breathless"));
  });

  it("reads a finger clip, whatever it is called, as the oxygen reading's source, in every pack", () => {
    const cases: Array<[string, string]> = [
      ["en", "The finger clip says eighty seven."],
      ["es", "El aparatito del dedo marca ochenta y siete."],
      ["fr", "Le truc au doigt affiche quatre-vingt-sept."],
      ["pt", "O aparelhinho do dedo marca oitenta e sete."],
      ["de", "Das Ding am Finger zeigt siebenundachtzig."],
    ];
    for (const [language, text] of cases) assert.deepEqual(attention(text, language), ["reading.oxygen.low"], `${language}: ${text}`);
  });

  it("does not read a visit that already happened as a request for one, in every pack", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "At my last appointment the doctor lowered my dose.", "I'd like an appointment with the doctor this week."],
      ["es", "En la última consulta la doctora me bajó la dosis.", "Quiero una consulta con la doctora esta semana."],
      ["fr", "À la dernière consultation, le médecin m'a baissé la dose.", "Je voudrais une consultation avec le médecin cette semaine."],
      ["pt", "Na última consulta a médica baixou-me a dose.", "Queria uma consulta com a médica esta semana."],
      ["de", "Beim letzten Termin hat mir die Ärztin die Dosis gesenkt.", "Ich möchte diese Woche einen Termin bei der Ärztin."],
    ];
    for (const [language, past, request] of cases) {
      assert.deepEqual(attention(past, language).filter((id) => id.endsWith("contact_request")), [], `${language}: ${past}`);
      assert.deepEqual(attention(request, language).filter((id) => id.endsWith("contact_request")).length, 1, `${language}: ${request}`);
    }
  });

  it("gives a number to the longer of two cues that end together ('pulse ox' is oxygen, not the pulse), in every pack", () => {
    assert.deepEqual(attention("The pulse ox said eighty four this morning."), ["reading.oxygen.low"]);
    assert.deepEqual(attention("El oxímetro de pulso marca ochenta y cuatro.", "es"), ["reading.oxygen.low"]);
    assert.deepEqual(attention("L'oxymètre de pouls affiche quatre-vingt-quatre.", "fr"), ["reading.oxygen.low"]);
    assert.deepEqual(attention("O oxímetro de pulso marca oitenta e quatro.", "pt"), ["reading.oxygen.low"]);
    // the pulse named alone is still the pulse: 84 is a normal rate
    assert.deepEqual(attention("My pulse said eighty four this morning."), []);
  });

  it("reads INR spelled letter by letter, as speech-to-text writes it in Spanish", () => {
    assert.deepEqual(attention("Me salió el i ene erre a cinco coma ocho.", "es"), ["reading.inr.high"]);
  });

  it("reads a warning the doctor had already given (the pluperfect, 'did say') as an expected effect, in en, es, fr and pt", () => {
    const cases: Array<[string, string]> = [
      ["es", "Tengo un poco de sangre en la orina. La doctora ya me lo había dicho."],
      ["fr", "J'ai un peu de sang dans les urines. On m'avait dit que ça pouvait arriver."],
      ["pt", "Tenho um pouco de sangue na urina. A médica já me tinha dito."],
      // with what the doctor said would happen (round 33), and "did say" in English
      ["es", "La caca me sale negra. La doctora me había dicho que podía pasar con el hierro, pero igual me asusté un montón, la verdad."],
      ["en", "My motions have gone very dark, nearly black. The doctor did say the iron would do that, but Joan next door said to worry."],
    ];
    for (const [language, text] of cases) {
      const s = review(text, language);
      assert.deepEqual(s.requires_attention, [], `${language}: ${text}`);
      assert.deepEqual(s.for_review.map((r) => r.reason), ["expected"], `${language}: ${text}`);
    }
  });

  it("reads a fever that 'went' on a named day as resolved, but not one that went up", () => {
    assert.deepEqual(attention("My fever went last Friday and I've had no temperature since."), []);
    assert.deepEqual(review("My fever went last Friday and I've had no temperature since.").for_review.map((r) => r.reason), ["resolved"]);
    assert.ok(attention("My fever went up again last night, I'm burning up.").includes("en.fever"));
  });

  it("reads the patient arranging the call themselves ('I'll get my grandson to ring the doctor', 'I'll get on the phone to them') as no request", () => {
    assert.deepEqual(attention("I'll get my grandson to ring the doctor for me."), []);
    assert.deepEqual(attention("I'll get on the phone to the surgery now."), []);
    assert.deepEqual(attention("Can you get the doctor to ring me back today?"), ["en.contact_request"]);
  });

  it("reads a decimal between 35 and 43 as a temperature", () => {
    assert.deepEqual(attention("Esta mañana 37,9 y ahora, hace diez minutos, 38,2.", "es"), ["reading.temperature.fever"]);
  });

  it("reports weight gain past heart-failure limits, as numbers or as a gain", () => {
    assert.deepEqual(after("What does the scale say?", "Sunday 68.4, Monday 69.1, Tuesday 69.8 and this morning 70.6."), ["reading.weight.gain"]);
    // one item per turn and category: the reading or the words, whichever comes first
    assert.ok(attention("I've put on four pounds since Tuesday.").some((id) => /weight/.test(id)));
    assert.deepEqual(after("What does the scale say?", "80.1 yesterday and 80.4 today."), []);
    assert.deepEqual(attention("I've lost two kilos this month."), []);
  });

  it("reports a weight loss of 5% of the body or more between two readings, in every pack, and not a small drop", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "In the summer I weighed 82 kilos and this week the scale says 76.", "In the summer I weighed 82 kilos and this week the scale says 81."],
      ["es", "En verano pesaba 82 kilos y esta semana la báscula marca 76.", "En verano pesaba 82 kilos y esta semana la báscula marca 81."],
      ["fr", "Cet été je pesais 82 kilos et cette semaine la balance affiche 76.", "Cet été je pesais 82 kilos et cette semaine la balance affiche 81."],
      ["pt", "No verão eu pesava 82 quilos e esta semana a balança marca 76.", "No verão eu pesava 82 quilos e esta semana a balança marca 81."],
      ["de", "Im Sommer habe ich 82 Kilo gewogen und diese Woche zeigt die Waage 76.", "Im Sommer habe ich 82 Kilo gewogen und diese Woche zeigt die Waage 81."],
    ];
    for (const [language, lost, steady] of cases) {
      assert.deepEqual(attention(lost, language), ["reading.weight.loss"], lost);
      assert.deepEqual(attention(steady, language), [], steady);
    }
  });

  it("reports a lithium level of 1.2 mmol/L or more, said as a number with the test named", () => {
    assert.deepEqual(attention("The lithium level from Monday came back at 1.3."), ["reading.lithium.high"]);
    assert.deepEqual(attention("O nível de lítio de segunda deu 1,5.", "pt"), ["reading.lithium.high"]);
    assert.deepEqual(attention("Der Lithiumspiegel vom Montag lag bei 1,4.", "de"), ["reading.lithium.high"]);
    assert.deepEqual(attention("The lithium level from Monday came back at 0.8."), []);
  });

  it("reports an INR of 4 or more", () => {
    assert.deepEqual(attention("My INR this morning was 4.8, usually it's about 2.5."), ["reading.inr.high"]);
    assert.deepEqual(attention("My INR this morning was 1.3, it should be between 2.5 and 3.5."), ["reading.inr.low"]);
    assert.deepEqual(attention("Mi INR de hoy fue 1,4.", "es"), ["reading.inr.low"]);
    assert.deepEqual(attention("My INR this morning was 2.6."), []);
  });

  it("sends a medication problem said of no medicine the call names to for_review as uncertain, and one with its medicine named to requires_attention", () => {
    const unnamed = review("The stuff for my bowels, I ran out on Friday so I've had none.");
    assert.deepEqual(unnamed.requires_attention, []);
    assert.deepEqual(unnamed.for_review.map((r) => [r.rule_id, r.reason]), [["en.med_ran_out", "uncertain"]]);
    assert.deepEqual(attention("I ran out of my water tablets on Friday."), ["en.med_ran_out"]);
    // denied, it stays out of both lists as before
    assert.deepEqual(review("The stuff for my bowels, no, I never ran out.").for_review, []);
  });

  it("a negation right before a resolution cue keeps the complaint open", () => {
    const open = review("My knee has been aching for three weeks and it's not getting better.");
    const closed = review("My knee has been aching for three weeks but it's getting better.");
    assert.equal(open.requires_attention.length + open.for_review.length > 0, true, "not getting better");
    assert.deepEqual([...closed.requires_attention, ...closed.for_review], [], "getting better");
  });

  it("a request asked in the negative ('can't I just talk to a person?') is a request in every pack, not a denial and not a speech problem", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "Can't I just talk to a real person?", "Since this morning I can't talk properly, the words won't come."],
      ["es", "¿No puedo hablar con una persona de verdad?", "Desde esta mañana no puedo hablar bien, no me salen las palabras."],
      ["fr", "Je peux pas parler à une vraie personne ?", "Depuis ce matin je ne peux pas parler correctement."],
      ["pt", "Não dá pra falar com uma pessoa de verdade?", "Desde hoje de manhã não consigo falar direito."],
      ["de", "Kann ich nicht einfach mit einer echten Person reden?", "Seit heute Morgen kann ich nicht richtig sprechen."],
    ];
    for (const [language, request, speechProblem] of cases) {
      assert.deepEqual(attention(request, language), [`${language}.contact_request`], request);
      assert.deepEqual(attention(speechProblem, language), [`${language}.stroke`], speechProblem);
    }
    // the same request in dialect: "ned" for "nicht", "i" for "ich"
    assert.deepEqual(attention("Kann i ned einfach mit am richtigen Menschen reden, mit der Ärztin?", "de"), ["de.contact_request"]);
  });

  it("does not take a person in object position as the subject of what follows, though a later 'he' still refers to them (round 29)", () => {
    assert.deepEqual(attention("I was chatting to my husband at lunch and my words came out all jumbled."), ["en.stroke"]);
    assert.deepEqual(attention("I went to the shops with my husband and he had chest pain on the way back."), []);
    assert.deepEqual(attention("Estaba hablando con mi marido y de repente se me trabó la lengua y no me salían las palabras.", "es"), ["es.stroke"]);
  });

  it("reads the reason for a hospital stay that is over as history, not a new red flag (round 29)", () => {
    assert.deepEqual(attention("I was in hospital with a kidney infection, they let me home on Friday and I'm on the tablets."), []);
    assert.deepEqual(attention("I got discharged on Monday after the chest infection, just checking in."), []);
    assert.deepEqual(attention("I've got a kidney infection again, the pain in my back is awful."), ["en.urine_infection"]);
  });

  it("reads a complaint that stopped on its own or went away as resolved in es and pt, and fits and idioms by their sense in de and pt (round 29)", () => {
    assert.deepEqual(attention("El domingo me sangraron un poco las encías al cepillarme, a los cinco minutos paró. Nunca más.", "es"), []);
    assert.deepEqual(attention("As tonturas e o coração aos saltos que tive na primeira semana passaram.", "pt"), []);
    assert.deepEqual(attention("Gestern Abend hatte er einen Hustenanfall, aber dann hat er gut geschlafen.", "de"), []);
    assert.deepEqual(attention("Gestern hatte er einen Anfall, hat am ganzen Körper gezuckt und war nicht ansprechbar.", "de"), ["de.seizure"]);
    assert.deepEqual(attention("Esta quimioterapia está a dar cabo de mim, ando sempre estafada.", "pt"), []);
    assert.deepEqual(attention("Às vezes penso em dar cabo de mim.", "pt"), ["pt.self_harm"]);
  });

  it("reports a sugar of 13.9 mmol/L (250 mg/dL) or more (round 31)", () => {
    assert.deepEqual(attention("My sugars have been fourteen, fifteen all week on the meter."), ["reading.glucose.high"]);
    assert.deepEqual(attention("My blood sugar was 262 after dinner."), ["reading.glucose.high"]);
    assert.deepEqual(attention("My blood sugar was 12 after dinner."), []);
  });

  it("reports a resting pulse below 50 (round 31)", () => {
    assert.deepEqual(attention("My watch says my resting heart rate is 44 this morning."), ["reading.pulse.abnormal"]);
    assert.deepEqual(attention("My resting pulse was 56 this morning."), []);
  });

  it("reports a home blood pressure of 160/100 or more as high (not urgent), only with both numbers, in every pack (round 31)", () => {
    assert.deepEqual(attention("My blood pressure at home this morning was 168 over 102."), ["reading.bp.high"]);
    assert.deepEqual(attention("Ma tension ce matin : cent septante-deux sur cent cinq.", "fr"), ["reading.bp.high"]);
    assert.deepEqual(attention("A pressão hoje deu 164 por 98.", "pt"), ["reading.bp.high"]);
    assert.deepEqual(attention("My blood pressure at home this morning was 158 over 96."), []);
    assert.deepEqual(attention("My blood pressure was 168 this morning."), []);
  });

  it("reads what a caller is looking at as present even when asked ('is his face supposed to look lopsided like that?'), and Spanish 'si' that lost its accent as 'sí' (round 30)", () => {
    assert.deepEqual(attention("Is her mouth supposed to droop on one side like that when she talks?"), ["en.stroke"]);
    assert.deepEqual(attention("y si justamente anoche se cayó en la cocina y se pegó en la cabeza", "es"), ["es.fall"]);
    assert.deepEqual(attention("y si se cae en la cocina, ¿qué hago?", "es"), []);
  });

  it("reads a dose in milligrams as no reading, and a change someone else made on purpose as planned (round 29)", () => {
    assert.deepEqual(attention("The warfarin clinic lowered me from seven to five milligrams on Tuesday after my INR test."), []);
    assert.deepEqual(attention("He cut my metformin in half on purpose at the last visit, so it's one a day now."), []);
    // the patient's own change on purpose is still a medication problem
    assert.deepEqual(attention("I cut my metformin in half on purpose, it was making me sick."), ["en.med_stopped"]);
  });

  it("reads a number off a device the patient names by its look ('those finger things', 'the clip on her finger')", () => {
    assert.deepEqual(attention("My neighbour lent me one of those finger things and it says 87."), ["reading.oxygen.low"]);
    assert.deepEqual(attention("The clip on her finger is showing eighty six."), ["reading.oxygen.low"]);
    assert.deepEqual(attention("The clip on her finger is showing ninety seven."), []);
  });
});
