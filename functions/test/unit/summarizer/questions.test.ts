// Which patient turns are questions at all: syntax, not punctuation.
import assert from "node:assert/strict";
import { conversation, summarize, verdict } from "./helpers";

const ANSWER = "Yes. Your instructions say you can do that from the third day, about twenty minutes at a time.";

describe("summarizer: question detection", () => {
  it("finds questions with a question mark", () => {
    assert.equal(verdict("Can I sleep on my side?", ANSWER), "answered");
    assert.equal(verdict("How long do I keep the stockings on?", ANSWER), "answered");
  });

  it("finds questions without a question mark (speech-to-text drops punctuation)", () => {
    for (const q of [
      "ok so um can i like shower with the dressing on",
      "and where am i meant to put the ice pack",
      "what foods do i have to stay away from now",
      "it gets kind of itchy how am i supposed to stop scratching it",
      "the drops sting a bit so should i keep them in the fridge",
      "so roughly how long before the swelling goes down",
    ]) {
      assert.equal(verdict(q, ANSWER), "answered", q);
    }
  });

  it("reads a request to be told or shown as a question mid-sentence (en, fr)", () => {
    assert.equal(verdict("Right then, so tell me the right way to use the inhaler, I always get muddled.", ANSWER), "answered");
    assert.equal(verdict("ok and explain how the pump works again because I forgot", ANSWER), "answered");
    assert.equal(verdict("D'accord, alors expliquez-moi comment on met les gouttes.", "Oui : une goutte dans chaque œil, trois fois par jour, en tirant doucement la paupière du bas.", "fr"), "answered");
  });

  it("finds indirect questions and requests for information", () => {
    for (const q of [
      "I was wondering whether I could have a bath yet",
      "I wasn't sure if I'm allowed to drive to the shops",
      "Tell me about the breathing exercises.",
      "Walk me through changing the bag again.",
      "Go over the tablet times for me one more time.",
      "Any tips for getting to sleep with the brace?",
      "I need to know when I can lift my grandson.",
      "Do you know if I can fly to Spain in June?",
    ]) {
      assert.equal(verdict(q, ANSWER), "answered", q);
    }
  });

  it("finds a question announced by uncertainty or curiosity, in every pack, without a question mark", () => {
    const cases: Array<[string, string]> = [
      ["en", "I'm curious whether the cast can go in the pool"],
      ["en", "no idea if I should still do the evening injection"],
      ["es", "estaba pensando si puedo volver al gimnasio"],
      ["fr", "je suis pas sûr si je peux reprendre le vélo"],
      ["pt", "fico na dúvida se posso voltar pra academia"],
      ["de", "ich überlege ob ich wieder schwimmen gehen darf"],
      ["fr", "la crème je la mets le soir ou je la mets le matin"],
      ["fr", "c'est correct si je fais du vélo demain"],
      ["pt", "a pomada eu passo de manhã ou passo à noite"],
      ["pt", "pode comer ovo com esse remédio"],
      ["de", "die Salbe nehm ich morgens oder nehm ich sie abends"],
    ];
    const deflection: Record<string, string> = {
      en: "I'm not able to advise on that, please ask your care team.",
      es: "No puedo aconsejarle sobre eso, pregunte a su equipo médico.",
      fr: "Je ne peux pas vous conseiller là-dessus, demandez à votre équipe soignante.",
      pt: "Não posso aconselhar sobre isso, pergunte à sua equipe de saúde.",
      de: "Dazu kann ich Ihnen leider nichts sagen, fragen Sie bitte Ihr Behandlungsteam.",
    };
    for (const [language, q] of cases) assert.notEqual(verdict(q, deflection[language] ?? "", language), "none", q);
    assert.equal(verdict("I have no idea when it started, honestly.", deflection.en ?? ""), "none");
    assert.equal(verdict("pode deixar que eu ligo amanhã", deflection.pt ?? "", "pt"), "none");
  });

  it("finds a question relayed from someone at home, or asked with eager curiosity, in every pack, and not a reported past question", () => {
    // a plain answer: a declined reply would make any closing words a question
    const answer: Record<string, string> = {
      en: "Yes, that is fine from the second week on, as your leaflet says.",
      es: "Sí, a partir de la segunda semana no hay problema, como dice su folleto.",
      fr: "Oui, à partir de la deuxième semaine il n'y a pas de souci, comme le dit votre brochure.",
      pt: "Sim, a partir da segunda semana não há problema, como diz o seu folheto.",
      de: "Ja, ab der zweiten Woche ist das in Ordnung, so steht es auch in Ihrem Merkblatt.",
    };
    const asks: Array<[string, string]> = [
      ["en", "my son wants to know if there is a group for families near us"],
      ["en", "honestly I'm dying to know whether the swelling goes for good"],
      ["en", "the swim coach asked if he can train with the sensor on"],
      ["en", "my husband is asking, should he drive me in himself"],
      ["es", "mi hija quiere saber si puede quedarse a dormir conmigo en el hospital"],
      ["es", "me muero de ganas de saber si ya puedo nadar"],
      ["pt", "o meu filho pergunta se ele pode dormir comigo no hospital"],
      ["pt", "a minha irmã quer saber se pode trazer comida de casa"],
      ["fr", "mon mari demande si je peux reprendre le vélo"],
      ["fr", "je meurs d'envie de savoir si la cicatrice va partir"],
      ["de", "meine Tochter will wissen, ob sie mich abends besuchen darf"],
      ["de", "mein Sohn fragt, ob ich schon Auto fahren darf"],
    ];
    for (const [language, q] of asks) assert.equal(verdict(q, answer[language] ?? "", language), "answered", `${language}: ${q}`);
    // a question someone asked in the past, about the past, is told, not asked
    const tells: Array<[string, string]> = [
      ["en", "then my wife asked if I'd had my tablet and I couldn't remember, so I took one more."],
      ["de", "Der Arzt fragte, ob ich Fieber hatte, und ich sagte nein."],
    ];
    for (const [language, q] of tells) assert.equal(verdict(q, answer[language] ?? "", language), "none", `${language}: ${q}`);
  });

  it("reads a claim checked by a tag as a question in every pack, and a tag that only rounds off a statement as none", () => {
    const answer: Record<string, string> = {
      en: "Yes, the leaflet says that is expected in the first weeks.",
      es: "Sí, el folleto dice que es lo esperado las primeras semanas.",
      fr: "Oui, la brochure dit que c'est attendu les premières semaines.",
      pt: "Sim, o folheto diz que isso é esperado nas primeiras semanas.",
      de: "Ja, im Merkblatt steht, dass das in den ersten Wochen zu erwarten ist.",
    };
    const checks: Array<[string, string]> = [
      ["en", "The dark stools are from the iron tablets, right?"],
      ["en", "My sugar was 6.2 after dinner. That's okay?"],
      ["en", "I keep the spare pen in the fridge, isn't it?"],
      ["en", "So the patch goes on a new spot each time, yeah?"],
      ["es", "Las heces oscuras son por el hierro, ¿verdad?"],
      ["fr", "Les selles foncées, c'est à cause du fer, n'est-ce pas ?"],
      ["pt", "As fezes escuras são do ferro, né?"],
      ["de", "Der dunkle Stuhl kommt vom Eisen, oder?"],
    ];
    for (const [language, q] of checks) assert.equal(verdict(q, answer[language] ?? "", language), "answered", `${language}: ${q}`);
    const rounds: Array<[string, string]> = [
      ["en", "I just feel worn out by the evening, you know?"],
      ["es", "Es que me canso mucho por la tarde, ¿sabes?"],
      ["pt", "Fico muito cansada no fim do dia, viu?"],
    ];
    for (const [language, q] of rounds) assert.equal(verdict(q, answer[language] ?? "", language), "none", `${language}: ${q}`);
  });

  it("tells resignation ('what can you do?') from asking what to do ('what can I do for the itch?')", () => {
    assert.equal(verdict("What can I do about the itching at night?", ANSWER), "answered");
    assert.equal(verdict("How would I know if the dose is too low now?", ANSWER), "answered");
    assert.equal(verdict("The rain got in again. Oh well, what can you do.", ANSWER), "none");
    assert.equal(verdict("They never tell me anything, so how would I know?", ANSWER), "none");
  });

  it("reads a short fragment closed by '?' as a question in every pack ('And a pint or two at the weekend?')", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "And a pint or two at the weekend?", "A pint or two at the weekend is fine for most people."],
      ["es", "Y una cerveza el fin de semana?", "Una cerveza de vez en cuando no suele ser problema."],
      ["fr", "Et un verre de vin le week-end ?", "Un verre de temps en temps ne pose en général pas de problème."],
      ["pt", "E uma cerveja no fim de semana?", "Uma cerveja de vez em quando não costuma ser problema."],
      ["de", "Und ein Bier am Wochenende?", "Ein Bier ab und zu ist meist kein Problem."],
    ];
    for (const [language, question, answer] of cases) assert.equal(verdict(question, answer, language), "answered", `${language}: ${question}`);
  });

  it("judges a tag question by its stem even when the tag's words look like a question of their own ('..., that's fine, isn't it?')", () => {
    assert.equal(verdict("I took my temperature and it was 37.2, that's fine, isn't it?", "Yes, 37.2 is normal."), "answered");
    // the tag alone does not make a question of someone else's plan
    assert.equal(verdict("Geoffrey will have to drive, won't he?", "He will."), "none");
  });

  it("does not count statements that speech-to-text ended with a question mark", () => {
    assert.equal(verdict("I'm just writing all of this on the back of an envelope?", "Good idea."), "none");
    assert.equal(verdict("The scar looks clean, it's not red, and there's nothing coming out of it?", "That all sounds good."), "none");
  });

  it("reads 'quando'/'quand' before a past tense as when something happened, not a question, unless a question mark ends it (pt, fr)", () => {
    assert.equal(verdict("E agora quando fui ao banheiro tinha sangue no papel.", "Obrigada por dizer.", "pt"), "none");
    assert.equal(verdict("Et quand je suis allée aux toilettes il y avait du sang sur le papier.", "Merci de me le dire.", "fr"), "none");
    assert.equal(verdict("Quando começou a dor?", "Pelo que me contou, começou ontem à noite, depois do jantar.", "pt"), "answered");
    assert.equal(verdict("e quando é que posso voltar ao trabalho", "Daqui a duas semanas, se a ferida estiver fechada.", "pt"), "answered");
    assert.equal(verdict("e quando vou de avião tenho de levar a caneta na mala de mão", "Sim, leve a caneta na bagagem de mão.", "pt"), "answered");
    assert.equal(verdict("quand je peux reprendre le sport", "Dans deux semaines, en douceur.", "fr"), "answered");
  });

  it("reads a first-person '?' sentence as a question where yes/no questions are asked by intonation (es, fr, pt), not in English", () => {
    assert.equal(verdict("E o xarope, eu continuo dando à noite?", "Uma colher à noite até acabar o frasco.", "pt"), "answered");
    assert.equal(verdict("Y la crema, me la sigo poniendo igual?", "Dos veces al día hasta la revisión.", "es"), "answered");
    assert.equal(verdict("Et les bas, je les garde la nuit?", "Vous les enlevez pour dormir.", "fr"), "answered");
    assert.equal(verdict("So I'm keeping a little diary of the readings?", "That's a great habit."), "none");
  });

  it("does not count rhetorical tags, confirmations, greetings and lead-ins", () => {
    // checking back what the agent just said confirms it; the same check of something new asks
    const lifting = conversation([["agent", "Until your check-up, no heavy lifting: nothing heavier than a kettle."], ["user", "So no heavy lifting until the check-up, right?"], ["agent", "That's right."]]);
    assert.equal(summarize(lifting).answered_questions.length + summarize(lifting).unanswered_questions.length, 0);
    assert.equal(verdict("So no heavy lifting until the check-up, right?", "That's right, nothing heavier than a kettle until then."), "answered");
    assert.equal(verdict("Well, that's the way it goes, isn't it?", "It can be frustrating."), "none");
    assert.equal(verdict("How are you today?", "I'm well, thank you. What can I help with?"), "none");
    assert.equal(verdict("Can I tell you something that's been on my mind.", "Of course."), "none");
    assert.equal(verdict("Sorry, can you say that again?", "Of course. Take the tablet with food."), "none");
    assert.equal(verdict("What a relief.", "I'm glad."), "none");
  });

  it("treats a checked assumption about something new as a question", () => {
    assert.equal(verdict("my daughter bought me the low sodium salt so thats better right", "Salt substitutes contain potassium, and your handout says to avoid them."), "answered");
  });

  it("treats an elliptical follow-up such as 'True?' as a question", () => {
    assert.equal(verdict("The pharmacist reckons it can make me sleepy. True?", "Yes, drowsiness is a common side effect in the first weeks."), "answered");
  });

  it("does not count a request for a call back as an information question", () => {
    assert.equal(verdict("Can you get the nurse to phone me this afternoon?", "I'll make sure the team sees your request."), "none");
  });

  it("finds a yes/no question that ends an unpunctuated turn, in every pack, and not the same words mid-statement", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "i start the new job on monday with the night shifts does that matter", "Yes. Your instructions say night shifts are fine if you keep the same dose times."],
      ["en", "the skin round the pin looks pink and crusty is it infected", "No. A little crust round the pin is usual; redness spreading outwards would not be."],
      ["es", "y con el jugo de pomelo en el desayuno hay algún problema", "Sí, con esta pastilla conviene evitar el pomelo."],
      ["es", "y cuanto se tarda la herida en cerrar del todo", "Suele tardar unas tres semanas en cerrar."],
      ["es", "tengo dudas cuantas veces al dia tengo que lavar la herida", "Una vez al día con agua y jabón."],
      ["pt", "e o chá de camomila à noite isso faz mal", "Não, o chá de camomila não interfere com este remédio."],
      ["fr", "et pour la piscine avec le pansement faut un certificat", "Non, aucun certificat n'est nécessaire pour la piscine."],
      ["fr", "ça rend pas dépendant ce somnifère", "Non, à cette dose et sur deux semaines, le risque est faible."],
      ["es", "oiga y con la rodilla así puedo subir las escaleras de mi casa o mejor no", "Sí, despacio y apoyándose en el pasamanos."],
      ["es", "y las gotas del oído cuantas veces se las pongo", "Tres veces al día, tres gotas."],
      ["es", "y el caldo de pollo sirve de algo o es puro cuento", "Sí, ayuda a hidratarse, que es lo importante."],
      ["es", "a la nena le puedo dar el jarabe de la tos", "Sí, el de miel a partir del año, en la dosis de la caja."],
    ];
    for (const [language, question, answer] of cases) assert.equal(verdict(question, answer, language), "answered", question);
    assert.equal(verdict("i asked the pharmacist does that matter and she said no so im fine", "Good, thanks for telling me.", "en"), "none");
  });

  it("finds a yes/no question in a turn's last sentence when only that sentence lost its punctuation, and not a punctuated statement", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "Fine thanks, the walk went well. um the scar feels a bit tight when i bend does that matter", "No. A tight feeling over the scar is usual for a few weeks."],
      ["es", "Bien, gracias. y las gotas del oído cuantas veces se las pongo", "Tres veces al día, tres gotas."],
    ];
    for (const [language, question, answer] of cases) assert.equal(verdict(question, answer, language), "answered", question);
    assert.equal(verdict("Fine thanks. I asked the pharmacist does that matter, and she said no.", "Good, thanks for telling me.", "en"), "none");
  });

  it("asks 'por que eu ...?' in Portuguese, and not 'por que eu?' ('why me?') alone", () => {
    assert.equal(verdict("Por que eu tenho de usar a meia elástica o dia todo?", "Porque ajuda o sangue a voltar das pernas.", "pt"), "answered");
    assert.equal(verdict("Meu Deus, por que eu?", "Sinto muito que esteja a passar por isto.", "pt"), "none");
  });

  it("finds any yes/no inversion closing a run-on turn (en), and not a declarative aux after its subject or a modal", () => {
    const reply = "No, that one does not change how your tablets work.";
    for (const question of [
      "my sister gave me some of her herbal sleep drops the lavender ones do they clash with my tablets",
      "i started going to the pool again on tuesdays is that a problem for the scar",
      "the nurse left a spare set of strips in the box can i use those ones",
    ]) assert.equal(verdict(question, reply, "en"), "answered", question);
    for (const statement of [
      "the worst part is that i lie awake half the night",
      "my husband does all the driving now because i cant do it myself",
      "the swelling was bad last week but it is that much better now",
    ]) assert.equal(verdict(statement, "Thanks for telling me.", "en"), "none", statement);
  });

  it("finds 'est-ce que' and the Quebec '-tu' particle anywhere in a French run-on turn, but not 'c'est ce que'", () => {
    const reply = "Oui, c'est tout à fait possible, continuez comme ça.";
    assert.equal(verdict("je fais mes exercices le matin au réveil est-ce que je peux les faire le soir aussi", reply, "fr"), "answered");
    assert.equal(verdict("mon chum prend sa marche tous les jours avec moi c'tu assez pour le cœur", reply, "fr"), "answered");
    assert.equal(verdict("le kiné m'a montré les étirements, c'est ce que je fais chaque matin", "Très bien, continuez.", "fr"), "none");
  });

  it("finds a judgement or an either-or asked at the end of an unpunctuated turn (es, pt), and not a list joined by 'o'/'ou'", () => {
    const cases: Array<[string, string, string]> = [
      ["es", "me tomo la pastilla del colesterol con el jugo de la mañana es malo eso", "No, con jugo de naranja no hay problema."],
      ["es", "la venda elástica me molesta para dormir me la dejo puesta o me la saco", "Puede quitársela de noche y ponérsela al levantarse."],
      ["pt", "a minha vizinha disse para pôr gelo no joelho inchado pode", "Sim, gelo embrulhado num pano, quinze minutos de cada vez."],
      ["pt", "o xarope da tosse tomo antes de deitar ou tem que ser de manhã", "Pode tomar antes de deitar, não há problema."],
    ];
    for (const [language, question, answer] of cases) assert.equal(verdict(question, answer, language), "answered", question);
    assert.equal(verdict("camino dos o tres veces por semana con mi hija", "Muy bien, siga así.", "es"), "none");
    assert.equal(verdict("tomo o remédio de manhã ou à noite conforme o turno do trabalho e está tudo bem", "Ótimo.", "pt"), "none");
  });

  it("reads a bare wh-fragment ending its sentence, and a condition closed by '?', as questions (en)", () => {
    assert.equal(verdict("I read that some painkillers upset the kidneys. Which ones", "Anti-inflammatories such as ibuprofen and naproxen.", "en"), "answered");
    assert.equal(verdict("And if I sleep through the alarm and miss the evening one?", "Take it when you remember, unless it is nearly time for the next.", "en"), "answered");
    assert.equal(verdict("If I feel dizzy I sit down for a minute.", "That is sensible.", "en"), "none");
  });

  it("reads a German verb after an adverb in first position as a statement, after 'und'/'aber' as a question", () => {
    assert.equal(verdict("Dann habe ich es jetzt verstanden. Danke.", "Gern geschehen.", "de"), "none");
    assert.equal(verdict("Jetzt habe ich das Rezept gefunden.", "Sehr gut.", "de"), "none");
    assert.equal(verdict("und darf ich dann wieder duschen", "Ja, ab dem dritten Tag mit Pflaster.", "de"), "answered");
  });

  it("reads German 'was' with any verb as a question when a question mark ends it, also second in a turn", () => {
    const reply = "Grapefruit meiden Sie besser. Den Nierenwert kann ich Ihnen von hier aus leider nicht sagen.";
    const s = summarize(conversation([["agent", "Hallo."], ["user", "Darf ich Grapefruit essen? Und was kam bei meinem letzten Nierenwert heraus?"], ["agent", reply]], "de"));
    assert.match(s.unanswered_questions[0]?.question_text ?? "", /Nierenwert/);
    // without the mark "was" and a verb are a statement ("that is all that came")
    assert.equal(verdict("Das war alles, was kam.", "Gut.", "de"), "none");
  });

  it("finds Spanish questions: ¿...?, accented interrogatives, and unpunctuated speech", () => {
    const respuesta = "Sí, según su hoja puede hacerlo a partir del tercer día, unos veinte minutos cada vez.";
    assert.equal(verdict("¿Puedo ducharme con el apósito?", respuesta, "es"), "answered");
    assert.equal(verdict("Dígame cuánto rato me pongo el hielo", respuesta, "es"), "answered");
    assert.equal(verdict("este pues dónde me pongo la inyección", respuesta, "es"), "answered");
    assert.equal(verdict("quería saber si puedo comer huevo", respuesta, "es"), "answered");
    assert.equal(verdict("y la bolsa la cambio cada día o cada dos días", respuesta, "es"), "answered");
    assert.equal(verdict("Hola, ¿cómo está? Todo bien por aquí.", "Muy bien, gracias.", "es"), "none");
    const soloUnDia = conversation([["agent", "La preparación con líquidos es solo un día, el día antes del examen."], ["user", "Solo un día, ¿cierto?"], ["agent", "Así es."]], "es");
    assert.equal(summarize(soloUnDia).answered_questions.length + summarize(soloUnDia).unanswered_questions.length, 0);
    assert.equal(verdict("Y la dieta líquida es un día nomás, ¿cierto?", "Así es, solo el día antes del examen.", "es"), "answered");
    // "la verdad" is the truth, not the tag "¿verdad?"
    assert.equal(verdict("Ya me aburro en casa, la verdad.", "Es normal tener ganas.", "es"), "none");
  });
});
