/** Spanish safety floor (see en/floor.ts): broad words that send an unjudged present complaint to for_review. */

import type { ConceptRule } from "../types";

export const ES_FLOOR_TERMS: Readonly<Record<string, readonly string[]>> = {
  FLOOR_SIGN: [
    // round 6, from clinical knowledge: a child's drowsiness or behaviour change, colour, and sensation words
    "decaíd*", "dormilón", "dormilona", "somnolient*", "aletargad*", "no quiere jugar", "no quiere comer", "irritable", "no se despierta", "mocos", "moqueo", "amoratad*", "maread*", "entumid*", "hormigueo", "punzada*", "pinchazo*",
    "tos", "toso", "tosiendo", "me desmay*", "desmayo", "me caí", "me cai", "caída", "caidas", "convuls*", "ataque", "temblor*", "tiembl*",
    "confundid*", "desorientad*", "mareo*", "mare*", "vómito*", "vomit*", "devolví", "nause*", "náusea*", "diarrea", "estreñid*", "sangr*",
    "picazón", "comezón", "ronchas", "granos", "moret*", "amarill*", "pálid*", "sudor*", "escalofrío*", "palpitacion*", "borros*", "nublad*",
    "veo doble", "turbi*", "blancuzc*", "espum*", "olor", "pus", "supura", "infección", "infectad*", "hormigueo", "calambre*",
    "agotad*", "no duermo", "sed", "hinchad*", "inflamad*", "tragar", "me atragant*", "me cuesta tragar", "me costaba tragar", "por la nariz", "ardor", "arde", "me duele", "dolor", "molestia*",
  ],
  /** When a complaint began or how often it comes: it is present and has a course. */
  FLOOR_ONSET: ["desde", "ayer", "anoche", "esta mañana", "esta tarde", "esta noche", "hace", "todo el día", "toda la noche", "(dos|tres|cuatro|cinco|unos|varios|#) (días|dias|horas|semanas)", "cada (hora|dos horas|rato|noche)", "(#|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) veces"],
  FLOOR_BODY: ["tobillo*", "pie", "pies", "dedo*", "muñeca*", "codo*", "hombro*", "mano", "manos", "brazo*", "pierna*", "pantorrilla*", "muslo*", "ingle", "labio*", "lengua", "mandíbula", "uña*", "riñón", "riñones", "hígado", "pulmón", "pulmones", "estómago", "panza", "cicatriz", "puntos", "herida", "sonda", "catéter", "drenaje", "orina", "pis", "agua", "bolsa", "herida", "piel", "pecho", "cabeza", "pierna*", "pie", "pies", "ojo", "ojos", "vista", "panza", "barriga", "estómago", "azúcar", "glucosa", "presión", "peso", "rodilla*", "espalda", "cadera*", "cuello", "garganta", "oído*", "oreja*", "nariz", "encías", "encias", "dientes", "muela*", "articulacion*", "articulación", "músculo*", "musculo*", "mano*", "brazo*", "corazón", "corazon"],
  FLOOR_CHANGE: ["cambió", "cambiado", "distint*", "diferente", "raro", "rara", "oscur*", "roj*", "turbi*", "más", "otra vez", "de nuevo", "volvió", "subió", "bajó", "sigue", "espumos*", "menos", "quiet*", "rápido", "acelerad*"],
  FLOOR_MED: ["@MED", "jarabe", "gotas", "crema", "inhalador", "pastilla*", "remedio*", "medicina*", "dosis", "insulina", "inyección", "receta"],
  FLOOR_MED_EVENT: ["dejé", "deje", "dejé de", "suspend*", "olvid*", "se me olvid*", "no me tomé", "no tomé", "me salté", "salté", "se me acab*", "se acab*", "no tengo", "me quedé sin", "doble", "de más", "vencid*", "caducad*", "perdí", "cambié"],
  FLOOR_READING: ["azúcar", "glucosa", "glicemia", "glucemia", "presión", "tensión", "peso", "pesé", "báscula", "temperatura", "termómetro", "pulso", "oxígeno", "saturación", "aparato", "me dio", "me salió", "marcó", "traigo", "resultado*", "nivel", "análisis", "reloj", "laboratorio"],
  FLOOR_DISTRESS: ["desanimad*", "deprimid*", "gris", "asustad*", "angustia*", "ansiedad", "no puedo más", "no aguanto", "desesperad*", "llor*", "estaría mejor", "estarían mejor", "mejor sin mí", "una carga", "desaparecer", "no despertar", "estorbo", "solo estorbo", "el problema", "una molestia", "más fácil para todos", "mas facil para todos", "harta de ser", "harto de ser", "cansada de ser", "cansado de ser", "apagad*", "sin ganas", "con otra persona", "otra mamá", "hacerme daño", "no vale la pena", "bajoneada", "bajoneado", "sin ganas de nada", "decaída", "decaido"],
  FLOOR_CONTACT: ["hablar con", "que me llame", "me llame", "llamarme", "ver al", "ver a la", "comunicarme con", "quiero hablar", "quisiera hablar", "necesito hablar"],
  /** Words a patient uses to bring up a problem of their own (an admission, a mistake, "one more thing"): the framing, not the symptom. */
  FLOOR_DISCLOSE: ["para ser sincer*", "si le soy sincer*", "le confieso", "te confieso", "confieso", "entre nos", "entre nosotros", "me equivoqué", "un error", "metí la pata", "otro problema", "pasó algo"],
  /** Units of a body measure (weight, volume in or out, saturation, temperature): a number with one is a reading. */
  FLOOR_UNIT: ["kilo", "kilos", "kg", "litro", "litros", "ml", "mililitro*", "onza*", "por ciento", "grados", "cc"],
  FLOOR_NUMERAL: ["uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "cien", "ciento", "medio", "coma"],
  /** What a measured value is compared with: its earlier value, its target or the patient's best. */
  FLOOR_BASELINE: ["desde", "(bajó|bajo|subió|subio|pasó|paso) de", "comparado con", "que antes", "(y|pero) (antes|la otra vez|la vez pasada|en el hospital|al alta) (era|estaba en|pesaba|salió|salio|daba)", "(debería|deberia|tendría que|tendria que) (ser|estar en|dar)", "(el papel|la hoja|la tarjeta|el plan) dice", "mi mejor (es|era|marca)", "lo normal es"],
  /** What names a body measure or a test result, so two numbers compared are a trend in the patient's body. */
  FLOOR_MEASURED: ["@FLOOR_UNIT", "pesa*", "peso", "pesó", "pesé", "pesamos", "pesaron", "báscula", "bascula", "lectura", "nivel", "niveles", "resultado*", "creatinina", "análisis", "analisis", "analítica", "analitica", "medí", "medi", "medido", "medida", "centímetro*", "centimetro*", "cm", "pico flujo", "saturación", "saturacion", "azúcar", "azucar", "glucosa", "presión", "presion", "tensión", "tension"],
  /** Words that open a new topic ("one more thing"): what follows is a concern the patient saved up. */
  FLOOR_NEW_TOPIC: ["otra cosa", "otra cosita", "una cosa más", "por cierto", "ya que estamos"],
};

export const ES_FLOOR_RULES: readonly ConceptRule[] = [
  {
    id: "es.floor.symptom", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@PAIN", "@SWELL", "@VOMIT", "@DIZZY", "@NUMB", "@WEAK", "@FEVER", "@RASH", "@BREATHLESS", "@DISCHARGE", "@FLOOR_SIGN"],
    examples: { match: ["el niño está decaído y no quiere jugar", "tengo una tos que no se me quita", "me siento mareada por las tardes"], noMatch: ["fuimos al mercado el domingo"] },
  },
  {
    id: "es.floor.body_change", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_BODY ~4 @FLOOR_CHANGE", "@FLOOR_CHANGE ~3 @FLOOR_BODY"],
    examples: { match: ["la orina me sale más oscura"], noMatch: ["el coche es diferente"] },
  },
  {
    id: "es.floor.medication", concept: "possible_medication_problem", category: "medication_problem", severity: "high", floor: true, persists: true,
    when: ["@FLOOR_MED_EVENT ~4 @FLOOR_MED", "@FLOOR_MED ~4 @FLOOR_MED_EVENT", "(se me olvidó|olvidé|no le di|no pude) ~1 (darle|dar|tomar|ponerle|ponerme|inyectar*)", "(fecha|caducidad|vencimiento) ~3 (pasó|pasada|vencid*|caducad*)"],
    examples: { match: ["se me acabaron las pastillas el viernes", "dejé el jarabe hace unos días"], noMatch: ["la farmacia estaba llena"] },
  },
  {
    // a medicine started by another prescriber: written by someone else for the patient, so any experiencer
    id: "es.floor.new_prescription", concept: "possible_medication_problem", category: "medication_problem", severity: "high", floor: true,
    experiencer: "any", persists: true,
    when: ["(me recetó|me recetaron|me dio|me dieron|me mandó|me mandaron) ~4 (@FLOOR_MED|antibiótico*|para ~3 días)"],
    examples: { match: ["en la guardia me recetaron un antibiótico para cinco días"], noMatch: ["me dieron las gracias"] },
  },
  {
    id: "es.floor.reading", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_READING ~6 #", "@FLOOR_READING ~4 (ciento*|doscient*|trescient*)"],
    examples: { match: ["el aparato me marcó 170 esta mañana", "la glucosa en ayunas salió en ciento cuarenta"], noMatch: ["caminé 3 cuadras", "la jarra tiene dos litros"] },
  },
  {
    id: "es.floor.distress", concept: "possible_distress", category: "emotional_distress", severity: "high", floor: true,
    questionMeansHypothetical: false, conditionalIsReal: true,
    when: ["(dios|diosito|señor) ~3 (me lleve|me recoja|llevarme|recogerme)", "ganas de morir*", "@FLOOR_DISTRESS"],
    examples: { match: ["le pido a dios que me lleve de una vez", "a veces pienso que estarían mejor sin mí", "ya no puedo más con todo esto"], noMatch: ["el día estuvo soleado"] },
  },
  {
    id: "es.floor.contact", concept: "possible_contact_request", category: "doctor_request", severity: "moderate", floor: true,
    questionMeansHypothetical: false,
    when: ["@WANT ~4 @FLOOR_CONTACT ~3 @CARE_PERSON", "@CARE_PERSON ~4 (@FLOOR_CONTACT|@CONTACT_VERB)", "@WANT ~2 hablar (con|directamente con) ~3 (directamente|en persona|personalmente)", "dígale que me llame"],
    examples: { match: ["quiero hablar con la enfermera en persona", "que la doctora me llame hoy"], noMatch: ["hablé con mi vecina"] },
  },
  {
    // the broadest floor: a body part said with when it began or how often (a present complaint with a course);
    // a medicine with a time is routine (started, picked up), so medicines stay with the event rule above
    id: "es.floor.mention", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_BODY"],
    with: ["@FLOOR_ONSET"],
    examples: { match: ["la rodilla anda rara desde el sábado", "el cuello lo tengo raro desde hace tres días"], noMatch: ["la rodilla está bien"] },
  },
  {
    // the patient announces a problem of their own: whatever words follow, a person should read it
    id: "es.floor.disclosure", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_DISCLOSE", "(tengo que|debo|necesito|quería|olvidé) (decirle|contarle|confesarle|decirte|contarte)"],
    examples: { match: ["le confieso que el martes me tomé dos pastillas", "tengo que contarle algo de la insulina"], noMatch: ["el jardín estaba precioso"] },
  },
  {
    // a number with a unit of a body measure is a reading whatever the measure is called
    id: "es.floor.measure", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["(#|@FLOOR_NUMERAL) @FLOOR_UNIT", "(#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) @FLOOR_UNIT", "(#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) @FLOOR_UNIT"], with: ["@FLOOR_ONSET"],
    examples: { match: ["ayer orinó 3 litros", "desde el lunes bajé dos kilos"], noMatch: ["caminé 3 cuadras", "la jarra tiene dos litros"] },
  },
  {
    // a measure or result that has moved from its earlier value, target or best (see en.floor.trend)
    id: "es.floor.trend", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true, pastIsBaseline: true,
    when: ["(#|@FLOOR_NUMERAL) [y medio] ~6 @FLOOR_BASELINE ~2 (#|@FLOOR_NUMERAL)", "(era|estaba en|pesaba|pesó|peso|salió en|salio en|tenía|tenia) (#|@FLOOR_NUMERAL) [y medio] ~8 (ahora|hoy|esta mañana|y ahora|ya|ahorita) ~3 (#|@FLOOR_NUMERAL)"], with: ["@FLOOR_MEASURED"],
    examples: { match: ["la creatinina me salió en 2,3 y en el hospital estaba en 1,2", "pesaba dieciocho kilos en la consulta y ahora la báscula marca dieciséis", "el tubo que sale mide 12 cm y el papel dice 8"], noMatch: ["ahora tomo 2 pastillas y antes eran 3", "vinieron 4 primos, que antes venían 6"] },
  },
  {
    // a new topic the patient opens in a statement is often the concern they called about
    id: "es.floor.new_topic", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_NEW_TOPIC"], with: ["(@FLOOR_BODY|@FLOOR_MED|@FLOOR_ONSET|@FLOOR_SIGN)"], window: 20,
    examples: { match: ["otra cosa el tobillo está morado desde el lunes"], noMatch: ["el jardín estaba precioso"] },
  },
];
