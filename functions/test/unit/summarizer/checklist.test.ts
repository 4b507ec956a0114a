// The safety coverage checklist (lexicon/CHECKLIST.md): every category is covered by every
// language pack, and an example of each category, said as a patient would, reaches
// requires_attention through the whole summarizer in each language. The sentences are ours.
import assert from "node:assert/strict";
import { SAFETY_CHECKLIST } from "../../../src/domain/summarizer/lexicon/checklist";
import { READING_RULES } from "../../../src/domain/summarizer/lexicon/thresholds";
import { getPack, supportedLanguages } from "../../../src/domain/summarizer/languages";
import { conversation, summarize } from "./helpers";

type Examples = Readonly<Record<string, string>>;

/** One example per category and language: [agent's previous question (optional), patient turn]. */
const EXAMPLES: Readonly<Record<string, Examples>> = {
  en: {
    cardiac_chest_pain: "Since this morning there's a heavy pressure in the middle of my chest.",
    breathing: "I get so short of breath now just walking to the bathroom.",
    collapse: "I passed out in the kitchen yesterday evening.",
    heart_rhythm: "My heart keeps pounding and skipping beats since lunchtime.",
    blood_pressure: "The machine showed 192 over 118 this morning.",
    fluid_overload: "I weighed 80.2 on Monday and today it's 82.9.",
    stroke_seizure: "My wife noticed the left side of my face drooping at breakfast.",
    severe_headache: "I've got the worst headache of my life, it came on suddenly.",
    confusion: "I keep getting confused about where I am since yesterday.",
    dizziness_balance: "I've been really dizzy all day and nearly fell twice.",
    cauda_equina: "It's gone numb between my legs since this morning.",
    vision: "There's a dark curtain coming down over my operated eye.",
    fever_sepsis: "I took my temperature and it's 38.6, and I'm shivering.",
    wound: "The incision is leaking yellow pus and smells bad.",
    bleeding: "There was bright red blood in my poo this morning.",
    clot: "My calf is swollen, hot and really sore since Tuesday.",
    circulation: "My toes have gone white and cold under the cast.",
    pain: "The pain is unbearable and the painkillers aren't touching it.",
    abdomen_gi: "I can't keep anything down, not even water.",
    urinary: "I haven't been able to pee since last night.",
    glucose: "I had a bad hypo overnight and woke up drenched in sweat.",
    reactions: "My lips and tongue started swelling after the new tablet.",
    falls: "I slipped and fell in the garden and banged my head.",
    implants_devices: "My drain fell out when I turned over in bed.",
    lumps: "The lump in my armpit is getting bigger.",
    respiratory_infection: "My phlegm has gone green and there's more of it.",
    pregnancy: "The baby has hardly moved since yesterday.",
    self_harm: "Some nights I wish I just wouldn't wake up.",
    distress: "Honestly I can't cope any more and I cry every day.",
    unsafe_at_home: "My boyfriend grabbed me by the throat on Friday and I'm scared to go home.",
    medication_events: "I ran out of my water tablets on Friday.",
    contact_request: "Could a nurse ring me back this afternoon, please?",
    swallowing: "Since Monday I keep choking on water and it goes down the wrong way.",
    interactions_levels: "I'm on rivaroxaban and I've been taking ibuprofen for my wrist since Sunday.",
    low_calcium: "My lips have been tingling since this morning and my fingers cramped up.",
  },
  es: {
    cardiac_chest_pain: "Desde esta mañana tengo una opresión en el pecho.",
    breathing: "No puedo respirar bien cuando me acuesto.",
    collapse: "Ayer me desmayé en la cocina.",
    heart_rhythm: "Tengo palpitaciones muy fuertes desde el almuerzo.",
    blood_pressure: "Esta mañana la presión me dio 190 sobre 115.",
    fluid_overload: "Subí dos kilos en tres días.",
    stroke_seizure: "De repente no me salían las palabras y tenía el brazo dormido.",
    severe_headache: "Tengo un dolor de cabeza fortísimo que no se me quita.",
    confusion: "Mi hija dice que estoy muy desorientada desde ayer.",
    dizziness_balance: "Ando muy mareada desde ayer y casi me caigo.",
    cauda_equina: "Tengo dormida la zona de la entrepierna.",
    vision: "Veo como una cortina en el ojo operado.",
    fever_sepsis: "Tengo fiebre de 38,7 y escalofríos.",
    wound: "La herida está roja y le sale pus amarillo.",
    bleeding: "Esta mañana vomité con sangre.",
    clot: "Tengo la pantorrilla dura, caliente y me duele.",
    circulation: "Tengo los dedos del pie blancos y helados bajo el yeso.",
    pain: "El dolor es insoportable y los calmantes no me hacen nada.",
    abdomen_gi: "Llevo vomitando todo el día y no retengo ni el agua.",
    urinary: "No puedo orinar desde anoche.",
    glucose: "Anoche tuve una hipoglucemia fuerte.",
    reactions: "Se me hincharon los labios después de la pastilla.",
    falls: "Me caí en la ducha y me di un golpe en la cabeza.",
    implants_devices: "Se me salió el drenaje en la cama.",
    lumps: "El bulto del cuello está creciendo.",
    respiratory_infection: "La flema me sale verde desde el lunes.",
    pregnancy: "El bebé casi no se mueve desde ayer.",
    self_harm: "A veces quisiera dormirme y no despertar.",
    distress: "Ya no puedo más y lloro todos los días.",
    unsafe_at_home: "Mi pareja me empujó por la escalera y me da miedo volver a casa.",
    medication_events: "Se me acabaron las pastillas de la presión el viernes.",
    contact_request: "Quisiera que la enfermera me llame hoy, por favor.",
    swallowing: "Desde ayer me cuesta tragar y me atraganto con el agua.",
    interactions_levels: "Tomo sintrom y llevo desde el domingo tomando ibuprofeno para la muñeca.",
    low_calcium: "Tengo hormigueo en los labios desde esta mañana.",
  },
  fr: {
    cardiac_chest_pain: "Depuis ce matin j'ai une douleur dans la poitrine qui serre.",
    breathing: "Je n'arrive pas à respirer quand je suis allongée.",
    collapse: "J'ai fait un malaise dans la cuisine hier soir.",
    heart_rhythm: "J'ai des palpitations très fortes depuis midi.",
    blood_pressure: "Ce matin ma tension était à 19 sur 11.",
    fluid_overload: "J'ai pris deux kilos en trois jours.",
    stroke_seizure: "Ma bouche tombe d'un côté et les mots ne sortent pas.",
    severe_headache: "J'ai un mal de tête terrible qui ne passe pas.",
    confusion: "Ma fille trouve que je suis confuse depuis hier.",
    dizziness_balance: "J'ai des vertiges depuis ce matin et j'ai failli tomber.",
    cauda_equina: "J'ai des fourmillements entre les jambes.",
    vision: "Je vois comme un rideau devant l'œil opéré.",
    fever_sepsis: "J'ai de la fièvre à 38,5 et des frissons.",
    wound: "La cicatrice est rouge et il y a du pus qui coule.",
    bleeding: "J'ai craché du sang ce matin.",
    clot: "Mon mollet est dur, chaud et douloureux.",
    circulation: "J'ai les orteils blancs et glacés sous le plâtre.",
    pain: "La douleur est insupportable, le doliprane ne fait rien.",
    abdomen_gi: "Je vomis tout, même l'eau.",
    urinary: "Je n'arrive pas à uriner depuis ce matin.",
    glucose: "J'ai fait une grosse hypo cette nuit.",
    reactions: "Mes lèvres ont gonflé après le cachet.",
    falls: "Je suis tombée dans l'escalier hier.",
    implants_devices: "Mon drain est sorti cette nuit.",
    lumps: "La boule sous le bras grossit.",
    respiratory_infection: "Mes crachats sont devenus verts.",
    pregnancy: "Le bébé bouge beaucoup moins depuis hier.",
    self_harm: "Parfois j'aimerais ne plus me réveiller.",
    distress: "Je n'en peux plus, je pleure tous les jours.",
    unsafe_at_home: "Mon mari m'a frappée hier soir, j'ai peur de rentrer chez moi.",
    medication_events: "Je n'ai plus de comprimés depuis vendredi.",
    contact_request: "J'aimerais que l'infirmière me rappelle aujourd'hui.",
    swallowing: "Depuis hier j'ai du mal à avaler, je fais des fausses routes.",
    interactions_levels: "Je suis sous Xarelto et je prends de l'ibuprofène pour le poignet depuis dimanche.",
    low_calcium: "J'ai des fourmillements autour de la bouche depuis ce matin.",
  },
  pt: {
    cardiac_chest_pain: "Desde cedo estou com uma dor no peito que aperta.",
    breathing: "Não consigo respirar direito quando deito.",
    collapse: "Ontem eu desmaiei na cozinha.",
    heart_rhythm: "Estou com palpitações fortes desde o almoço.",
    blood_pressure: "Hoje cedo a pressão deu 188 por 114.",
    fluid_overload: "Ganhei dois quilos em três dias.",
    stroke_seizure: "A boca entortou de um lado e a fala ficou enrolada.",
    severe_headache: "Estou com uma dor de cabeça fortíssima que não passa.",
    confusion: "Minha filha diz que estou muito confusa desde ontem.",
    dizziness_balance: "Estou com muita tontura desde ontem e quase caí.",
    cauda_equina: "Está dormente entre as pernas desde cedo.",
    vision: "Vejo uma cortina no olho operado.",
    fever_sepsis: "Estou com febre de 38,6 e calafrios.",
    wound: "A ferida está vermelha e saindo pus.",
    bleeding: "Vomitei sangue hoje de manhã.",
    clot: "A panturrilha está dura, quente e doendo.",
    circulation: "Os dedos do pé estão brancos e gelados debaixo do gesso.",
    pain: "A dor está insuportável e o remédio não faz nada.",
    abdomen_gi: "Estou vomitando o dia todo e não paro nem água.",
    urinary: "Não consigo fazer xixi desde ontem à noite.",
    glucose: "Tive uma hipoglicemia forte de madrugada.",
    reactions: "Os lábios incharam depois do comprimido.",
    falls: "Levei um tombo no banheiro e bati a cabeça.",
    implants_devices: "O dreno saiu de noite.",
    lumps: "O caroço no pescoço está crescendo.",
    respiratory_infection: "O catarro ficou verde.",
    pregnancy: "O bebê quase não mexe desde ontem.",
    self_harm: "Às vezes queria dormir e não acordar.",
    distress: "Não aguento mais, choro todo dia.",
    unsafe_at_home: "Meu companheiro me bateu ontem e tenho medo de voltar pra casa.",
    medication_events: "Acabou o remédio da pressão na sexta.",
    contact_request: "Queria que a enfermeira me ligasse hoje.",
    swallowing: "Desde ontem tenho dificuldade para engolir.",
    interactions_levels: "Tomo marevan e estou tomando ibuprofeno pro punho desde domingo.",
    low_calcium: "Estou com formigamento nos lábios desde hoje cedo.",
  },
  de: {
    cardiac_chest_pain: "Seit heute morgen habe ich einen starken Druck auf der Brust.",
    breathing: "Ich krieg im Liegen kaum Luft.",
    collapse: "Ich bin gestern in der Küche umgekippt.",
    heart_rhythm: "Ich habe seit Mittag starkes Herzrasen.",
    blood_pressure: "Heute morgen war der Blutdruck 190 zu 115.",
    fluid_overload: "Ich habe in drei Tagen zwei Kilo zugenommen.",
    stroke_seizure: "Mein Mundwinkel hängt und die Sprache ist ganz verwaschen.",
    severe_headache: "Seit heute morgen habe ich plötzlich Kopfschmerzen, die nicht weggehen.",
    confusion: "Meine Tochter sagt, ich bin seit gestern verwirrt.",
    dizziness_balance: "Mir ist seit heute morgen ständig schwindelig und ich wäre fast hingefallen.",
    cauda_equina: "Ich habe ein Taubheitsgefühl zwischen den Beinen.",
    vision: "Ich sehe einen Schatten vor dem operierten Auge.",
    fever_sepsis: "Ich habe 38,8 Fieber und Schüttelfrost.",
    wound: "Die Narbe ist gerötet und es kommt Eiter raus.",
    bleeding: "Ich habe heute Blut gehustet.",
    clot: "Meine Wade ist hart, heiß und tut weh.",
    circulation: "Meine Zehen sind weiß und eiskalt unter dem Gips.",
    pain: "Die Schmerzen sind unerträglich und die Schmerztabletten helfen nicht.",
    abdomen_gi: "Ich kann nichts bei mir behalten, nicht mal Wasser.",
    urinary: "Ich kann seit heute morgen kein Wasser lassen.",
    glucose: "Ich hatte heute Nacht eine schwere Unterzuckerung.",
    reactions: "Meine Lippen sind nach der Tablette geschwollen.",
    falls: "Ich bin im Bad gestürzt und habe mir den Kopf angeschlagen.",
    implants_devices: "Die Drainage ist nachts rausgerutscht.",
    lumps: "Der Knoten am Hals ist größer geworden.",
    respiratory_infection: "Der Auswurf ist grün geworden.",
    pregnancy: "Das Baby bewegt sich seit gestern kaum.",
    self_harm: "Manchmal wünschte ich, ich würde nicht mehr aufwachen.",
    distress: "Ich kann einfach nicht mehr und weine jeden Tag.",
    unsafe_at_home: "Mein Partner hat mich gestern geschlagen, ich habe Angst, nach Hause zu gehen.",
    medication_events: "Meine Wassertabletten sind seit Freitag alle.",
    contact_request: "Könnte die Ärztin mich heute bitte zurückrufen?",
    swallowing: "Seit gestern kann ich kaum schlucken.",
    interactions_levels: "Ich nehme Marcumar und habe seit Sonntag Ibuprofen gegen die Handgelenksschmerzen genommen.",
    low_calcium: "Meine Lippen kribbeln seit heute Morgen.",
  },
};

