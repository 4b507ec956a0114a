// Whether the agent answered: content that addresses the question, not a referral.
import assert from "node:assert/strict";
import { conversation, summarize, turnsOf, verdict } from "./helpers";

describe("summarizer: answered or unanswered", () => {
  it("counts a substantive answer as answered, even with 'call if it gets worse'", () => {
    assert.equal(
      verdict("Is it normal that the scar is numb?", "Yes, numbness around the scar is common and can take months to fade. Call the office if it becomes red or hot."),
      "answered",
    );
  });

  it("counts a concrete answer first, then who confirms it, as answered", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "How much can I drink in a day?"],
      ["agent", "Usually about six cups a day, soups included. Your nurse can confirm your own limit."],
    ]));
    assert.deepEqual(turnsOf(s.answered_questions), [1]);
    assert.deepEqual(turnsOf(s.unanswered_questions), []);
  });

  it("reads 'Is that right?' after the patient's own claim as a question, and opening a turn as a check", () => {
    const claim = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "My son says I mustn't eat any bread at all. Is that right?"],
      ["agent", "No, wholegrain bread in normal portions is fine for most people with diabetes."],
    ]));
    assert.deepEqual(turnsOf(claim.answered_questions), [1]);
    const check = summarize(conversation([
      ["agent", "Take the tablet with food, twice a day."],
      ["user", "Is that right? Okay, twice a day."],
      ["agent", "Yes."],
    ]));
    assert.deepEqual(turnsOf(check.answered_questions), []);
  });

  it("counts a request asked as a question as answered when granted, unanswered when refused, and keeps it a request either way", () => {
    const cases: Array<[string, string, string, string]> = [
      ["en", "Could I speak with one of the nurses about this?", "Of course. I'll connect you with the nurse on duty now.", "I can't put you through from here. The number is on your letter."],
      ["es", "¿Puedo hablar con la enfermera hoy?", "Claro. Ahora mismo la comunico con una enfermera.", "Desde aquí no puedo pasarle. El número está en su carta."],
      ["fr", "Je peux parler à l'infirmière aujourd'hui ?", "Oui, je vous passe l'infirmière de garde.", "Je ne peux pas vous la passer d'ici. Le numéro est sur votre lettre."],
      ["pt", "Posso falar com a enfermeira hoje?", "Claro, já transfiro para a enfermeira de plantão.", "Daqui não consigo transferir. O número está na sua carta."],
      ["de", "Kann ich heute mit der Schwester sprechen?", "Ja, ich verbinde Sie gleich mit der Pflege.", "Von hier kann ich Sie nicht verbinden. Die Nummer steht auf Ihrem Brief."],
    ];
    for (const [language, request, granted, refused] of cases) {
      const yes = summarize(conversation([["agent", "Hello."], ["user", request], ["agent", granted]], language));
      assert.deepEqual(yes.answered_questions.map((q) => q.turn_index), [1], `${language}: ${granted}`);
      assert.deepEqual(yes.requires_attention.map((a) => a.category), ["doctor_request"], `${language}: still a request`);
      const no = summarize(conversation([["agent", "Hello."], ["user", request], ["agent", refused]], language));
      assert.deepEqual(no.answered_questions, [], `${language}: ${refused}`);
      assert.deepEqual(no.unanswered_questions.map((q) => q.turn_index), [1], `${language}: refused, the question stays open`);
      assert.deepEqual(no.requires_attention.map((a) => a.category), ["doctor_request"], `${language}: refused, still a request`);
    }
  });

  it("counts a request granted after the agent asked back ('Which nurse?') as answered, not unanswered", () => {
    const s = summarize(conversation([["agent", "Hello."], ["user", "Could I speak to the nurse?"], ["agent", "Which nurse would you like?"], ["user", "Nurse Kelly."], ["agent", "Of course, I'll put you through now."]]));
    assert.deepEqual(s.answered_questions.map((q) => q.turn_index), [1]);
    assert.deepEqual(s.unanswered_questions.map((q) => q.turn_index), []);
  });

  it("counts a paraphrased answer (no shared words) as answered", () => {
    assert.equal(
      verdict("So roughly when will I notice a difference?", "Most people feel more energetic within three or four weeks, and the full effect takes a couple of months."),
      "answered",
    );
  });

  const deflections = [
    "That's something your doctor should decide with you at the follow-up.",
    "I don't have that in the materials your doctor gave me. Please ask your doctor or care team.",
    "I'm afraid I can't advise on doses. Please check with your pharmacist.",
    "Let's keep to your recovery plan for today. Is there anything about your exercises?",
    "That's really one for your surgeon, I'm afraid.",
    "My information doesn't go into that, so it's best to ask the care team.",
    "Your care team will be able to go over that with you at your next appointment.",
    "It's completely understandable that you're thinking ahead. The right timing is different for every patient and depends on how you heal, so Dr. Osei's team will give you your own go-ahead at the wound check.",
    "I hear how much this matters to you. It's a great question to discuss with Dr. Patel, who can look at your results with you.",
  ];
  for (const reply of deflections) {
    it(`counts a deflection as unanswered: "${reply.slice(0, 50)}..."`, () => {
      assert.equal(verdict("When can I go back to the gym?", reply), "unanswered");
    });
  }

  it("counts judging from afar, 'one for X rather than me', 'es quien mejor se lo puede decir', 'uma conversa para ter com' and 'das müsste X entscheiden' as deflections", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "Should my son stay off school?", "I can't judge that from a phone call. His GP can look at him today."],
      ["en", "Can I take the pills to Spain?", "It's a good one for your pharmacist rather than me; they know the travel rules."],
      ["es", "¿Cuánto tiempo tengo que llevar la férula?", "Eso cambia mucho, y el traumatólogo es quien mejor se lo puede decir."],
      ["es", "¿Me puedo quitar la férula para ducharme?", "Es mejor que lo decidan en la consulta de traumatología, que conocen su fractura."],
      ["pt", "Posso voltar a correr?", "Essa é uma conversa importante para ter com o seu ortopedista."],
      ["de", "Darf ich wieder joggen?", "Das müsste Ihr Orthopäde entscheiden, er kennt den Bruch."],
      ["de", "Ist das gefährlich für mein Kind?", "Das kann ich so nicht beurteilen. Fragen Sie bitte Ihre Kinderärztin."],
      ["en", "Do I stop the blood thinner before the filling?", "That call needs to come from your heart team, so keep taking it until they say."],
      ["en", "Can I fly in March?", "It depends on how the wound heals, so it's one to talk through with Dr. Okafor at the check."],
      ["es", "¿Y mañana me pongo la inyección o no?", "Esa decisión la tiene que tomar la hematóloga cuando vea el análisis."],
      ["pt", "Quando posso voltar a nadar?", "Isso é melhor conversar com a sua médica na consulta de retorno."],
    ];
    for (const [language, question, reply] of cases) assert.equal(verdict(question, reply, language), "unanswered", reply);
  });

  it("counts Spanish deflections as unanswered", () => {
    assert.equal(verdict("¿Cuándo voy a poder manejar?", "Eso se lo tiene que decir su doctora en el control.", "es"), "unanswered");
    assert.equal(verdict("¿Le subo a la dosis?", "Le recomiendo consultarlo con su médico antes de cambiar nada.", "es"), "unanswered");
    assert.equal(verdict("¿Puedo cambiar de pastilla?", "Elegir el medicamento depende de cada persona, y es una decisión que tiene que tomar la doctora con usted.", "es"), "unanswered");
  });

  it("counts 'I can't see that from here', 'I have to pass' and 'who can answer is...' as deflections in all five languages", () => {
    assert.equal(verdict("When is my next scan?", "I can't see your schedule from here, so the radiology desk will tell you.", "en"), "unanswered");
    assert.equal(verdict("How long will it take?", "Honestly I don't want to give you a number that might not be yours; your specialist can.", "en"), "unanswered");
    assert.equal(verdict("¿Cuándo me toca el control?", "Desde aquí no veo su agenda de citas; en la secretaría se lo confirman.", "es"), "unanswered");
    assert.equal(verdict("C'est quand, mon prochain examen ?", "D'ici je ne vois pas votre agenda, le secrétariat pourra vous le dire.", "fr"), "unanswered");
    assert.equal(verdict("Quando é a próxima consulta?", "Daqui eu não consigo ver a sua agenda; a recepção confirma para você.", "pt"), "unanswered");
    assert.equal(verdict("Kann ich die Dosis halbieren?", "Da muss ich passen, das gehört in die Hände von Ihrer Ärztin.", "de"), "unanswered");
  });

  it("counts an answer to a different question as unanswered", () => {
    assert.equal(
      verdict("When can I drive again?", "When you travel as a passenger, push the seat right back and swing both legs in together."),
      "unanswered",
    );
    // the topic may come before a question with no words of its own
    assert.equal(verdict("We're off to the coast for a week in June, is that alright?", "Keep doing your breathing exercises and finish the antibiotics."), "unanswered");
    assert.equal(verdict("Can I lift my toddler yet?", "Nothing heavier than a full kettle for the first six weeks."), "answered");
    assert.equal(verdict("Can I lift my toddler yet?", "Short walks twice a day will help your strength come back."), "unanswered");
  });

  it("counts a dose question as unanswered once the agent defers the dose, even with other advice", () => {
    assert.equal(
      verdict(
        "could i just take a double dose of the pain liquid before bed",
        "Night-time pain is common at this stage. The amount you take is set by your doctor, so going above the label isn't something I can approve. A humidifier by the bed can help.",
      ),
      "unanswered",
    );
  });

  it("counts a care-team decision as answered when the reply opens by answering it and only then names who tailors it", () => {
    assert.equal(
      verdict("Can I stop the tablets over the holidays?", "Short breaks over the holidays are usually safe with this tablet. Dr. Lee can go over what suits you best."),
      "answered",
    );
    // refusing the decision outright still leaves it unanswered
    assert.equal(
      verdict("Can I stop the tablets over the holidays?", "Short breaks over the holidays are common. Stopping isn't something I can approve, so please ask Dr. Lee."),
      "unanswered",
    );
  });

  it("counts an answer that takes up the question's own words as on topic, and a yes/no answered by 'some do' (round 29)", () => {
    assert.equal(verdict("Can I take the insulin pens on the plane to Madrid?", "Keep the pens in your hand luggage, in the box with the pharmacy label on it."), "answered");
    assert.equal(verdict("Will he grow out of the egg allergy?", "Many do. About two in three children outgrow it by school age. Dr. Ahmed can talk about testing him again next year."), "answered");
    // the topic never comes up and nothing in the reply takes up the question: still another question
    assert.equal(verdict("Can I go on the plane next month?", "Keep drinking plenty of water and rest with your legs up."), "unanswered");
  });

  it("counts a care-team decision answered first and only later handed on as answered, unless the reply refuses in its own name (round 29)", () => {
    assert.equal(
      verdict("Do I still have to avoid oranges?", "With a normal potassium most people don't need to avoid oranges. Your kidney team will tell you if that changes."),
      "answered",
    );
    assert.equal(
      verdict("Can I stop the water tablet on hot days?", "Most people can't, because the fluid builds up quickly. Your heart failure nurse will tell you if that ever changes."),
      "answered",
    );
    // refusing in its own name leaves it unanswered, whatever came first
    assert.equal(
      verdict("Can I stop the water tablet on hot days?", "Hot days are hard with heart failure. Stopping it isn't something I can approve, so please ask your heart failure nurse."),
      "unanswered",
    );
  });

  it("reads questions announced and only invited ('a couple of things I wanted to check' / 'What would you like to check?') as not yet asked, but keeps a real question met by a question back (round 30)", () => {
    assert.equal(verdict("Hello, it's Maureen. The nurse started me on the iron last week. A couple of things I wanted to check, if that's alright.", "Of course, Maureen. What would you like to check?"), "none");
    assert.equal(verdict("I wanted to check if I can take the iron with my tea.", "Which iron tablets are you on at the moment?"), "unanswered");
  });

  it("does not take praise for asking, advice with a condition, a yes about being rung, or a verdict followed by a referral for a deferral (round 32)", () => {
    assert.equal(verdict("My cousin says I can't have grapefruit with it, is that true?", "It is true, and it's a good thing to ask. Grapefruit raises the level of this medicine in your blood."), "answered");
    assert.equal(verdict("Should I stop the aspirin before the dentist?", "Please don't stop your aspirin without talking to the doctor first. It protects your stent."), "answered");
    assert.equal(verdict("Will they ring me on my mobile?", "Yes, they'll ring the mobile number on your record."), "answered");
    // a verdict opening the reply answers, whatever follow-up is named after it
    assert.equal(verdict("Do I have to give up cheese now?", "Not necessarily. Most people on this tablet eat cheese as usual. Your nurse will tell you if your levels change."), "answered");
    assert.equal(verdict("Could the tiredness be from the new tablets?", "Possibly, it is a common side effect in the first weeks. Mention it to your doctor at the review."), "answered");
    // asking the doctor is still a deferral when nothing else is said
    assert.equal(verdict("Should I stop the aspirin before the dentist?", "That's best to check with your doctor."), "unanswered");
  });

  it("counts a question the call ended on as unanswered", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "Quick one before I go, can I take it with grapefruit juice?"],
    ]));
    assert.deepEqual(turnsOf(s.unanswered_questions), [1]);
    assert.equal(s.unanswered_questions[0]?.unanswered_reason, "no_reply");
  });

  it("puts a turn with two questions, one answered and one not, in both lists", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "Can I shower tomorrow? And when do the staples come out?"],
      ["agent", "Yes, you can shower from tomorrow; just pat the wound dry afterwards. As for the staples, your surgeon's team will decide that at the wound check."],
    ]));
    assert.deepEqual(turnsOf(s.answered_questions), [1]);
    assert.deepEqual(turnsOf(s.unanswered_questions), [1]);
    assert.match(s.answered_questions[0]?.question_text ?? "", /shower/);
    assert.match(s.unanswered_questions[0]?.question_text ?? "", /staples/);
  });

  it("reads the agent declining in the first person as a deflection, whatever the verb, but not 'I can't stress enough'", () => {
    const lines = (reply: string) => conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "Can I eat grapefruit with these tablets? And what did my last kidney test show?"],
      ["agent", `Grapefruit is best avoided with this tablet because it raises the level in your blood. ${reply}`],
    ]);
    for (const reply of [
      "The kidney test is not something I'm able to pull up, so the practice can read it to you.",
      "As for the kidney test, I'm not able to look that up from here; the practice has it.",
      "The kidney test I'll leave with Dr. Osei, who has the results.",
    ]) {
      const s = summarize(lines(reply));
      assert.match(s.unanswered_questions[0]?.question_text ?? "", /kidney/, reply);
      assert.match(s.answered_questions[0]?.question_text ?? "", /grapefruit/, reply);
    }
    const emphasis = summarize(lines("On the kidney test, I can't stress enough that your last result was normal, at 52."));
    assert.deepEqual(turnsOf(emphasis.unanswered_questions), []);
  });

  it("reads the agent declining in the first person as a deflection in every other pack", () => {
    // [language, two questions, an answer to the first, a first-person decline of the second]
    const cases: Array<[string, string, string, string]> = [
      ["es", "¿Puedo comer pomelo con estas pastillas? ¿Y qué salió en mi último análisis del riñón?", "El pomelo conviene evitarlo con esta pastilla porque sube su nivel en la sangre.", "Lo del análisis del riñón no se lo puedo decir desde aquí; en el centro se lo leen."],
      ["fr", "Est-ce que je peux manger du pamplemousse avec ces comprimés? Et qu'a montré ma dernière analyse des reins?", "Le pamplemousse est à éviter avec ce comprimé, car il en augmente le taux dans le sang.", "Pour l'analyse des reins, je n'ai pas accès à vos résultats; le cabinet pourra vous les lire."],
      ["pt", "Posso comer toranja com estes comprimidos? E o que deu a minha última análise dos rins?", "A toranja é de evitar com este comprimido, porque aumenta o nível dele no sangue.", "Quanto à análise dos rins, não consigo ver os seus resultados daqui; o centro de saúde pode dizer-lhe."],
      ["de", "Darf ich Grapefruit zu diesen Tabletten essen? Und wie hoch war mein letzter Nierenwert?", "Grapefruit sollten Sie mit dieser Tablette meiden, weil sie den Spiegel im Blut erhöht.", "Den Nierenwert kann ich Ihnen von hier aus leider nicht sagen; die Praxis liest ihn Ihnen vor."],
    ];
    for (const [language, question, answer, decline] of cases) {
      const s = summarize(conversation([["agent", "Hola / Bonjour / Olá / Hallo."], ["user", question], ["agent", `${answer} ${decline}`]], language));
      assert.deepEqual(turnsOf(s.unanswered_questions), [1], `${language}: ${decline}`);
      assert.deepEqual(turnsOf(s.answered_questions), [1], `${language}: ${answer}`);
    }
  });

  it("reads a turn that does not close with a full stop as a question when the reply declines it, but not a statement, a report or someone else's complaint", () => {
    const ask = (patient: string, reply: string, language = "en") => summarize(conversation([["agent", "Hi."], ["user", patient], ["agent", reply]], language));
    // no question cue the packs know, said without punctuation: the decline says it was asked
    const tonight = ask("y esta noche la pastilla de la presión la tomo igual o la dejo", "Eso lo tiene que decidir su médico, no se lo puedo indicar desde aquí.", "es");
    assert.deepEqual(tonight.unanswered_questions.map((q) => [q.turn_index, q.unanswered_reason]), [[1, "deflected"]]);
    const patch = ask("and the patch on my arm I keep it on while swimming or take it off", "That's one for your pharmacist, I can't advise on that.");
    assert.deepEqual(turnsOf(patch.unanswered_questions), [1]);
    // a statement closed by a full stop stays a statement
    assert.deepEqual(ask("I'm swimming on Saturday.", "That's one for your pharmacist, I can't advise on that.").unanswered_questions, []);
    // a red flag the agent answers by referring is a report, not a question
    const report = ask("since this morning my chest is tight and I can't catch my breath", "I can't assess that from here; please call 911 now.");
    assert.deepEqual(report.unanswered_questions, []);
    assert.deepEqual(turnsOf(report.requires_attention), [1]);
    // someone else's complaint the agent sends to their own doctor
    assert.deepEqual(ask("my husband has had chest pain on and off all week", "He should see his own doctor about that, I can't advise for him.").unanswered_questions, []);
  });

  it("answers 'what do I do if...' with the escalation advice", () => {
    assert.equal(
      verdict("If I ever see flashing lights, what do I do?", "New flashing lights or a shadow over your vision are an emergency: call the eye clinic straight away or go to the emergency department."),
      "answered",
    );
  });

  it("waits for the real answer when the agent first asks back", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "Can I take it with juice?"],
      ["agent", "Do you mean orange juice or apple juice?"],
      ["user", "Orange."],
      ["agent", "Orange juice is fine; just avoid grapefruit juice, which changes how the tablet is absorbed."],
    ]));
    assert.deepEqual(turnsOf(s.answered_questions), [1]);
  });

  it("marks answers drawn from the knowledge base as grounded", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "How often do I change the dressing?"],
      ["agent", "Your care sheet says to change it every two days, or sooner if it gets wet.", { grounded: true }],
      ["user", "And how often do I check the wound?"],
      ["agent", "Have a look at the wound every day when you change or check the dressing."],
    ]));
    assert.deepEqual(s.answered_questions.map((a) => a.grounded), [true, false]);
    assert.match(s.answered_questions[0]?.answer_excerpt ?? "", /every two days/);
  });
});
