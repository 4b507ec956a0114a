// Long, polite deflections leave the question unanswered, in every pack.
import assert from "node:assert/strict";
import { exchange, summarize, turnsOf } from "./helpers";

/** Each [language, question, reply] exchange lists the question as unanswered and not as answered. */
function assertAllUnanswered(cases: ReadonlyArray<readonly [string, string, string]>): void {
  for (const [language, question, reply] of cases) {
    const summary = summarize(exchange(question, reply, language));
    assert.deepEqual(turnsOf(summary.unanswered_questions), [1], `${language}: ${reply}`);
    assert.deepEqual(turnsOf(summary.answered_questions), [], `${language}: ${reply}`);
  }
}

describe("summarizer: polite long deflections", () => {
  it("lists the question as unanswered when the agent would rather the care team answered", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "How long will I have to stay on the iron tablets?", "That hangs on how your blood count recovers over the spring. I'd rather your haematologist explained it than give you a guess."],
      ["en", "Can I switch to the cheaper brand of my injection?", "Brand changes go through your specialist's office, so I'd leave that one with them rather than weigh in myself."],
      ["es", "¿Puedo tomar un té de valeriana para dormir?", "Las plantas también interactúan con los medicamentos, así que prefiero que lo valore su médica en la próxima visita."],
      ["fr", "Est-ce que je peux reprendre le vélo la semaine prochaine ?", "Je préfère que ce soit votre chirurgien qui vous réponde, il connaît votre genou mieux que moi."],
      ["pt", "Quanto sal eu posso comer por dia?", "Essa quantidade é calculada para cada pessoa, então quem tem que passar esse número é a sua nutricionista da clínica."],
      ["de", "Darf ich nächsten Monat in die Berge fahren?", "Ob das geht, muss Ihre Ärztin anhand der neuen Werte entscheiden. Ich notiere es für den nächsten Termin."],
      ["de", "Wie viele Einheiten Insulin brauche ich abends?", "Die Menge hängt von Ihren Werten und Ihrem Essen ab. Festlegen kann ich das leider nicht, das macht Ihre Diabetologin."],
      // would rather not, depends on what the team finds, saved for the next visit (round 5)
      ["es", "¿Cuántos litros de agua puedo beber?", "Prefiero no darle una cantidad; eso depende de lo que vea su nefróloga en los análisis."],
      ["pt", "Posso voltar a correr no mês que vem?", "Essa decisão é tomada pela sua cardiologista, é um assunto bom pra próxima consulta."],
      ["fr", "Je peux boire un verre de vin ce week-end ?", "Je préfère ne pas vous donner de feu vert, ça dépend de ce que votre médecin verra au bilan."],
      ["de", "Wie lange muss ich die Schiene noch tragen?", "Das hängt davon ab, was der Chirurg beim Röntgen sieht. Das ist eine gute Frage für Ihren nächsten Termin."],
      ["fr", "Est-ce que je pourrai accoucher par voie basse ?", "C'est votre obstétricienne qui le décidera avec vous au fil des consultations ; personne ne peut vous le dire aujourd'hui."],
      ["pt", "Quanto fica a fisioterapia pelo plano?", "Essa parte de valores do plano não passa por mim, a recepção da clínica consegue ver isso."],
      ["es", "¿Y si me sube el azúcar, me pongo más insulina?", "Sobre ponerse dos unidades más, eso no se lo puedo indicar yo; lo decide su endocrinóloga."],
      ["de", "Darf ich zur Hochzeit ein Glas Wein trinken?", "Da bin ich ehrlich gesagt überfragt, das besprechen Sie am besten in der Praxis."],
      ["en", "Will the new pump be quieter than this one?", "That I couldn't tell you, honestly, I wouldn't know the models."],
      ["en", "How many weeks until I can lift the baby?", "That will depend on what your surgeon sees at the wound check, so it's a good one to save for your next visit."],
      ["en", "Why does my friend get tablets when I get injections?", "Each person's treatment is chosen with their own specialist, so I can't really compare your plan with hers. Your consultant would be happy to explain the choice."],
      // the decision or the conversation belongs to the clinician (round 7)
      ["en", "Can I have a glass of wine at my sister's wedding?", "Let's have the nurse go over that with you when she calls, rather than getting into it now."],
      ["es", "¿Puedo tomar la pastilla del colesterol por la noche?", "Es mejor que lo decida su médica de cabecera, que conoce todas sus pastillas."],
      ["fr", "Est-ce que je peux réduire la cortisone moi-même ?", "C'est votre cardiologue qui vous dira comment la diminuer, au bon rythme pour vous."],
      ["pt", "Posso dar o xarope duas vezes por dia?", "Isso só a pediatra pode definir, pelo peso e pela idade da sua filha."],
      ["de", "Soll ich das Cortison einfach absetzen?", "Das kann ich Ihnen am Telefon leider nicht empfehlen oder festlegen, dafür braucht es Ihre Hausärztin."],
    ];
    assertAllUnanswered(cases);
  });

  it("reads a decision named as the clinician's, a question sent on to someone, or the question put in the message as unanswered (round 29)", () => {
    assertAllUnanswered([
      ["en", "Can I drive to my daughter's on Sunday?", "That's really your surgeon's call once the wound is checked."],
      ["en", "Will they lower the water tablet now?", "That'll be up to the heart failure nurse when she rings you back."],
      ["en", "Can I use my old eye drops as well?", "Please ask the pharmacist that when you pick up the new ones."],
      ["en", "Do I keep taking the evening one?", "I've put that question in the message so the doctor can answer it when he calls."],
      ["en", "Can I crush the tablets into yoghurt?", "Some tablets can't be crushed, so go through your list with your pharmacist first."],
      ["es", "¿Puedo volver al gimnasio el lunes?", "Eso prefiero que lo hable con la doctora Ruiz en su próxima revisión."],
      ["pt", "Posso deixar de tomar o comprimido da tensão?", "Isso é algo que só o Dr. Almeida pode decidir, por isso fale com ele esta semana."],
      ["pt", "Quando é que volto a fazer análises?", "Prefiro que seja a sua médica a explicar-lhe esse calendário na consulta."],
      ["fr", "Je peux prendre un anti-inflammatoire pour le dos ?", "Je préfère que vous posiez la question à votre pharmacien, qui connaît tous vos traitements."],
      ["fr", "Je pourrai reprendre le travail quand ?", "C'est le docteur Martin qui vous le dira lors du contrôle."],
      ["de", "Wie viel darf ich am Tag trinken?", "Ihre genaue Trinkmenge legt das Team im Nierenzentrum fest, fragen Sie bitte dort nach."],
      // round 30
      ["en", "Will she need the operation again one day?", "That depends on things only her surgeon can weigh up, so I'd save that question for her next appointment."],
      ["es", "¿Mañana me pongo la dosis de siempre?", "Eso se lo tiene que confirmar hoy la enfermera, porque depende de cómo siga el azúcar."],
    ]);
  });
});