/**
 * Mentions that must NOT reach requires_attention: negated before and after the word, someone
 * else's, resolved in the next sentence, hypothetical, a planned change, another sense.
 */
const NOT_FLAGGED: Readonly<Record<string, readonly string[]>> = {
  en: [
    "No chest pain and no fever at all this week.",
    "My husband has had chest pain since Sunday.",
    "I had a nosebleed on Monday. It stopped after ten minutes and hasn't come back.",
    "What should I do if the wound starts bleeding?",
    "The surgeon told me to stop the aspirin before the operation, so I stopped it.",
    "Filling in this insurance form is a real headache.",
    "I'm dying to get back to my golf.",
  ],
  es: [
    "Fiebre no he tenido, y dolor de pecho tampoco.",
    "Mi esposo tiene dolor de pecho desde el domingo.",
    "El lunes me sangró la nariz. Se me pasó a los diez minutos y no ha vuelto.",
    "¿Qué hago si la herida empieza a sangrar?",
    "El doctor me dijo que dejara la aspirina antes de la operación, así que la dejé.",
    "Me muero de ganas de ver a mis nietos.",
  ],
  fr: [
    "Je n'ai pas de fièvre et pas de douleur dans la poitrine.",
    "Mon mari a une douleur dans la poitrine depuis dimanche.",
    "De la fièvre, non, pas du tout.",
    "Qu'est-ce que je fais si la plaie se met à saigner ?",
    "Je meurs d'envie de revoir la mer.",
  ],
  pt: [
    "Febre não tive não, e dor no peito também não.",
    "Meu marido está com dor no peito desde domingo.",
    "O que eu faço se a ferida começar a sangrar?",
    "Estou morrendo de saudade da praia.",
  ],
  de: [
    "Fieber habe ich keins und Brustschmerzen auch nicht.",
    "Mein Mann hat seit Sonntag Schmerzen in der Brust.",
    "Was mache ich, wenn die Wunde anfängt zu bluten?",
    "Ich sterbe vor Hunger.",
  ],
};

