/**
 * Spanish context cues and measurement words, in the rule language of ../types.ts. Spanish puts
 * negation after the word too ("fiebre no tengo", "dolor de pecho, nada"), which
 * `postNegationCues` covers.
 */

import type { ContextVocabulary, MeasurementVocabulary } from "../types";

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, veinte: 20, veintiuno: 21, veintiun: 21, veintidos: 22, veintitres: 23, veinticuatro: 24,
  veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40,
  cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200,
  trescientos: 300, cuatrocientos: 400, quinientos: 500, seiscientos: 600, setecientos: 700, ochocientos: 800,
  novecientos: 900,
};

export const ES_GAP_BLOCKERS: readonly string[] = ["no", "sin", "ni", "nunca", "tampoco", "nada", "ningún", "ninguna", "ninguno", "jamás", "pero", "aunque", "sino"];

export const ES_CONTEXT: ContextVocabulary = {
  negationCues: ["no", "sin", "ni", "nunca", "tampoco", "nada de", "ningún", "ninguna", "ninguno", "jamás", "niego", "nada"],
  pseudoNegations: ["o no", "(hacer|hago|haciendo|hice|haré|hare) nada", 
    // una petición en negativo: "¿no puedo hablar con una persona?", "¿no me puede llamar la doctora?"
    "no (me )?(puedo|podría|podria|puede|podrían|podrian|se puede) ~2 (hablar|llamar|comunicar|pasar) (con|a|me|al)",
    "no (sé si|estoy segura|estoy seguro|solo|sólo|solamente|nada más|me extraña)", "sin duda", "no (me|se|se me|me lo|se lo)? ~1 (quita|quitan|calma|calman|hace|hacen|ayuda|ayudan|baja|para|paran|pasa|va|detiene|mejora|cede)",
    "(nada|ninguna) (me )?(quita|calma|ayuda|funciona|sirve)", "no (puedo|pude|podía) (parar|dejar de)", "no (me )?siento (bien|nada bien)",
    "no (estoy|ando) bien", "no con (otra|otro|un|una|el|la|esta|este|ninguna|ningún|nadie|máquinas|robots)", "ni (me )?(hable|hables|digas)", "no sé qué", "no sé cómo",
    // "bueno, nada, que me volví a caer": a filler that opens a story
    "(bueno|pues|total) nada",
  ],
  postNegationCues: ["no", "nada", "ninguno", "ninguna", "tampoco", "para nada", "no tengo", "no he tenido", "no hay", "no noto", "no siento"],
  postNegationReach: 2,
  listDenialCues: ["nada", "nada de eso", "nada de nada", "ninguno", "ninguna", "ninguno de los dos", "tampoco", "no", "para nada"],
  conditionalCues: ["si", "y si", "qué pasa si", "por si", "en caso de", "en caso de que", "si alguna vez", "cuando (me )?(empiece|tenga|dé|pase|vuelva|salga)"],
  clauseThen: ["entonces", "luego"],
  terminators: ["pero", "aunque", "excepto", "salvo", "menos", "sino", "mas", "solo que", "eso sí", "ahora", "todavía", "igual", "en cambio", "porque", "ya que"],
  listJoiners: ["y", "o", "ni", "e", "u"],
  disjunctiveJoiners: ["o", "u", "ni"],
  hypotheticalCues: [
    "podría", "puede (dar|causar|provocar)", "pueden (dar|causar|provocar)", "me da miedo", "miedo (de|a|que)", "temo", "por las dudas",
    "signos de", "síntomas de", "señales de", "vigilar", "prevenir", "evitar", "algún día", "es normal (que|tener)", "cómo sé (si)?", "qué hago (si|cuando)",
    "cuándo (debo|tengo que) (llamar|ir|preocuparme)", "me preocupa (que)?", "riesgo de", "posible", "en el futuro",
    "(puedo|puede|podemos|debo|debe|podría|tengo que|le puedo|se puede) (tomar|tomarme|darle|dar|usar|dejar|saltarme|subir|bajar|doblar|ponerle|ponerme)",
  ],
  accentedNonCues: ["sí"],
  hypotheticalExceptions: [
    "(pude|podría|puede) haber", "(acordaba|acordé|acuerdo|recuerdo|recordaba|sabía|sé|saber|pregunto|preguntaba|fijarme|fijo|ver|mirar|seguro de|segura de) si",
    "por si acaso", "si le soy sincero", "si le soy sincera", "como si", "aunque sea", "si no me equivoco", "que si no se me olvida", "si (señor|señora|doctora|doctor)",
    // "sí" whose accent speech-to-text dropped, opening an answer: "y si justamente a la tarde se cayó", "si eso le iba a decir"
    "(y )?si (claro|justamente|precisamente|exacto|exactamente|justo|de hecho|así es|verdad|fíjese|mire|oiga)", "(y )?si eso (le|te|les) (iba|quería) a (decir|contar|comentar)",
    // "si ayer me tomé la presión": speech-to-text drops the accent of "sí" before a past time
    "si (anoche|ayer|antier|anteayer|hoy|esta mañana|esta tarde|esta noche|hace un rato|el domingo|el lunes|el martes|el miércoles|el jueves|el viernes|el sábado) [me|le|nos|se] (puse|pusieron|tomé|medí|dio|subió|fui|tuve|estuve|vi|sentí|desperté|levanté|marcó|vomité|caí)",
    // and before a first-person past with no time word: "si me puse el termómetro y marcó 38,3" (a condition takes the present)
    "si [ya] (me|le|nos) (puse|pusimos|tomé|medí|medimos|revisé|chequé|hice|vi|sentí|desperté|vomité|caí|di)",
  ],
  reportedInformationCues: ["(hoja|folleto|papel|papeles|prospecto|internet|google|instrucciones|etiqueta|vecina|comadre) (dice|decía|menciona|pone|habla de|leí)", "leí (en|que)", "me contaron que", "dicen que"],
  historicalCues: [
    "hace (años|meses|mucho|tiempo|un año)", "el (año|mes|verano|invierno|otoño) pasado", "la primavera pasada", "allá por (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|el verano|la primavera|el otoño|el invierno)", "la semana pasada", "de (niño|niña|pequeño|pequeña|joven|chico|chica)",
    "antes de (la|mi) (operación|cirugía|intervención)", "solía", "en el pasado", "el primer día", "los primeros días", "la primera semana",
    "cuando estaba (ingresado|ingresada|internado|internada)",
  ],
  // the event the care follows: past for that event word only ("after the heart attack")
  indexEventCues: ["(después del|despues del|desde el|tras el|alta ~4 del) (infarto|ictus|derrame|embolia|trombo|coágulo|accidente cerebrovascular)", "(me dio|tuve|le dio|tuvo) (la|el|un|una) (infarto|ictus|derrame|embolia|trombo) ~2 hace ~2 [como|unos|unas] (#|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte) (días|semanas|meses|años)"],
  // someone who took the reading for the patient or lent the device: the measurer, not whose reading it is
  measuredForPatientCues: ["(me|la|lo) (tomó|tomo|midió|mide|checó|chequeó|puso) ~3 (la presión|la tensión|la temperatura|la fiebre|el azúcar|la glucosa|el aparato|el oxímetro)?", "(tiene|compró|me prestó) ~3 (un|una|el|la) ~2 (aparato|aparatito|tensiómetro|termómetro|oxímetro|glucómetro)"],
  // someone who gave the dose: the giver, not whose medicine it is
  givenToSpeakerCues: ["me (dio|dieron|puso|pusieron|inyectó) ~3 (otra|otro|otra vez|de nuevo|doble|dos veces)"],
  givenToSpokenForCues: ["(le|se la|se lo) (dio|dieron|puso|pusieron|inyectó|metió) ~3 (otra|otro|otra vez|de nuevo|doble|dos veces|ml|unidades)"],
  careSettingCues: ["en el hospital"],
  ongoingCues: ["desde", "sigue", "sigo", "todavía", "aún"],
  resolutionCues: [
    "ya se me (pasó|quitó|fue)", "se me (pasó|quitó|fue)", "se (pasó|quitó|fue) (sola|solo)?", "ya (pasó|no (tengo|me|lo|la|siento|noto))",
    "ya (está|estoy|están|anda) (bien|mejor|normal)", "(mucho|bastante) mejor", "desapareció", "se resolvió", "no (ha )?vuelto", "del todo",
    "no me (ha )?vuelto a (pasar|dar)", "(ya|después|al otro día|luego) ~3 (clarita|clara|normal|bien|mejor|limpia|se me quitó)", "duró (solo|unos|un) (segundos|minutos|momento)", "después (se|me) (pasó|calmó|quitó)",
    // stopped on its own, gone from someone, never again: "a los dos minutos paró", "ya se le quitó", "nunca más"
    "(se )?(paró|detuvo|cortó) (sola|solo)?", "ya se (le|les) (pasó|quitó|fue)", "nunca más", "no (ha )?vuelto a (pasar|salir|sangrar)",
  ],
  eventResolutionCues: ["(ya )?(fui a|pasé por) la farmacia", "ya (la|las|lo|los) (compré|conseguí|tengo|recogí)", "(ya )?me (dieron|renovaron) la receta", "volví a (tomarla|tomarlas|tomarlo|ponérmela)", "ya (estoy|ando) tomándola"],
  recencyCues: ["hoy", "anoche", "ayer", "esta (mañana|tarde|noche)", "hace un rato", "hace (una|dos|unas) horas", "ahorita", "ahora mismo"],
  expectedCues: [
    "(es|era|sería|sea) (totalmente|completamente)? normal", "(me|nos) (dijeron|dijo|explicaron|explicó|avisaron|avisó|advirtieron|advirtió) que ~5 (normal|esperable|pasa|pasaría|podía|podría|iba a|es común|suele|puede)", "(me|nos) (había|habían) (dicho|explicado|avisado|advertido) que ~5 (normal|esperable|pasa|pasaría|podía|podría|iba a|es común|suele|puede)",
    "lo esperado", "esperable", "de esperar", "no me preocup*", "por eso no me preocupo", "no es nada", "como (me )?(dijeron|dijo|explicaron)",
    "(un poco|algo|poquito|un poquito|leve|levemente) ~2 (adolorido|adolorida|molesto|molesta|hinchado|hinchada|cansado|cansada|dolor|molestia)",
    "lo de siempre", "como siempre", "normal en mí", "lo normal",
    // the warning already given, in the pluperfect: "la doctora ya me había dicho"
    "ya (me|nos) [lo] (había|habían|habia|habian) (dicho|avisado|advertido|explicado)", "(doctor|doctora|médico|médica|medico|medica|enfermera|enfermero) ya me [lo] (dijo|avisó|aviso|advirtió|advirtio|explicó|explico)",
  ],
  baselineCues: [
    // un hallazgo de siempre, sin cambios: su estado basal, no una señal nueva
    "(ha estado|esta|está|estuvo|lleva|llevo|ha sido) (asi|así|igual) ~3 (hace|desde|años|siempre|toda la vida)",
    "nada nuevo", "no es (nuevo|nada nuevo)", "(es|lo tengo|la tengo|los tengo) de (siempre|toda la vida|hace años)",
  "(las|los|la|lo) de siempre", "desde (los|que tenía|que tenia) (#|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|veinte) años", "desde (chico|chica|niño|niña|joven|pequeño|pequeña|siempre)"],
  thirdPartyNouns: [
    "esposo", "esposa", "marido", "mujer", "pareja", "novio", "novia", "hijo", "hija", "hijos", "hijas", "nene", "nena", "bebé",
    "mamá", "madre", "papá", "padre", "hermano", "hermana", "tío", "tía", "primo", "prima", "abuelo", "abuela", "nieto", "nieta",
    "sobrino", "sobrina", "amigo", "amiga", "vecino", "vecina", "compañero", "compañera", "suegro", "suegra", "cuñado", "cuñada", "cuñao",
    "nuera", "yerno", "jefe", "jefa", "perro", "gato", "familia", "comadre", "compadre", "señora de al lado", "señora", "señor", "viejo", "vieja", "patrona",
  ],
  thirdPartyDeterminers: ["mi", "mis", "su", "sus", "el", "la", "los", "las", "un", "una", "nuestro", "nuestra", "a mi", "a la", "al"],
  thirdPartyPronouns: ["ella"],
  objectPrepositions: ["a", "al", "con", "hacia"],
  childNouns: ["hijo", "hija", "hijos", "hijas", "nene", "nena", "bebé"],
  // a caller who says they call for a relative: that relative is the patient
  carerCallCues: ["(llamo|llamaba|le llamo|le hablo|hablo) ~2 (por|para|de parte de|sobre) (mi|mis) (mamá|mama|madre|papá|papa|padre|esposo|esposa|marido|mujer|abuela|abuelo|hermano|hermana|hijo|hija|suegra|suegro|tía|tío)", "(soy|yo soy) (su|la|el) (hija|hijo|esposa|esposo|nieta|nieto|cuidadora|cuidador|sobrina|sobrino)", "(cuido a|cuidando a|estoy cuidando a) (mi) (mamá|mama|madre|papá|papa|padre|esposo|esposa|marido|abuela|abuelo|hermano|hermana|hijo|hija)", "(habla|le habla|soy|yo soy) (la|el) (esposa|esposo|hija|hijo|mamá|mama|papá|nieta|nieto|hermana|hermano|cuidadora) de", "(cómo sigue|como sigue|cómo está|como esta|cómo se encuentra|cómo ha estado|cómo amaneció) su (mamá|mama|madre|papá|papa|padre|esposo|esposa|marido|abuela|abuelo|hijo|hija)"],
  carerOwnRoleCues: ["(soy|yo soy) (su|la|el) (hija|hijo|esposa|esposo|nieta|nieto|cuidadora|cuidador|sobrina|sobrino)", "(habla|le habla|soy|yo soy) (la|el) (esposa|esposo|hija|hijo|mamá|mama|papá|nieta|nieto|hermana|hermano|cuidadora) de"],
  childCallCues: [
    "(su|tu) (bebé|bebe|nene|nena|guagua|pequeño|pequeña|recién nacido|recién nacida)",
    "(su|tu|el|la) (hijo|hija|niño|niña) ~4 (cómo|está|come|duerme|respira|fiebre|temperatura|medicina|medicamento|dosis|inhalador|convulsi*|síntomas|salud|tratamiento|peso|operación|pañales|tos)",
    "(pediatría|pediatria|pediátrico|pediátrica|infantil) ~3 (clínica|línea|servicio|equipo|consulta|programa|diabetes|asma|epilepsia|unidad|hospital)?",
  ],
  firstPersonCues: ["yo", "me", "mi", "mis", "conmigo", "tengo", "estoy", "siento", "noto", "tuve", "he", "ando"],
  treatmentForCues: ["(para|pa|pal|contra) [la|el|las|los|su|mi|esta|ese|esa]"],
  presentStateCues: [
    "tengo", "estoy", "me (duele|sale|siento|noto|pasa|baja|sube|arde|pica)", "desde", "ahora", "ahorita", "hoy", "anoche", "ayer",
    "esta mañana", "todavía", "sigue", "sigo", "ando",
  ],
  sanctionedChangeCues: [
    "(me )?(dijo|dijeron|indicó|indicaron|mandó|mandaron) (que )?(la|lo|las|los)? ~1 (dejara|suspendiera|parara|tomara|dejar|suspender|bajara|subiera|deje|suspenda|pare|tome|baje|deja)",
    "(porque|como|ya que) (el doctor|la doctora|el médico|la médica|me) ~3 (explicó|dijo|indicó|recomendó|pidió)",
    "como me (dijeron|indicaron|recetaron|dijo)", "(terminé|acabé|completé) (el )?(tratamiento|ciclo)", "antes de la (operación|cirugía|colonoscopia|prueba)",
    "@CLINICIAN ~4 me [la|lo|las|los] (quitó|cambió|bajó|subió|suspendió|redujo|aumentó|retiró|disminuyó)",
    // the clinician after the verb: "me la quitó la reumatóloga"
    "me [la|lo|las|los] (quitó|cambió|bajó|subió|suspendió|redujo|retiró|disminuyó) (el|la) @CLINICIAN",
  ],
  consequenceOpeners: ["(así que|asi que|entonces|por eso)"],
  unsanctionedCues: ["(la mitad|menos|más) de lo que", "en vez de", "en lugar de", "se supone que", "sin (preguntar|avisar|decirle)", "por mi cuenta", "por mi propia cuenta"],
  medicationContext: ["@MED", "tomé", "tomo", "tomar", "puse", "pongo", "inyect*", "dosis", "unidades", "farmacia", "receta", "recetó", "recetado", "recetada", "me mandó", "me recetaron"],
  selfContactCues: ["(déjeme|déjame|deje que|deja que) (llamar|llame|los llame|la llame|lo llame)", "(voy a|iba a|pienso) (llamar|llamarlos|llamarla|pedir)", "(la|lo|los|las) llamo yo", "(ya|yo) (llamé|hablé con|fui a ver)", "(ya|yo|ayer|hoy|anoche|le|les|también|y) llamé (a|al) (la|el|mi)?", "(debo|tengo que|hay que) llamar", "(cuándo|a quién|a qué número) (llamo|debo llamar)", "(le diré|le voy a decir|le pido) a (mi|la|el) ~2 que (llame|pida)", "(me|nos) (dijo|dijeron|pidió|pidieron|indicó|indicaron) ~3 que [les|le|los|la] (llamara|llamase|llame|pidiera|pidiese|pida|hablara|hablase|hable|contactara|escribiera)"],
  contactCues: ["@CARE_PERSON", "@CONTACT_VERB"],
};