describe("summarizer: an agent that cannot see the record or will not guess", () => {
  // round 6: no access to the patient's record, no way to tell, no guess, whatever follows
  it("lists the question as unanswered in every pack", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "Which day is my scan next month?", "I don't have your bookings open in front of me, so I wouldn't want to guess. The imaging desk keeps the list."],
      ["en", "Has my potassium come back normal?", "I can't see your blood results from this line. The ward will have them."],
      ["es", "¿Qué día me toca la próxima ecografía?", "No tengo acceso a su agenda de citas; se lo dirán en recepción cuando llame."],
      ["fr", "C'est quel jour ma prochaine prise de sang ?", "Je n'ai pas accès à votre dossier d'ici ; le secrétariat vous donnera la date."],
      ["pt", "Quando é a minha próxima consulta de cardiologia?", "Não tenho acesso à sua agenda daqui; a recepção pode confirmar a data quando ligar."],
      ["de", "Wann ist mein nächster Termin zur Blutabnahme?", "Ihre Termine kann ich hier leider nicht einsehen. Das weiß die Anmeldung."],
      // the decision or the conversation belongs to the clinician (round 7)
      ["en", "Can I have a glass of wine at my sister's wedding?", "Let's have the nurse go over that with you when she calls, rather than getting into it now."],
      ["es", "¿Puedo tomar la pastilla del colesterol por la noche?", "Es mejor que lo decida su médica de cabecera, que conoce todas sus pastillas."],
      ["fr", "Est-ce que je peux réduire la cortisone moi-même ?", "C'est votre cardiologue qui vous dira comment la diminuer, au bon rythme pour vous."],
      ["pt", "Posso dar o xarope duas vezes por dia?", "Isso só a pediatra pode definir, pelo peso e pela idade da sua filha."],
      ["de", "Soll ich das Cortison einfach absetzen?", "Das kann ich Ihnen am Telefon leider nicht empfehlen oder festlegen, dafür braucht es Ihre Hausärztin."],
    ];
    assertAllUnanswered(cases);
  });
});

describe("summarizer: a reply that opens with a deflection", () => {
  it("leaves the question unanswered even when later advice shares its words", () => {
    assertAllUnanswered([["en", "When is my next kidney blood test?", "I can't see your appointments from here. For now, the kidney blood test the team asked for this morning is the one that matters."]]);
  });

  it("still counts an answer that comes first and a referral after it", () => {
    const summary = summarize(exchange("How often should I change the dressing?", "Every two days, or sooner if it gets wet. The nurse will check it at your next visit."));
    assert.deepEqual(turnsOf(summary.answered_questions), [1]);
  });
});

describe("summarizer: a patient repeating the agent's question before answering it", () => {
  it("does not list the echo as a question", () => {
    const cases: Array<[string, string]> = [
      ["en", "Swelling? Not at all, my ankles look normal."],
      ["de", "Schwindel? Nein, überhaupt nicht."],
      ["fr", "Des vertiges ? Non, pas du tout."],
    ];
    for (const [language, patient] of cases) {
      const summary = summarize(exchange(patient, "Good, thank you.", language));
      assert.deepEqual(turnsOf([...summary.answered_questions, ...summary.unanswered_questions]), [], `${language}: ${patient}`);
    }
  });
});

describe("summarizer: inviting the agent to go on", () => {
  it("does not read 'sí, dígame' as a question, but reads 'dígame qué…' as one", () => {
    const invite = summarize(exchange("eh sí, sí, dígame, ya estoy en casa", "Perfecto, empecemos.", "es"));
    assert.deepEqual(turnsOf([...invite.answered_questions, ...invite.unanswered_questions]), []);
    const asks = summarize(exchange("Dígame qué hago si se me olvida la pastilla", "Tómela en cuanto se acuerde, salvo que falte poco para la siguiente.", "es"));
    assert.deepEqual(turnsOf([...asks.answered_questions, ...asks.unanswered_questions]), [1]);
  });
});