const READING_CONCEPTS = new Map<string, string>(Object.values(READING_RULES).map((r) => [r.id, r.concept]));

function conceptsOf(code: string, ruleIds: readonly string[]): string[] {
  const rules = getPack(code).lexicon.rules;
  return ruleIds.map((id) => rules.find((r) => r.id === id)?.concept ?? READING_CONCEPTS.get(id) ?? id);
}

function call(code: string, patient: string) {
  const greeting = { en: "Hello, how are you today?", es: "Hola, ¿cómo está hoy?", fr: "Bonjour, comment allez-vous ?", pt: "Olá, como está hoje?", de: "Guten Tag, wie geht es Ihnen?" }[code] ?? "Hello";
  return summarize(conversation([["agent", greeting], ["user", patient], ["agent", "—"]], code));
}

describe("summarizer: safety checklist", function () {
  this.timeout(30_000);
  const readingConcepts = new Set<string>(READING_CONCEPTS.values());

  it("lists every category once, each with concepts", () => {
    const ids = SAFETY_CHECKLIST.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const category of SAFETY_CHECKLIST) assert.ok(category.concepts.length > 0, category.id);
  });

  for (const code of supportedLanguages()) {
    describe(`${code}`, () => {
      it("covers every category with rules of this pack (and reading thresholds where listed)", () => {
        const concepts = new Set(getPack(code).lexicon.rules.map((r) => r.concept));
        for (const category of SAFETY_CHECKLIST) {
          for (const concept of category.concepts) assert.ok(concepts.has(concept), `${code} has no rule for ${concept} (${category.id})`);
          for (const reading of category.readings ?? []) assert.ok(readingConcepts.has(reading), `no reading rule for ${reading}`);
        }
      });

      for (const category of SAFETY_CHECKLIST) {
        it(`flags ${category.id}: ${category.title}`, () => {
          const example = EXAMPLES[code]?.[category.id];
          assert.ok(example, `no ${code} example for ${category.id}`);
          const s = call(code, example);
          const found = conceptsOf(code, s.requires_attention.map((a) => a.rule_id));
          const wanted = [...category.concepts, ...(category.readings ?? [])];
          assert.ok(found.some((c) => wanted.includes(c)), `${example} -> ${JSON.stringify(found)} (review: ${JSON.stringify(s.for_review.map((r) => [r.rule_id, r.reason]))})`);
        });
      }

      it("keeps negated, someone else's, resolved, hypothetical, planned and idiomatic mentions out of requires_attention", () => {
        for (const sentence of NOT_FLAGGED[code] ?? []) {
          const s = call(code, sentence);
          assert.deepEqual(s.requires_attention.map((a) => a.rule_id), [], sentence);
        }
      });
    });
  }
});
