// What needs the doctor's attention, and what must not raise a false alarm.
import assert from "node:assert/strict";
import { conversation, exchange, flagged, NEUTRAL_REPLY, summarize, turnsOf, type Line } from "./helpers";
import { continuesEscalation, escalatesInReplies } from "../../../src/domain/summarizer/answers";
import { getPack } from "../../../src/domain/summarizer/languages";
import { Turn } from "../../../src/domain/summarizer/transcript";

function attentionOf(patient: string, language = "en") {
  return summarize(exchange(patient, NEUTRAL_REPLY, language));
}

/** The patient's turn after an opening line of the agent that sets the call's topic or language. */
function call(agent: string, patient: string, language = "en") {
  return summarize(conversation([["agent", agent], ["user", patient], ["agent", NEUTRAL_REPLY]], language));
}

describe("summarizer: requires attention", () => {
  it("reads thoughts said as 'it' as suicidal thoughts once the call has named them, and only holds them for review otherwise", () => {
    const asked: ReadonlyArray<readonly [string, string, string]> = [
      ["en", "When you say that, are you having thoughts of ending your life?", "Nothing planned. I just think about it sometimes, late at night."],
      ["es", "¿Ha tenido pensamientos de quitarse la vida?", "Nada planeado, pero a veces lo pienso."],
      ["fr", "Avez-vous des idées de mettre fin à vos jours ?", "Rien de prévu, mais des fois j'y pense."],
      ["pt", "Tem tido pensamentos de tirar a sua vida?", "Nada planeado, mas às vezes penso nisso."],
      ["de", "Haben Sie Gedanken, sich das Leben zu nehmen?", "Geplant habe ich nichts, aber manchmal denke ich daran."],
    ];
    for (const [language, question, answer] of asked) {
      const s = call(question, answer, language);
      assert.deepEqual(s.requires_attention.map((a) => a.rule_id), [`${language}.self_harm.thoughts`], `${language}: ${answer}`);
    }
    const unnamed = call("How has the new walking routine been going?", "I just think about it sometimes, late at night.");
    assert.deepEqual(unnamed.requires_attention, []);
    assert.deepEqual(unnamed.for_review.map((r) => [r.rule_id, r.reason]), [["en.self_harm.thoughts", "uncertain"]]);
  });

  it("flags a smoker at home in a call about home oxygen, holds it for review in any other call, and not when they smoke outdoors", () => {
    const oxygenCall = (patient: string) => call("How are you getting on with the oxygen concentrator at home?", patient);
    assert.deepEqual(oxygenCall("My son smokes, but he opens the window in the lounge first.").requires_attention.map((a) => a.rule_id), ["en.unsafe_at_home.smoker"]);
    assert.deepEqual(oxygenCall("My son smokes, but he goes out in the garden to do it.").requires_attention, []);
    const otherCall = call("How is the new knee doing?", "My son smokes, but he opens the window in the lounge first.");
    assert.deepEqual(otherCall.requires_attention, []);
    assert.deepEqual(otherCall.for_review.map((r) => [r.rule_id, r.reason]), [["en.unsafe_at_home.smoker", "uncertain"]]);
  });

  it("reads a yes to the agent's offer of contact as a request for contact, in every language, and not a 'yeah, no' or a yes to anything else", () => {
    const offers: ReadonlyArray<readonly [string, string, string]> = [
      ["en", "Would you like me to ask the practice nurse to ring you this afternoon?", "Oh, yes please. After three is best."],
      ["es", "¿Quiere que le pida a la enfermera que le llame esta tarde?", "Sí, por favor, mejor después de las cinco."],
      ["fr", "Voulez-vous que l'infirmière vous rappelle cet après-midi ?", "Oui, je veux bien, plutôt après seize heures."],
      ["pt", "Quer que eu peça à enfermeira para lhe ligar esta tarde?", "Sim, por favor, depois das quatro."],
      ["de", "Möchten Sie, dass die Pflegekraft Sie heute Nachmittag zurückruft?", "Ja, gerne, am besten nach drei."],
    ];
    const offerThen = (language: string, offer: string, answer: string) =>
      summarize(conversation([["agent", offer], ["user", answer], ["agent", language === "en" ? "I'll pass that on." : "De acuerdo."]], language)).requires_attention.map((a) => a.rule_id);
    for (const [language, offer, answer] of offers) assert.deepEqual(offerThen(language, offer, answer), [`${language}.contact_offer_accepted`], `${language}: ${answer}`);
    assert.deepEqual(offerThen("en", "Would you like me to ask the practice nurse to ring you this afternoon?", "Yeah, no, I'm fine thanks."), []);
    assert.deepEqual(offerThen("en", "Would you like me to go over the diet sheet again?", "Yes please."), []);
    assert.deepEqual(offerThen("es", "¿Quiere que le pida a la enfermera que le llame?", "Si me llaman por la mañana no estoy."), []);
  });

  it("flags red-flag symptoms said plainly", () => {
    for (const text of [
      "I've had chest pain on and off since this morning.",
      "I get so out of breath just walking to the bathroom.",
      "I passed out in the shower this morning.",
      "There's green stuff oozing from the incision and it smells.",
      "The bandage is soaked through with blood.",
      "I haven't been able to pee since I got home.",
      "I've been coughing up blood.",
      "My lips are swelling up.",
    ]) {
      assert.ok(flagged(text), text);
    }
  });

  it("flags red flags told in indirect, everyday words", () => {
    for (const text of [
      "It feels like an elephant is sitting on me, right across the front.",
      "My leg's gone all tight and hot below the knee.",
      "I keep seeing a curtain coming down over my eye.",
      "I feel like I'm drowning when I lie down at night.",
      "The room went all grey and I had to sit down on the bathroom floor.",
      "My face feels numb on one side and my words are coming out funny.",
      "My ankles are so puffed up I can't get my slippers on.",
      "my mouth keeps filling up with it and it tastes like pennies",
    ]) {
      assert.ok(flagged(text), text);
    }
  });

  it("flags a red flag mentioned in passing in a long chatty turn", () => {
    const s = attentionOf(
      "Oh the garden's lovely this time of year, my grandson came over on Sunday and we did the tomatoes together, he's ever so good with his hands, " +
        "and since Sunday night I've been really short of breath going up the stairs, anyway, the reason I called was about the tablets, can I take them with tea?",
    );
    assert.equal(s.requires_attention[0]?.category, "red_flag_symptom");
    assert.match(s.requires_attention[0]?.evidence ?? "", /short of breath/);
  });

  it("flags dangerous readings the patient says out loud", () => {
    assert.ok(flagged("I did a finger prick and it was 2.6."));
    assert.ok(flagged("My temp is thirty-eight point nine tonight."));
    assert.ok(flagged("My blood pressure was 195 over 115 this morning."));
    assert.ok(flagged("It says 2.9 on my meter right now."));
    assert.ok(!flagged("My sugar was 6.2 before breakfast, which is in my range."));
    assert.ok(!flagged("My target is to keep my sugar between 4 and 7."));
  });

  it("never reads a number that counts things as a reading: 'two arrows' is no glucose of 2", () => {
    const s = summarize(exchange("My sensor says 6.2 with two arrows down.", NEUTRAL_REPLY));
    assert.deepEqual(s.requires_attention.map((a) => a.rule_id), ["en.hypo"]);
    assert.deepEqual(summarize(exchange("My sugar was 2.8 this morning.", NEUTRAL_REPLY)).requires_attention.map((a) => a.rule_id), ["reading.glucose.severe_low"]);
  });

  it("reads a pressure given as its top and bottom numbers by name ('185 de máxima y 105 de mínima'), and a number named by the cue right after it", () => {
    for (const [language, text] of [
      ["es", "Esta mañana, sentadita, me ha dado ciento ochenta y cinco de máxima y ciento cinco de mínima."],
      ["es", "Me ha dado 185 de máxima y 105 de mínima."],
      ["pt", "Hoje deu 185 de máxima e 105 de mínima."],
    ]) {
      const s = summarize(exchange(text as string, NEUTRAL_REPLY, language as string));
      assert.deepEqual(s.requires_attention.map((a) => a.rule_id), ["reading.bp.urgent_high"], `${language}: ${text}`);
    }
    const calm = summarize(exchange("Me ha dado 125 de máxima y 80 de mínima.", NEUTRAL_REPLY, "es"));
    assert.deepEqual(calm.requires_attention, []);
  });

  it("reads readings said in words the way each language builds numbers", () => {
    // German writes a number as one word; French counts in twenties past sixty
    assert.ok(flagged("Die Sättigung zeigt seit dem Frühstück nur dreiundachtzig.", "de"));
    assert.ok(flagged("Mein Blutdruck lag bei hundertfünfundneunzig zu hundertzwölf.", "de"));
    assert.ok(!flagged("Die Sättigung zeigt seit dem Frühstück siebenundneunzig.", "de"));
    assert.ok(flagged("L'oxymètre affiche quatre-vingt-sept depuis ce matin.", "fr"));
    assert.ok(flagged("Ma saturation est descendue à soixante-dix-neuf.", "fr"));
    assert.ok(!flagged("L'oxymètre affiche quatre-vingt-dix-sept depuis ce matin.", "fr"));
  });

  it("holds a fever named with the patient's own normal reading for review, in every pack, but not when a reading is a fever", () => {
    // "thirty-seven four" is one temperature, 37.4, as a thermometer reading is said
    // [language, a fever word and a reading below one, the same words with a fever reading]
    const cases: Array<[string, string, string]> = [
      ["en", "I had a bit of a fever, so I checked. Thirty-seven four.", "I had a bit of a fever, so I checked. Thirty-eight four."],
      ["es", "Le tomé la fiebre por si acaso, treinta y seis con ocho.", "Le tomé la fiebre por si acaso, treinta y ocho con cuatro."],
      ["fr", "J'ai pris la fièvre ce matin, 37,1.", "J'ai pris la fièvre ce matin, 38,6."],
      ["pt", "Medi a febre agora há pouco. Deu 36,9.", "Medi a febre agora há pouco. Deu 38,9."],
      ["de", "Ich hab Fieber gemessen, 37,2.", "Ich hab Fieber gemessen, 38,7."],
    ];
    for (const [language, normal, fever] of cases) {
      const measured = attentionOf(normal, language);
      assert.deepEqual(measured.requires_attention, [], `${language}: ${normal}`);
      assert.deepEqual(measured.for_review.map((r) => [r.turn_index, r.reason]), [[1, "uncertain"]], `${language}: ${normal}`);
      assert.deepEqual(attentionOf(fever, language).requires_attention.map((a) => a.turn_index), [1], `${language}: ${fever}`);
    }
    // a reading two sentences away measures something the turn moved on from
    assert.ok(flagged("I've had a fever since Sunday. Paracetamol helps a bit. My sugar was fine. This morning 37.2 after the tablets."));
  });

  it("does not flag negated findings, and keeps only urgent ones for review", () => {
    const s = attentionOf("No chest pain, no shortness of breath, nothing like that.");
    assert.equal(s.requires_attention.length, 0);
    // chest pain is urgent: a misread denial would cost most, so it is read; breathlessness is not listed
    assert.deepEqual(s.for_review.map((r) => [r.rule_id, r.reason]), [["en.chest_pain", "negated"]]);
    assert.ok(!flagged("I've had no fever or chills."));
    assert.ok(!flagged("I haven't missed a single dose."));
    assert.ok(!flagged("No tengo fiebre ni dolor en el pecho.", "es"));
  });

  it("ends a negation at a terminator: 'no fever but my calf is swollen' is still flagged", () => {
    const s = attentionOf("No fever but my calf is swollen and hot.");
    assert.deepEqual(s.requires_attention.map((a) => a.evidence), ["calf is swollen and hot"]);
    assert.deepEqual(s.for_review, []);
    assert.ok(flagged("Fiebre no tengo, pero la pantorrilla está dura y caliente.", "es"));
  });

  it("does not flag hypothetical or future findings", () => {
    const s = attentionOf("What should I do if it starts bleeding through the dressing?");
    assert.equal(s.requires_attention.length, 0);
    assert.equal(s.for_review[0]?.reason, "hypothetical");
    assert.ok(!flagged("How will I know if the wound is infected?"));
    assert.ok(!flagged("Is shortness of breath a side effect of this?"));
    assert.ok(!flagged("Should I take two tablets if I forget one?"));
    assert.ok(!flagged("¿Qué hago si me sangra la herida?", "es"));
    // asking what may be taken for it, in every pack as in English ("can I take ibuprofen for the fever?")
    // (without a question mark, as speech-to-text writes it)
    assert.ok(!flagged("y otra cosa puedo tomar ibuprofeno para la fiebre alta o es malo", "es"));
    assert.ok(!flagged("et en attendant je peux prendre un Doliprane pour la fièvre ou ça va fausser le bilan", "fr"));
    assert.ok(!flagged("e outra coisa posso tomar paracetamol para a febre alta ou faz mal", "pt"));
  });

  it("does not flag past and resolved findings", () => {
    const s = attentionOf("I had some dizziness last week but it's gone now.");
    assert.equal(s.requires_attention.length, 0);
    assert.ok(!flagged("I used to get chest pains years ago, before my stent."));
    assert.ok(!flagged("Hace años tuve un infarto, pero ahora estoy bien.", "es"));
    assert.equal(attentionOf("I used to get chest pains years ago, before my stent.").for_review[0]?.reason, "resolved");
  });

  it("dates a finding by the time named nearer to it: 'a tooth out two weeks ago, and last night 38.9' is now", () => {
    assert.ok(flagged("I had a molar pulled about two weeks ago, and last night my temperature was thirty-eight point nine."));
    assert.ok(!flagged("Two weeks ago my temperature was thirty-eight point nine."));
  });

  it("keeps a recent urgent event even if it passed", () => {
    assert.ok(flagged("This morning everything went black for a minute and I had to sit on the floor until it passed."));
  });

  it("does not flag someone else's findings", () => {
    const s = attentionOf("My husband has chest pains when he mows the lawn.");
    assert.equal(s.requires_attention.length, 0);
    assert.equal(s.for_review[0]?.reason, "other_person");
    assert.ok(!flagged("My neighbour fainted at church on Sunday."));
    assert.ok(!flagged("My brother's the worrier. He's had a fever all week."));
    assert.ok(!flagged("Mi mamá se desmayó ayer.", "es"));
    // the patient's own finding reported by a relative still counts
    assert.ok(flagged("My wife says my ankle is swollen and hot, and she made me call."));
  });

  it("does not flag mild, expected findings stated as fine", () => {
    assert.ok(!flagged("It's a little sore, as they said it would be."));
    assert.ok(!flagged("The bruising is spreading down to my ankle but the nurse said that's normal with the blood thinner."));
  });

  it("flags medication problems: missed, double, wrong, running out, stopping on one's own", () => {
    const categories = (text: string, language = "en") => attentionOf(text, language).requires_attention.map((a) => a.category);
    assert.deepEqual(categories("I forgot to take my blood thinner for three days."), ["medication_problem"]);
    assert.deepEqual(categories("I accidentally took my evening pills twice."), ["medication_problem"]);
    assert.deepEqual(categories("I took my husband's blood pressure pill by mistake."), ["medication_problem"]);
    assert.deepEqual(categories("I ran out of my heart pills on Friday."), ["medication_problem"]);
    assert.deepEqual(categories("I stopped taking the metformin because it upset my stomach."), ["medication_problem"]);
    assert.deepEqual(categories("anoche me puse la insulina y se me olvidó, y me la volví a poner", "es"), ["medication_problem"]);
    // a weekly immune-suppressing tablet named by its Spanish name
    assert.deepEqual(categories("Dejé el metotrexato hace dos semanas.", "es"), ["medication_problem"]);
    assert.ok(!flagged("The nurse told me to stop the aspirin before the surgery."));
    assert.ok(!flagged("My mum ran out of her pills last week."));
    assert.ok(!flagged("I stopped the antibiotics on Tuesday because the course was finished."));
    assert.ok(flagged("I've only got a couple of days of insulin left and the surgery won't give me a new prescription."));
  });

  it("keeps a supply or dose event open when its fix is denied, and counts supplements as medicines", () => {
    assert.ok(flagged("My iron tablets ran out at the weekend and I still haven't picked up the refill."));
    assert.ok(!flagged("My iron tablets ran out at the weekend but I picked up the refill this morning."));
    assert.ok(flagged("I gave up the prenatal vitamins about ten days ago, they made me queasy."));
    assert.ok(flagged("Dejé de tomar las vitaminas del embarazo hace diez días.", "es"));
    assert.ok(flagged("J'ai arrêté les vitamines de grossesse il y a dix jours.", "fr"));
    assert.ok(!flagged("I stopped at the chemist for some shampoo."));
  });

  it("in a pregnancy call, a change in sight or a puffy face is itself a warning sign", () => {
    const pregnancy = "Hello, this is the antenatal line, how is the pregnancy going?";
    const heart = "Hello, this is the heart clinic line, how are you getting on?";
    assert.ok(call(pregnancy, "Things look a bit hazy when I read.").requires_attention.length > 0);
    assert.equal(call(heart, "Things look a bit hazy when I read.").requires_attention.length, 0);
    assert.equal(call(heart, "Things look a bit hazy when I read.").for_review.length, 1);
    // sugar targets in pregnancy are tighter than the general limits
    const sugars = "Hello, this is the antenatal diabetes line. What did your sugar show after lunch?";
    assert.ok(call(sugars, "It was 8.4, an hour after I ate.").requires_attention.length > 0);
    assert.equal(call(sugars, "It was 6.1, an hour after I ate.").requires_attention.length, 0);
    assert.equal(call("Hello, this is the diabetes line. What did your sugar show after lunch?", "It was 8.4, an hour after I ate.").requires_attention.length, 0);
    assert.ok(call("Hola, le llamo de control prenatal, ¿cómo va el embarazo?", "Tengo la cara hinchada desde el domingo.", "es").requires_attention.length > 0);
  });

  it("flags an over-the-counter anti-inflammatory when the call names a blood thinner or weak kidneys, and a drug level that came back high", () => {
    const anticoagulant = "Hello, this is the anticoagulation clinic calling about your apixaban.";
    assert.ok(call(anticoagulant, "I've been on the naproxen for my shoulder since the weekend.").requires_attention.length > 0);
    assert.equal(call("Hello, this is the physio line.", "I've been on the naproxen for my shoulder since the weekend.").requires_attention.length, 0);
    assert.ok(call("Hola, le llamo de la consulta del sintrom.", "Llevo tres días tomando ibuprofeno para la espalda.", "es").requires_attention.length > 0);
    assert.ok(flagged("The clinic phoned, my digoxin level was too high on Monday's test."));
    assert.ok(flagged("o laboratório disse que o nível de lítio ficou acima", "pt"));
    assert.ok(!flagged("My energy levels are high since the new diet."));
  });

  it("flags no wish to live in every pack, and never reads a verb ending like a drug name ('vivir' is not an antiviral)", () => {
    assert.deepEqual(call("Hello, how are you today?", "Lately I've lost the will to live.", "en").requires_attention.map((a) => a.category), ["emotional_distress"]);
    assert.deepEqual(call("Hola, ¿cómo está hoy?", "La verdad, ya no tengo ganas de vivir.", "es").requires_attention.map((a) => a.category), ["emotional_distress"]);
    assert.deepEqual(call("Bonjour, comment allez-vous ?", "Franchement, j'ai plus envie de vivre.", "fr").requires_attention.map((a) => a.category), ["emotional_distress"]);
    assert.deepEqual(call("Olá, como está hoje?", "Às vezes tenho vontade de morrer.", "pt").requires_attention.map((a) => a.category), ["emotional_distress"]);
    assert.deepEqual(call("Hallo, wie geht es Ihnen heute?", "Ich bin ehrlich gesagt lebensmüde.", "de").requires_attention.map((a) => a.category), ["emotional_distress"]);
    assert.deepEqual(call("Hello, how are you today?", "I'm tired of living in this damp flat.", "en").requires_attention, []);
    // "ohne mich" is the wish itself, not a denial
    assert.deepEqual(call("Hallo, wie geht es Ihnen heute?", "Manchmal glaube ich, die Familie wäre ohne mich besser dran.", "de").requires_attention.map((a) => a.category), ["emotional_distress"]);
    assert.deepEqual(call("Olá, como está hoje?", "Sinceramente, tô no meu limite.", "pt").requires_attention.map((a) => a.category), ["emotional_distress"]);
  });

  it("flags hopelessness and self-harm, but not accidents", () => {
    for (const text of [
      "Honestly, what's the point anymore.",
      "I don't want to be here anymore.",
      "Sometimes I think everyone would be better off without me.",
      "I cry all day and I feel like the baby would be better off with someone else.",
    ]) {
      assert.equal(attentionOf(text).requires_attention[0]?.category, "emotional_distress", text);
    }
    assert.equal(attentionOf("I've been having thoughts of hurting myself.").requires_attention[0]?.severity, "urgent");
    assert.ok(flagged("Ya no quiero seguir con esto, lloro todos los días.", "es"));
    assert.ok(!flagged("I cut myself shaving the other day and it bled for ages."));
    assert.ok(!flagged("I'm not feeling hopeless or anything, just tired."));
  });

  it("flags requests to speak to, see or be called by the doctor or nurse", () => {
    for (const text of [
      "Can I speak with Dr. Patel directly?",
      "I'd like the nurse to give me a call.",
      "Please have someone from the clinic ring me back.",
      "I'd really like to see the surgeon about this.",
    ]) {
      assert.equal(attentionOf(text).requires_attention[0]?.category, "doctor_request", text);
    }
    assert.equal(attentionOf("Quiero que la doctora me llame, ¿le puede dejar el mensaje?", "es").requires_attention[0]?.category, "doctor_request");
    assert.ok(!flagged("I'll ring the office myself tomorrow."));
    assert.ok(!flagged("Should I call the doctor about the rash I might get?"));
  });

  it("reads asking to be put through to the care team as a request for contact, in every pack", () => {
    assert.ok(flagged("Could you patch me through to the diabetes nurse please."));
    assert.ok(flagged("Pásame con el médico de guardia, por favor.", "es"));
    assert.ok(flagged("Passez-moi la sage-femme s'il vous plaît.", "fr"));
    assert.ok(flagged("Me passa pro médico de plantão, por favor.", "pt"));
    assert.ok(flagged("Können Sie mich mit dem Arzt verbinden?", "de"));
    assert.ok(!flagged("The nurse put me through a lot of tests last year."));
  });

  it("quotes the patient's exact words as evidence", () => {
    const text = "Since TUESDAY my calf has been Hard and Warm.";
    const item = attentionOf(text).requires_attention[0];
    assert.ok(item && text.includes(item.evidence) && item.evidence.length > 0);
    assert.equal(item?.patient_text, text);
  });

  it("flags a turn the agent escalates about, even when no vocabulary rule knows the symptom", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "Since this morning my jaw has locked and I can't open my mouth more than a finger's width."],
      ["agent", "A jaw that has locked so you can't open your mouth needs to be checked today. Please call the clinic now."],
      ["user", "Okay, I'll call them. Thanks."],
      ["agent", "You're welcome. Please make that call now."],
    ]));
    assert.deepEqual(s.requires_attention.map((a) => [a.turn_index, a.rule_id]), [[1, "agent.escalation"]]);
  });

  it("an escalation that carries on an earlier one ('she still needs to be seen today') is not a reaction to the turn it follows", () => {
    const lines = (reply: string): Line[] => [
      ["agent", "Hello, how can I help?"],
      ["user", "Since this morning my mum has been muddled and she doesn't know what day it is."],
      ["agent", "New confusion like that needs to be checked today. Please call the surgery now."],
      ["user", "I will. Can she still have her cup of tea?"],
      ["agent", "Yes, a cup of tea is fine."],
      ["user", "I checked her temperature, it was thirty-six point nine."],
      ["agent", reply],
      ["user", "Thank you."],
      ["agent", "Take care."],
    ];
    const listed = (reply: string) => {
      const s = summarize(conversation(lines(reply)));
      return [...s.requires_attention, ...s.for_review].filter((x) => x.rule_id === "agent.escalation").map((x) => x.turn_index);
    };
    assert.deepEqual(listed("Her temperature is normal, but she still needs to be seen today, so please call the surgery now."), []);
    assert.deepEqual(listed("Her temperature is normal. Please call the surgery now."), [5]);
  });

  it("reads an urgent sentence that carries on an earlier escalation, in every pack, and a plain one as new", () => {
    // [language, carries on, a new escalation]
    const cases: Array<[string, string, string]> = [
      ["en", "Her temperature is normal, but she still needs to be seen today, so please call the surgery now.", "Her temperature is normal. Please call the surgery now."],
      ["es", "La temperatura está bien, pero aun así llame hoy mismo al centro de salud.", "La temperatura está bien. Llame hoy mismo al centro de salud."],
      ["fr", "La température est normale, mais il faut quand même appeler le cabinet aujourd'hui.", "La température est normale. Appelez le cabinet aujourd'hui."],
      ["pt", "A temperatura está normal, mas mesmo assim ligue hoje para o centro de saúde.", "A temperatura está normal. Ligue hoje para o centro de saúde."],
      ["de", "Die Temperatur ist normal, aber rufen Sie trotzdem heute noch in der Praxis an.", "Die Temperatur ist normal. Rufen Sie heute noch in der Praxis an."],
    ];
    for (const [language, carriesOn, fresh] of cases) {
      const pack = getPack(language);
      const reply = (text: string) => [new Turn(text, 2, "agent", 0, null)];
      assert.deepEqual(escalatesInReplies(pack, [reply(carriesOn), reply(fresh)]), [true, true], `${language}: both escalate`);
      assert.equal(continuesEscalation(pack, reply(carriesOn)), true, `${language}: ${carriesOn}`);
      assert.equal(continuesEscalation(pack, reply(fresh)), false, `${language}: ${fresh}`);
    }
  });

  it("a finding held as expected needs attention when the agent escalates it at once: the team did not expect this", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "the nurse told me some swelling would be normal and since last night my calf is red and swollen and hot"],
      ["agent", "A red, swollen, painful calf can be a clot and needs checking today. Please call the clinic now or go to the emergency department."],
      ["user", "Okay, I'll go."],
      ["agent", "Thank you."],
    ]));
    assert.deepEqual(s.requires_attention.map((a) => a.turn_index), [1]);
  });

  it("an uncertain finding the agent escalates at once needs attention: the escalation is the qualifier it lacked", () => {
    const lines = (reply: string): Line[] => [
      ["agent", "Hello, how can I help?"],
      ["user", "My ankle is puffy and the skin over it looks a bit shiny."],
      ["agent", reply],
    ];
    const escalated = summarize(conversation(lines("That needs to be seen today. Please ring the surgery now.")));
    assert.deepEqual(escalated.requires_attention.map((a) => a.turn_index), [1]);
    // general advice keeps it in for_review only
    const advised = summarize(conversation(lines("Keep your foot up when you sit. If it gets hot or red, call the clinic.")));
    assert.deepEqual(advised.requires_attention, []);
    assert.deepEqual(advised.for_review.map((r) => [r.turn_index, r.reason]), [[1, "uncertain"]]);
  });

  it("an escalation after a new uncertain finding counts even when the agent escalated on the turn before", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "I've had crushing chest pain for an hour."],
      ["agent", "Please call 999 now."],
      ["user", "Also my left foot has gone a funny colour since lunch."],
      ["agent", "Please tell the paramedics about your foot as well, and call 999 now."],
    ]));
    assert.deepEqual(s.requires_attention.map((a) => a.turn_index), [1, 3]);
  });

  it("lists a red flag each time the patient states it, a repeat too, in their own words", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "I've been vomiting since Friday."],
      ["agent", "I'm sorry to hear that. Are you drinking?"],
      ["user", "I try, but I've been vomiting everything back up, even water."],
      ["agent", "Thank you for telling me."],
    ]));
    assert.deepEqual(s.requires_attention.map((a) => a.turn_index), [1, 3]);
  });

  it("does not read an escalation as a repeat when the agent did not escalate after the turn before, flagged or not", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "I've had crushing chest pain for an hour."],
      ["agent", "Thank you for telling me."],
      ["user", "And the tingling I told the nurse about last week is back in both hands."],
      ["agent", "Please call 999 now about the tingling in your hands."],
    ]));
    assert.deepEqual([...s.requires_attention, ...s.for_review].map((x) => x.turn_index).sort(), [1, 3]);
  });

  it("reads the agent announcing it is flagging the turn for the care team as an escalation, in every pack", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "My ankle is puffy and the skin over it looks a bit shiny.", "Thank you. I'm flagging this as urgent for the nurse."],
      ["es", "Tengo el tobillo hinchado y la piel brillante.", "Gracias por decírmelo. Voy a avisar a la enfermera para que la llame."],
      ["fr", "J'ai la cheville gonflée et la peau qui brille.", "Merci. Je transmets tout de suite à l'infirmière."],
      ["pt", "Estou com o tornozelo inchado e a pele brilhando.", "Obrigada. Vou avisar a enfermeira agora mesmo."],
      ["de", "Mein Knöchel ist geschwollen und die Haut glänzt.", "Danke. Ich gebe das sofort an die Pflege weiter."],
    ];
    for (const [language, patient, reply] of cases) {
      const s = summarize(exchange(patient, reply, language));
      assert.deepEqual(s.requires_attention.map((a) => a.turn_index), [1], `${language}: ${reply}`);
      const plain = summarize(exchange(patient, language === "en" ? NEUTRAL_REPLY : "Merci.", language));
      assert.deepEqual(plain.requires_attention, [], `${language}: without the announcement`);
    }
  });

  it("reads the agent saying the care team needs to know this as an escalation, in every pack, but not advice about what to tell them", () => {
    const cases: Array<[string, string, string, string]> = [
      ["en", "My ankle is puffy and the skin over it looks a bit shiny.", "Thanks, that's important for your team to know.", "Your doctor needs to know what other medicines you take before surgery."],
      ["en", "My ankle is puffy and the skin over it looks a bit shiny.", "Okay. Dr. Patel will want to know about this.", "Your doctor needs to know what other medicines you take before surgery."],
      // the same said without an object, or as an instruction to pass it on; not what to report should it happen
      ["en", "My ankle is puffy and the skin over it looks a bit shiny.", "Thank you. The nurses will want to know, and they can help.", "The nurses will want to know if it spreads up your leg."],
      ["en", "My ankle is puffy and the skin over it looks a bit shiny.", "Please let the clinic know today so they can take a look.", "Let the clinic know if it gets hot or red."],
      ["es", "Tengo el tobillo hinchado y la piel brillante.", "Gracias. La doctora Ruiz tiene que saberlo.", "Gracias. Cuando vaya a la consulta, lleve la lista de medicinas."],
      ["fr", "J'ai la cheville gonflée et la peau qui brille.", "Merci. Votre médecin doit être au courant.", "Merci. Apportez la liste de vos médicaments au rendez-vous."],
      ["pt", "Estou com o tornozelo inchado e a pele brilhando.", "Obrigada. A equipe precisa saber para te ajudar.", "Obrigada. Leve a lista dos remédios na consulta."],
      ["de", "Mein Knöchel ist geschwollen und die Haut glänzt.", "Danke. Ihre Ärztin muss das heute noch wissen.", "Danke. Bringen Sie die Medikamentenliste zum Termin mit."],
    ];
    for (const [language, patient, reply, advice] of cases) {
      const s = summarize(exchange(patient, reply, language));
      assert.deepEqual(s.requires_attention.map((a) => a.turn_index), [1], `${language}: ${reply}`);
      const plain = summarize(exchange(patient, advice, language));
      assert.deepEqual(plain.requires_attention, [], `${language}: ${advice}`);
    }
  });

  it("reads 'contact the office right now' after a named doctor as urgent, and a request to be called on one's mobile as a request", () => {
    const patient = "I've been taking the warfarin at lunchtime this week.";
    const s = summarize(exchange(patient, "Please skip tonight's warfarin, and phone Dr. Lamb's surgery or the nurse right now.", "en"));
    assert.deepEqual([...s.requires_attention, ...s.for_review].map((a) => a.turn_index), [1]);
    const calm = summarize(exchange(patient, "Thank you, and mention the warfarin to Dr. Lamb's surgery at your next check.", "en"));
    assert.deepEqual([...calm.requires_attention, ...calm.for_review], []);
    // "me llame a mi teléfono" is subjunctive; folded, it must not read as "llamé a mi" (I called)
    const request = summarize(exchange("Quiero que la doctora me llame a mi teléfono.", "Muy bien.", "es"));
    assert.deepEqual(request.requires_attention.map((a) => a.rule_id), ["es.contact_request"]);
    const done = summarize(exchange("Ayer llamé al consultorio y no contestaron.", "Muy bien.", "es"));
    assert.deepEqual(done.requires_attention, []);
  });

  it("reads the agent opening its reply by calling the turn important or serious as its judgement of that turn, in every pack", () => {
    // [language, patient, concerned reply, a reply that only praises the question]
    const cases: Array<[string, string, string, string]> = [
      ["en", "My watch keeps buzzing at night and says my pulse is odd.", "Thank you for telling me. That's important for the team to hear.", "That's an important question. Watches can be wrong."],
      ["es", "El reloj me avisa de noche que el pulso va raro.", "Eso es importante. Su equipo tiene que saberlo.", "Buena pregunta. Los relojes a veces fallan."],
      ["fr", "Ma montre sonne la nuit et dit que mon pouls est bizarre.", "C'est important, merci de me le dire.", "Bonne question. Les montres se trompent parfois."],
      ["pt", "O relógio apita de noite e diz que o pulso está esquisito.", "Isso é importante, obrigada por me dizer.", "Boa pergunta. Os relógios às vezes erram."],
      ["de", "Meine Uhr piept nachts und sagt, mein Puls sei komisch.", "Das ist wichtig, danke, dass Sie es sagen.", "Gute Frage. Uhren irren sich manchmal."],
    ];
    for (const [language, patient, concerned, praise] of cases) {
      const s = summarize(exchange(patient, concerned, language));
      const flagged = [...s.requires_attention, ...s.for_review].map((x) => x.turn_index);
      assert.deepEqual(flagged, [1], `${language}: ${concerned}`);
      const plain = summarize(exchange(patient, praise, language));
      assert.deepEqual([...plain.requires_attention, ...plain.for_review].filter((x) => x.rule_id === "agent.escalation"), [], `${language}: ${praise}`);
    }
    // the agent interrupting to act on the turn judges it too
    for (const reply of ["Gerald, I need to stop you there. Let's talk about that.", "That's something to act on now."]) {
      const s = summarize(exchange("My watch keeps buzzing at night and says my pulse is odd.", reply, "en"));
      assert.deepEqual([...s.requires_attention, ...s.for_review].map((x) => x.turn_index), [1], reply);
    }
    // the judgement ties the concern to the turn even when the reply shares no word with it
    const alone = summarize(exchange("I wanted to mention the thing from before.", "That's important.", "en"));
    assert.deepEqual(alone.requires_attention.map((r) => [r.turn_index, r.rule_id]), [[1, "agent.escalation"]]);
    // a turn that is mostly a question goes to for_review instead, and the doctor is told why
    const asked = summarize(exchange("The new shoes rub my heel. Should I keep wearing them?", "That's important.", "en"));
    assert.deepEqual(asked.requires_attention, []);
    assert.deepEqual(asked.for_review.map((r) => [r.turn_index, r.reason]), [[1, "agent_concerned"]]);
    // advice that something is important is not a judgement of the turn
    const advice = summarize(exchange("I wanted to mention the thing from before.", "It's important to take it with food.", "en"));
    assert.deepEqual([...advice.requires_attention, ...advice.for_review].filter((x) => x.rule_id === "agent.escalation"), []);
  });

  it("reads the agent's judgement after a thanks, a real danger named as such, and an 'also' judgement as concern, in every pack, but not advice", () => {
    // [language, patient (no rule of its own), thanks then judgement, danger, also, advice after a thanks]
    const cases: Array<[string, string, string, string, string, string]> = [
      ["en", "My grandson fiddles with the dials on the machine when he visits.", "Thank you for telling me, Rose, that's really important.", "That's a real safety risk.", "That's also important.", "Thank you for telling me, it's important to keep the machine clean."],
      ["es", "Mi nieto toca los botones de la máquina cuando viene.", "Gracias por contármelo, Rosa, eso es muy importante.", "Eso es un peligro real.", "Eso también es importante.", "Gracias por contármelo, es importante limpiar la máquina."],
      ["fr", "Mon petit-fils touche aux boutons de la machine quand il vient.", "Merci de me l'avoir dit, Rose, c'est très important.", "C'est un vrai danger.", "C'est aussi important.", "Merci de me l'avoir dit, il est important de nettoyer la machine."],
      ["pt", "O meu neto mexe nos botões da máquina quando vem cá.", "Obrigada por me dizer, Rosa, isso é muito importante.", "Isso é um perigo real.", "Isso também é importante.", "Obrigada por me dizer, é importante limpar a máquina."],
      ["de", "Mein Enkel spielt an den Knöpfen der Maschine, wenn er kommt.", "Danke, dass Sie mir das sagen, Frau Roth, das ist sehr wichtig.", "Das ist eine echte Gefahr.", "Das ist auch wichtig.", "Danke, dass Sie mir das sagen, es ist wichtig, die Maschine sauber zu halten."],
    ];
    for (const [language, patient, ...replies] of cases) {
      const advice = replies.pop() as string;
      for (const reply of replies) {
        const s = summarize(exchange(patient, reply, language));
        assert.deepEqual([...s.requires_attention, ...s.for_review].map((x) => [x.turn_index, x.rule_id]), [[1, "agent.escalation"]], `${language}: ${reply}`);
      }
      // advice after the thanks judges nothing: the thanks for the disclosure alone leaves the turn for the doctor to read
      const calm = summarize(exchange(patient, advice, language));
      assert.deepEqual(calm.requires_attention, [], `${language}: ${advice}`);
      assert.deepEqual(calm.for_review.map((x) => [x.turn_index, x.reason]), [[1, "agent_concerned"]], `${language}: ${advice}`);
    }
  });

  it("leaves a turn of substance for the doctor to read when the agent thanks the patient for telling it, in every pack; not after a bare thanks, a short turn or a question", () => {
    // [language, a statement no rule reads, the disclosure thanks, a bare thanks, a short turn, a question]
    const cases: Array<[string, string, string, string, string, string]> = [
      ["en", "My grandson fiddles with the dials on the machine when he visits.", "Ruth, thank you for being honest with me. Let's go over the settings.", "Thanks. Let's go over the settings.", "Yes, that's right.", "Can my grandson press the buttons on the machine?"],
      ["en", "My grandson fiddles with the dials on the machine when he visits.", "I hear you, and I'm glad you told me. Let's go over the settings.", "Okay, thanks for letting me know.", "Yes, that's right.", "Can my grandson press the buttons on the machine?"],
      ["es", "Mi nieto toca los botones de la máquina cuando viene.", "Gracias por contármelo. Repasemos la configuración.", "Gracias. Repasemos la configuración.", "Sí, eso es.", "¿Puede mi nieto tocar los botones de la máquina?"],
      ["fr", "Mon petit-fils touche aux boutons de la machine quand il vient.", "Vous avez bien fait de m'en parler. Revoyons les réglages.", "Merci. Revoyons les réglages.", "Oui, c'est ça.", "Est-ce que mon petit-fils peut toucher aux boutons de la machine ?"],
      ["pt", "O meu neto mexe nos botões da máquina quando vem cá.", "Fez bem em contar. Vamos rever a configuração.", "Obrigada. Vamos rever a configuração.", "Sim, é isso.", "O meu neto pode mexer nos botões da máquina?"],
      ["de", "Mein Enkel spielt an den Knöpfen der Maschine, wenn er kommt.", "Danke für Ihre Offenheit. Gehen wir die Einstellungen durch.", "Danke. Gehen wir die Einstellungen durch.", "Ja, genau.", "Darf mein Enkel an den Knöpfen der Maschine spielen?"],
    ];
    for (const [language, patient, thanked, bare, short, question] of cases) {
      const s = summarize(exchange(patient, thanked, language));
      assert.deepEqual(s.requires_attention, [], `${language}: ${thanked}`);
      assert.deepEqual(s.for_review.map((x) => [x.turn_index, x.reason]), [[1, "agent_concerned"]], `${language}: ${thanked}`);
      for (const [said, reply] of [[patient, bare], [short, thanked], [question, thanked]]) {
        const plain = summarize(exchange(said as string, reply as string, language));
        assert.deepEqual([...plain.requires_attention, ...plain.for_review].filter((x) => x.rule_id === "agent.escalation"), [], `${language}: ${said} / ${reply}`);
      }
    }
  });

  it("reads a finding held open (mild, unqualified, a possibility) as a red flag when the agent thanks the patient for telling it or judges it important, in every pack", () => {
    // [language, a mild finding held as expected, the disclosure thanks]
    const cases: Array<[string, string, string]> = [
      ["en", "My ankle has been a bit swollen.", "Thank you for telling me."],
      ["es", "Tengo el tobillo un poco hinchado.", "Gracias por contármelo."],
      ["fr", "J'ai la cheville un peu gonflée.", "Merci de me l'avoir dit."],
      ["pt", "Estou com o tornozelo um pouco inchado.", "Obrigada por me contar isso."],
      ["de", "Mein Knöchel ist etwas geschwollen.", "Danke, dass Sie mir das sagen."],
    ];
    for (const [language, patient, thanks] of cases) {
      const plain = summarize(exchange(patient, language === "en" ? "I see." : "Vale.", language));
      assert.deepEqual(plain.requires_attention, [], `${language}: held open without the thanks`);
      assert.equal(plain.for_review.length, 1, `${language}: held open without the thanks`);
      const s = summarize(exchange(patient, thanks, language));
      assert.deepEqual(s.requires_attention.map((a) => a.turn_index), [1], `${language}: ${thanks}`);
      assert.deepEqual(s.for_review, [], `${language}: ${thanks}`);
    }
    // said as a possibility, then judged important by the agent
    const possible = "I think I might be getting a bit of chest pain.";
    assert.deepEqual(summarize(exchange(possible, "I see.")).for_review.map((r) => r.reason), ["hypothetical"]);
    assert.deepEqual(summarize(exchange(possible, "That's important.")).requires_attention.map((a) => a.turn_index), [1]);
    // someone else's symptom stays someone else's, whatever the agent thinks of it
    const husband = summarize(exchange("My husband has had crushing chest pain since this morning.", "Thank you for telling me."));
    assert.deepEqual(husband.requires_attention, []);
  });

  it("moves a red flag the agent calls normal or common to for_review (agent_reassured), in every pack; not when the agent goes on with a 'but', nor a request for contact", () => {
    // [language, a red flag a rule reads, a calm reply, the same turned by a "but"]
    const cases: Array<[string, string, string, string]> = [
      ["en", "I've had crushing chest pain since this morning.", "That's very common after the procedure. Rest today.", "That's common, but with chest pain please call 999 now."],
      ["en", "I've had crushing chest pain since this morning.", "Mrs Roth, yes, that's quite normal. Rest today.", "That's normal, though please call 999 if it gets worse."],
      ["es", "Tengo un dolor de pecho muy fuerte desde esta mañana.", "Eso es muy común después del procedimiento.", "Eso es común, pero con dolor de pecho llame al 112 ahora."],
      ["fr", "J'ai une douleur très forte à la poitrine depuis ce matin.", "C'est tout à fait habituel après l'intervention.", "C'est fréquent, mais avec une douleur à la poitrine appelez le 15."],
      ["pt", "Estou com uma dor no peito muito forte desde hoje de manhã.", "Isso é muito comum depois do procedimento.", "Isso é comum, mas com dor no peito ligue já para o 112."],
      ["de", "Ich habe seit heute Morgen starke Schmerzen in der Brust.", "Das ist ganz normal nach dem Eingriff.", "Das ist häufig, aber mit Brustschmerzen rufen Sie bitte sofort die 112."],
    ];
    for (const [language, patient, calm, turned] of cases) {
      const before = summarize(exchange(patient, "I see.", language));
      assert.equal(before.requires_attention.length > 0, true, `${language}: the rule reads the turn`);
      const s = summarize(exchange(patient, calm, language));
      assert.deepEqual(s.requires_attention, [], `${language}: ${calm}`);
      assert.deepEqual(s.for_review.map((r) => [r.turn_index, r.reason]), before.requires_attention.map((a) => [a.turn_index, "agent_reassured"]), `${language}: ${calm}`);
      const kept = summarize(exchange(patient, turned, language));
      assert.deepEqual(kept.requires_attention.map((a) => a.turn_index), [1], `${language}: ${turned}`);
    }
    // a request to speak to someone is the patient's to make, however the agent judges it
    const request = summarize(exchange("Can I speak to the nurse today please?", "That's very common, lots of people ask.", "en"));
    assert.deepEqual(request.requires_attention.map((a) => a.category), ["doctor_request"]);
  });

  it("reads a calm judgement later in the reply's first sentence the same way, unless the reply escalates or turns with a 'but' in the next sentence, in every pack", () => {
    // [language, a red flag a rule reads, the calm judgement, the same then an escalation, the same then a "but"]
    const cases: Array<[string, string, string, string, string]> = [
      ["en", "I've had crushing chest pain since this morning.", "Some chest ache is very common after the procedure.", "Some chest ache is very common after the procedure. Please call 999 now.", "Some chest ache is very common after the procedure. But crushing pain needs checking."],
      ["es", "Tengo un dolor de pecho muy fuerte desde esta mañana.", "Algo de molestia en el pecho es muy común después del procedimiento.", "Algo de molestia en el pecho es muy común después del procedimiento. Llame al 112 ahora mismo.", "Algo de molestia en el pecho es muy común después del procedimiento. Pero un dolor fuerte hay que revisarlo."],
      ["fr", "J'ai une douleur très forte à la poitrine depuis ce matin.", "Une gêne dans la poitrine est très fréquente après l'intervention.", "Une gêne dans la poitrine est très fréquente après l'intervention. Appelez le 15 maintenant.", "Une gêne dans la poitrine est très fréquente après l'intervention. Mais une douleur forte doit être vue."],
      ["pt", "Estou com uma dor no peito muito forte desde hoje de manhã.", "Algum desconforto no peito é muito comum depois do procedimento.", "Algum desconforto no peito é muito comum depois do procedimento. Ligue já para o 112.", "Algum desconforto no peito é muito comum depois do procedimento. Mas uma dor forte tem de ser vista."],
      ["de", "Ich habe seit heute Morgen starke Schmerzen in der Brust.", "Ein Druckgefühl in der Brust ist nach dem Eingriff ganz normal.", "Ein Druckgefühl in der Brust ist nach dem Eingriff ganz normal. Rufen Sie jetzt sofort die 112.", "Ein Druckgefühl in der Brust ist nach dem Eingriff ganz normal. Aber starke Schmerzen müssen untersucht werden."],
    ];
    for (const [language, patient, calm, escalated, turned] of cases) {
      const s = summarize(exchange(patient, calm, language));
      assert.deepEqual(s.requires_attention, [], `${language}: ${calm}`);
      assert.equal(s.for_review.every((r) => r.reason === "agent_reassured") && s.for_review.length > 0, true, `${language}: ${calm}`);
      for (const reply of [escalated, turned]) {
        assert.deepEqual(summarize(exchange(patient, reply, language)).requires_attention.map((a) => a.turn_index).slice(0, 1), [1], `${language}: ${reply}`);
      }
    }
    // a judgement denied is no calm: "ist ... nicht normal", "is not normal"
    for (const [language, patient, reply] of [["de", "Ich habe seit heute Morgen starke Schmerzen in der Brust.", "Das ist nach dem Eingriff nicht normal."], ["en", "I've had crushing chest pain since this morning.", "Pain like that is not normal after the procedure."]]) {
      assert.deepEqual(summarize(exchange(patient as string, reply as string, language as string)).requires_attention.map((a) => a.turn_index).slice(0, 1), [1], `${language}: ${reply}`);
    }
  });

  it("leaves a turn of substance for the doctor to read when the agent takes it up without escalating (tell them too, that can be dangerous), in every pack; not as a safety net", () => {
    // [language, a statement no rule reads, the agent taking it up, a safety-net condition]
    const cases: Array<[string, string, string, string]> = [
      ["en", "My grandson fiddles with the dials on the machine when he visits.", "Please tell the team about that too when you call.", "If it ever gets dangerous, call the clinic."],
      ["en", "My grandson fiddles with the dials on the machine when he visits.", "Changing the settings can be dangerous.", "If he changes the settings it can be dangerous, so call us."],
      ["es", "Mi nieto toca los botones de la máquina cuando viene.", "Cambiar la configuración puede ser peligroso.", "Si cambia la configuración puede ser peligroso, llámenos."],
      ["fr", "Mon petit-fils touche aux boutons de la machine quand il vient.", "Changer les réglages peut être dangereux.", "S'il change les réglages, ça peut être dangereux, appelez-nous."],
      ["pt", "O meu neto mexe nos botões da máquina quando vem cá.", "Mudar a configuração pode ser perigoso.", "Se ele mudar a configuração pode ser perigoso, ligue-nos."],
      ["de", "Mein Enkel spielt an den Knöpfen der Maschine, wenn er kommt.", "Die Einstellungen zu ändern kann gefährlich sein.", "Wenn er die Einstellungen ändert, kann das gefährlich sein, rufen Sie uns an."],
    ];
    for (const [language, patient, takenUp, safetyNet] of cases) {
      const s = summarize(exchange(patient, takenUp, language));
      assert.deepEqual(s.requires_attention, [], `${language}: ${takenUp}`);
      assert.deepEqual(s.for_review.map((x) => [x.turn_index, x.reason]), [[1, "agent_concerned"]], `${language}: ${takenUp}`);
      const net = summarize(exchange(patient, safetyNet, language));
      assert.deepEqual([...net.requires_attention, ...net.for_review].filter((x) => x.rule_id === "agent.escalation"), [], `${language}: ${safetyNet}`);
    }
    // a thanks after a comma in the reply's first sentence, a safety worry named, a care coordinator who needs to hear
    for (const reply of ["I'm so sorry it feels that heavy, and thank you for telling me.", "That's a real safety worry.", "Your care coordinator needs to hear about this today."]) {
      const s = summarize(exchange("My grandson fiddles with the dials on the machine when he visits.", reply));
      assert.deepEqual([...s.requires_attention, ...s.for_review].map((x) => x.turn_index), [1], reply);
    }
    // "I'm glad you asked." thanks the patient for what they did, as a thanks for telling does
    const asked = summarize(exchange("My grandson fiddles with the dials on the machine when he visits.", "I'm glad you asked. The settings are locked."));
    assert.deepEqual(asked.for_review.map((x) => x.reason), ["agent_concerned"]);
  });

  it("leaves a turn of substance for the doctor to read when the agent escalates again straight after, as it may be about that turn and not a repeat", () => {
    const lines = (second: string): Line[] => [
      ["agent", "Hello, how can I help?"],
      ["user", "I've had crushing chest pain for an hour."],
      ["agent", "Please call 999 now."],
      ["user", second],
      ["agent", "Please don't wait, call 999 now."],
    ];
    const s = summarize(conversation(lines("My daughter came over from work and is sitting here with me in the kitchen.")));
    assert.deepEqual(s.requires_attention.map((x) => x.turn_index), [1]);
    assert.deepEqual(s.for_review.map((x) => [x.turn_index, x.reason]), [[3, "agent_escalated"]]);
    // a short turn is a reply to the advice, not news: the second escalation repeats the first
    const ok = summarize(conversation(lines("Okay, I will.")));
    assert.deepEqual([...ok.requires_attention, ...ok.for_review].map((x) => x.turn_index), [1]);
  });

  it("reads the agent judging what the patient told as a whole ('what you're describing is important') as concern, in every pack, and 'I'm going to flag this' as an announcement", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "My grandson fiddles with the dials on the machine when he visits.", "What you're describing is really important, and the team should hear it."],
      ["es", "Mi nieto toca los botones de la máquina cuando viene.", "Lo que me cuenta es muy importante, el equipo tiene que oírlo."],
      ["fr", "Mon petit-fils touche aux boutons de la machine quand il vient.", "Ce que vous me dites est très important, l'équipe doit l'entendre."],
      ["pt", "O meu neto mexe nos botões da máquina quando vem cá.", "O que me está a contar é muito importante, a equipa tem de ouvir."],
      ["de", "Mein Enkel spielt an den Knöpfen der Maschine, wenn er kommt.", "Was Sie mir erzählen, ist sehr wichtig, das Team muss es hören."],
    ];
    for (const [language, patient, reply] of cases) {
      const s = summarize(exchange(patient, reply, language));
      assert.deepEqual([...s.requires_attention, ...s.for_review].map((x) => [x.turn_index, x.rule_id]), [[1, "agent.escalation"]], `${language}: ${reply}`);
    }
    const flagged = summarize(exchange("The scales said seventy four this morning and seventy two on Friday.", "Thank you. I'm going to flag this for the nurse today."));
    assert.deepEqual([...flagged.requires_attention, ...flagged.for_review].map((x) => x.turn_index), [1]);
  });

  it("reads the agent counting a turn as one more warning sign as concern, even right after an earlier escalation, in every pack, but not a warning sign taught", () => {
    // [language, first red flag, its escalation, a later statement, "another warning sign", a sign taught]
    const cases: Array<[string, string, string, string, string, string]> = [
      ["en", "I've got a crushing pain in my chest.", "Please call 911 now.", "And I keep yawning this afternoon.", "Yawning like that is another warning sign, so please call now.", "Another warning sign to look out for is sweating."],
      ["es", "Tengo un dolor muy fuerte en el pecho.", "Llame al 112 ahora mismo.", "Y no paro de bostezar esta tarde.", "Eso es otra señal de alarma, llame ya.", "Otra señal de alarma que hay que vigilar es el sudor."],
      ["fr", "J'ai une douleur écrasante dans la poitrine.", "Appelez le 15 tout de suite.", "Et je n'arrête pas de bâiller cet après-midi.", "C'est un autre signe d'alerte, appelez maintenant.", "Un autre signe d'alerte à surveiller, c'est la transpiration."],
      ["pt", "Tenho uma dor muito forte no peito.", "Ligue já para o 112.", "E não paro de bocejar esta tarde.", "Isso é mais um sinal de alarme, ligue já.", "Outro sinal de alarme a vigiar é o suor."],
      ["de", "Ich habe starke Schmerzen in der Brust.", "Rufen Sie sofort die 112 an.", "Und ich gähne heute Nachmittag ständig.", "Das ist ein weiteres Warnzeichen, rufen Sie sofort an.", "Ein weiteres Warnzeichen, auf das Sie achten sollten, ist Schwitzen."],
    ];
    for (const [language, flag, escalation, statement, another, taught] of cases) {
      const lines = (reply: string): Line[] => [["agent", "Hello"], ["user", flag], ["agent", escalation], ["user", statement], ["agent", reply]];
      const s = summarize(conversation(lines(another), language));
      assert.deepEqual([...s.requires_attention, ...s.for_review].filter((x) => x.turn_index === 3).map((x) => x.rule_id), ["agent.escalation"], `${language}: ${another}`);
      const t = summarize(conversation(lines(taught), language));
      assert.deepEqual([...t.requires_attention, ...t.for_review].filter((x) => x.turn_index === 3), [], `${language}: ${taught}`);
    }
    // a sign taught with its subject first, or in a conditional, is advice, not a reaction to the turn
    for (const advice of ["Sweating is another warning sign to look out for.", "If you start sweating, that's another warning sign to call."]) {
      const a = summarize(conversation([["agent", "Hello"], ["user", "I wanted to mention the thing from before."], ["agent", advice]]));
      assert.deepEqual([...a.requires_attention, ...a.for_review].filter((x) => x.rule_id === "agent.escalation"), [], advice);
    }
  });

  it("reads a reply that opens by judging any subject serious or an emergency as concern, in every pack, but not a conditional or a denial", () => {
    // [language, patient, judgement with its own subject, conditional advice, denial]
    const cases: Array<[string, string, string, string, string]> = [
      ["en", "The shaking went on a long while this morning and he was dazed after.", "A fit that goes on past five minutes is a medical emergency.", "If a fit goes on past five minutes, it is an emergency.", "Nothing you describe is serious."],
      ["es", "El temblor le duró mucho esta mañana y quedó aturdido.", "Una crisis que pasa de cinco minutos es una emergencia.", "Si una crisis pasa de cinco minutos, es una emergencia.", "Lo que me cuenta no es grave."],
      ["fr", "Les tremblements ont duré longtemps ce matin et il était hébété.", "Une crise qui dépasse cinq minutes est une urgence.", "Si une crise dépasse cinq minutes, c'est une urgence.", "Rien de tout ça est grave."],
      ["pt", "O tremor durou muito hoje de manhã e ele ficou atordoado.", "Uma crise que passa de cinco minutos é uma emergência.", "Se uma crise passar de cinco minutos, é uma emergência.", "O que me conta não é grave."],
      ["de", "Das Zittern ging heute früh lange und er war danach benommen.", "Ein Anfall über fünf Minuten ist ein Notfall.", "Wenn ein Anfall über fünf Minuten geht, ist das ein Notfall.", "Nichts davon ist ernst."],
    ];
    for (const [language, patient, judgement, conditional, denial] of cases) {
      const s = summarize(exchange(patient, judgement, language));
      // the judgement ties the agent's concern to the turn (the floor alone would only hold it as uncertain)
      assert.deepEqual([...s.requires_attention, ...s.for_review].map((x) => [x.turn_index, x.rule_id]), [[1, "agent.escalation"]], `${language}: ${judgement}`);
      for (const calm of [conditional, denial]) {
        const c = summarize(exchange(patient, calm, language));
        assert.deepEqual([...c.requires_attention, ...c.for_review].filter((x) => x.rule_id === "agent.escalation"), [], `${language}: ${calm}`);
      }
    }
  });

  it("ties the call's first urgent escalation to the statement before it even when the reply names nothing in it, but not a later reminder after a short goodbye", () => {
    const opening: Line[] = [
      ["agent", "Hello, how can I help?"],
      ["user", "Since Sunday I've eaten almost nothing and the scales say I'm lighter again."],
      ["agent", "Please ring the clinic today."],
    ];
    const first = summarize(conversation(opening));
    assert.deepEqual(first.for_review.map((r) => [r.turn_index, r.reason]), [[1, "agent_escalated"]]);
    const goodbye = summarize(conversation([...opening, ["user", "Okay, will do, thanks."], ["agent", "You're welcome. Remember to ring them today."]]));
    assert.deepEqual(goodbye.for_review.map((r) => r.turn_index), [1]);
    // a short acknowledgement is not a statement the escalation could react to
    const short = summarize(conversation([["agent", "Hello, how can I help?"], ["user", "Okay, thanks."], ["agent", "Please ring the clinic today."]]));
    assert.deepEqual(short.for_review, []);
  });

  it("reads a later urgent reply that names nothing of a short turn as a reminder of the earlier escalation, not a red flag of that turn", () => {
    const opening: Line[] = [
      ["agent", "Hello, how can I help?"],
      ["user", "Since this morning my jaw has locked and I can't open my mouth more than a finger's width."],
      ["agent", "A jaw that has locked needs to be checked today. Please call the clinic now."],
      ["user", "Right. Do I need to bring anything?"],
      ["agent", "Just your medicines list."],
    ];
    // "can't hurt" and "ringing" are symptom words to the floor, so they stay for review; the reminder adds nothing
    for (const short of ["Go on then, it can't hurt.", "Thanks, love, I'll wait for her ringing."]) {
      const s = summarize(conversation([...opening, ["user", short], ["agent", "You're welcome. Please make that call now."]]));
      assert.deepEqual(s.requires_attention.map((a) => a.turn_index), [1], short);
      assert.deepEqual(s.for_review.map((r) => [r.turn_index, r.reason]), [[5, "uncertain"]], short);
    }
    // a turn with something to say is still tied to the agent's escalation after it
    const told = summarize(conversation([...opening, ["user", "And my left foot has gone a funny colour since lunch."], ["agent", "You're welcome. Please make that call now."]]));
    assert.deepEqual(told.requires_attention.map((a) => a.turn_index), [1, 5]);
  });

  it("reads safety-netting told as a possibility ('...would need urgent attention') as teaching, not an escalation of the turn, in every pack", () => {
    // [language, a turn with an uncertain finding, a possibility taught, a direct instruction]
    const cases: Array<[string, string, string, string]> = [
      ["en", "My ankle is puffy and the skin over it looks a bit shiny.", "Some puffiness is common. A calf that is hot and hard would need urgent attention, and you'd need to call 999.", "Please call 999 now."],
      ["es", "Tengo el tobillo hinchado y la piel brillante.", "Algo de hinchazón es normal. Una pantorrilla caliente y dura sería motivo para ir a urgencias.", "Vaya a urgencias ahora mismo."],
      ["fr", "J'ai la cheville gonflée et la peau qui brille.", "Un peu de gonflement, c'est courant. Un mollet chaud et dur serait une raison d'appeler le 15.", "Appelez le 15 maintenant."],
      ["pt", "Estou com o tornozelo inchado e a pele brilhando.", "Um pouco de inchaço é comum. Uma panturrilha quente e dura seria motivo para ir à emergência.", "Vá à emergência agora."],
      ["de", "Mein Knöchel ist geschwollen und die Haut glänzt.", "Etwas Schwellung ist normal. Eine heiße, harte Wade wäre ein Grund, sofort in die Notaufnahme zu gehen.", "Gehen Sie sofort in die Notaufnahme."],
    ];
    for (const [language, patient, possibility, instruction] of cases) {
      const taught = summarize(exchange(patient, possibility, language));
      assert.deepEqual([...taught.requires_attention, ...taught.for_review].filter((x) => x.rule_id === "agent.escalation"), [], `${language}: ${possibility}`);
      const told = summarize(exchange(patient, instruction, language));
      assert.deepEqual(told.requires_attention.map((a) => [a.turn_index, a.rule_id]), [[1, "agent.escalation"]], `${language}: ${instruction}`);
    }
  });

  it("sends a turn the agent escalates about to for_review when it shares too little to be tied to a red flag", () => {
    const lines = (reply: string): Line[] => [["agent", "Hello, how can I help?"], ["user", "I wanted to mention the jaw thing from before."], ["agent", reply]];
    const escalated = summarize(conversation(lines("Please ring the clinic today about your jaw.")));
    assert.deepEqual(escalated.requires_attention, []);
    assert.deepEqual(escalated.for_review.map((r) => [r.turn_index, r.reason]), [[1, "agent_escalated"]]);
    assert.deepEqual(summarize(conversation(lines("Thank you, I will note your jaw."))).for_review, []);
  });

  it("does not treat general safety advice or a closing reminder as an escalation", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "What are the signs of a wound infection I should look out for?"],
      ["agent", "Watch for redness spreading from the wound, pus, or a fever. Call the clinic right away if you notice any of these."],
      ["user", "Great, thanks, that's all."],
      ["agent", "You're welcome. Call the clinic today if anything changes."],
    ]));
    assert.equal(s.requires_attention.length, 0);
  });

  it("does not list a problem again when the patient comes back to it", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "I took a double dose of my insulin by mistake an hour ago."],
      ["agent", "Please call the diabetes team now and check your sugar often."],
      ["user", "Okay. I've taken doubles before and been fine, to be honest."],
      ["agent", "Please still call them now."],
    ]));
    assert.deepEqual(turnsOf(s.requires_attention), [1]);
  });
});