export const ES_MEASUREMENTS: MeasurementVocabulary = {
  glucoseContext: ["azúcar", "glucosa", "glucemia", "glicemia", "glucómetro", "sensor", "mg dl", "mmol"],
  temperatureContext: ["temperatura", "fiebre", "grados", "termómetro"],
  bloodPressureContext: ["presión", "tensión", "máxima", "mínima"],
  pulseContext: ["pulso", "pulsaciones", "frecuencia cardiaca", "frecuencia cardíaca", "latidos", "(el|mi|su) corazón (a|en|me va a|me late a|está a|estaba a|va a)", "(reloj|pulsera) ~3 (corazón|pulso|pulsaciones)"],
  oxygenContext: ["oxímetro de pulso", "pulsioxímetro", "saturómetro", "oxígeno", "saturación", "saturo", "saturando", "oxímetro", "saturaba", "(aparato|aparatito|cosito|coso|cosa|ese|eso|esto|clip|pinza|pincita) [de esos|de estos] del dedo"],
  // COPD and its names: the oxygen target is 88-92% (see thresholds.ts)
  lowerOxygenTargetContext: ["epoc", "enfisema", "bronquitis crónica", "enfermedad pulmonar obstructiva"],
  pregnancyContext: ["embarazo", "embarazada", "semanas de embarazo", "matrona", "preeclampsia", "prenatal", "posparto", "postparto", "puerperio", "parto", "cesárea", "dar a luz", "di a luz", "la panza del bebé", "obstetra", "ginecóloga"],
  inrContext: ["inr", "coagulación", "coagulacion", "control del sintrom", "tiempo de protrombina", "i ene erre", "ine erre", "ene erre"],
  lithiumContext: ["litemia", "nivel de litio", "niveles de litio", "litio en sangre", "análisis del litio", "analisis del litio", "el litio salió", "el litio me dio", "el litio está", "el litio esta"],
  nonReadingUnits: ["flecha*", "minuto*", "hora*", "día*", "dia*", "semana*", "mes", "meses", "año*", "ano*", "vez", "veces", "pastilla*", "comprimido*", "paso*", "piso*", "escalón*", "euro*", "peso", "pesos", "dólar*", "kilómetro*", "metro*", "vaso*", "taza*", "unidades", "gramo*", "mg", "ml", "litro*", "nieto*", "hijo*", "cuadra*"],
  weightContext: ["peso", "pesé", "pesaba", "peso", "báscula", "balanza", "kilos", "pesa"],
  weightGainCues: ["subí", "aumenté", "engordé", "gané", "he subido", "he aumentado", "he engordado", "subió", "aumentó", "más"],
  currentTimeCues: ["hoy", "esta mañana", "ahora", "ahorita", "orita", "amanecí", "amaneció", "esta noche"],
  kilogramUnits: ["kilos", "kilo", "kg", "kilogramos"],
  poundUnits: ["libras", "libra"],
  periods: [
    { days: 1, when: ["de un día para otro", "desde ayer", "en un día", "en 24 horas", "desde anoche"] },
    { days: 2, when: ["en dos días", "en 2 días", "desde antier", "desde anteayer"] },
    { days: 3, when: ["en tres días", "en 3 días", "en pocos días", "desde el (lunes|martes|miércoles|jueves|viernes|sábado|domingo)", "estos días", "últimos días"] },
    { days: 7, when: ["en una semana", "esta semana", "desde la semana pasada"] },
    { days: 30, when: ["en un mes", "este mes", "este año", "meses", "desde la operación", "desde navidad", "desde el verano", "desde la primavera", "desde el otoño", "desde el invierno", "desde el año pasado", "desde el mes pasado", "desde que empecé", "desde que empece"] },
  ],
  dayUnits: ["día", "días"],
  weekUnits: ["semana", "semanas"],
  readingLinks: [
    "en", "de", "sale", "salí", "salió", "sale en", "salí en", "salió en", "dio", "me dio", "marcó", "marca", "tengo", "tenía", "estaba",
    "está", "estoy", "tuve", "bajó a", "subió a", "llegó a", "marcaba", "era", "es", "fue", "con",
  ],
  readingFillers: ["unos", "como", "casi", "más de", "alrededor de", "cerca de", "como unos"],
  targetCues: ["objetivo", "meta", "debería", "tiene que estar", "entre", "menos de", "más de", "por debajo", "por encima", "si (baja|sube|está|le)", "cuando (baja|sube)", "normal es", "suele"],
  numberWords: NUMBER_WORDS,
  hundredWords: ["cien", "ciento"],
  thousandWords: ["mil"],
  decimalWords: ["coma", "punto", "con"],
  numberJoiners: ["y"],
  bloodPressureSeparators: ["sobre", "con", "y", "\\/"],
  bloodPressureNamedSeparators: ["de\\s+(?:maxima|alta)\\s+y(?:\\s+(?:de|la))?"],
};

export const ES_DETECTION_WORDS: readonly string[] = [
  "el", "los", "las", "y", "una", "muy", "pero", "usted", "estoy", "tengo", "puedo", "gracias", "bueno", "pues", "hay", "del", "al",
  "tambien", "ahora", "eso", "esto", "cuando", "hace", "tiene", "mucho", "doctora", "senor", "senora", "vale", "ayer", "hoy", "duele",
  "dolor", "ya", "nada", "porque", "entonces", "mire", "oiga", "estaba", "tomo", "pastilla", "pastillas", "como", "donde", "si",
];
