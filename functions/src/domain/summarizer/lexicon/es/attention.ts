/**
 * Spanish clinical concepts (Spain and Latin America): term classes, concept rules and idioms in
 * the rule language of ../types.ts, one rule per concept of ../CHECKLIST.md. Accents may be
 * written; they are folded away. Verb forms carry clitics as patients say them ("se me olvidó",
 * "me la dejé", "dejé de tomarla"). Examples are ours; the rule's unit test runs them.
 */

import type { ConceptRule, IdiomSpec } from "../types";

export const ES_TERMS: Readonly<Record<string, readonly string[]>> = {
  CANT: ["no puedo", "no podía", "no pude", "no consigo", "no logro", "me cuesta", "me costaba", "apenas", "casi no puedo", "no soy capaz de"],
  // Clinicians and care services who can change a treatment ("la cardióloga me bajó la dosis").
  CLINICIAN: [
    "doctor", "doctora", "dr", "dra", "médico", "médica", "enfermero", "enfermera", "cirujano", "cirujana", "especialista",
    "cardiólogo", "cardióloga", "ginecólogo", "ginecóloga", "neurólogo", "neuróloga", "psiquiatra", "endocrino", "endocrina",
    "nefrólogo", "nefróloga", "reumatólogo", "reumatóloga", "oncólogo", "oncóloga", "pediatra", "neumólogo", "neumóloga",
    "matrona", "partera", "farmacéutico", "farmacéutica", "equipo", "hospital",
  ],
  CARE_PERSON: [
    "doctor", "doctora", "dr", "dra", "médico", "médica", "medicos", "enfermero", "enfermera", "enfermeras", "cirujano", "cirujana",
    "especialista", "alguien", "una persona", "persona", "persona real", "humano", "equipo", "clínica", "consultorio", "consulta",
    "cardiólogo", "cardióloga", "matrona", "partera", "oncólogo", "oncóloga", "farmacéutico", "centro de salud",
  ],
  CHEST: ["pecho", "esternón", "tórax", "torax", "corazón"],
  HEAD: ["cabeza"],
  CALF: ["pantorrilla", "pantorrillas", "gemelo", "gemelos", "chamorro", "canilla", "pierna", "piernas", "muslo"],
  LOWER_LIMB: ["tobillo", "tobillos", "pie", "pies", "pierna", "piernas", "canillas", "empeine"],
  BELLY: ["barriga", "panza", "guata", "estómago", "vientre", "abdomen", "tripa", "costado"],
  FACE_PART: ["cara", "boca", "labio", "párpado", "sonrisa", "mitad de la cara", "lado de la cara", "cachete"],
  AIRWAY_PART: ["labios", "labio", "lengua", "garganta", "cara", "párpados", "boca"],
  WOUND: [
    "herida", "heridas", "cicatriz", "incisión", "corte", "puntos", "grapas", "apósito", "aposito", "gasa", "gasas", "vendaje",
    "venda", "curita", "tirita", "sitio", "zona de la operación", "costura", "injerto", "estoma", "drenaje",
  ],
  PAIN: ["dolor", "dolores", "duele", "duelen", "dolía", "dolió", "molestia", "molestias", "punzada", "punzadas", "ardor", "arde", "quema", "adolorido", "adolorida", "pinchazo", "pinchazos"],
  PRESSURE: ["presión", "opresión", "apretado", "apretada", "aprieta", "apretón", "peso", "pesadez", "tensión", "como una piedra", "un peso"],
  SWELL: ["hinchado", "hinchada", "hinchados", "hinchadas", "hinchazón", "inflamado", "inflamada", "inflamados", "hinchó", "hinché", "se me hincharon", "abultado", "más grande", "gordos", "edema"],
  DISCHARGE: ["pus", "supura*", "sale líquido", "líquido", "secreción", "secreciones", "amarillo", "amarillento", "verde", "verdoso", "mal olor", "huele mal", "huele feo", "apesta", "chorrea", "moja el apósito", "mancha"],
  OPENING: ["abierta", "abrió", "se abrió", "se abrieron", "abrieron", "se han abierto", "separando", "se separó", "se está abriendo", "se soltaron", "se salieron los puntos", "abierto"],
  BREATHE: ["respirar", "respiro", "respiración", "el aire", "aire", "aliento"],
  BREATHLESS: ["falta de aire", "me falta el aire", "me falta aire", "sin aire", "sin aliento", "ahogo", "ahogado", "ahogada", "me ahogo", "fatiga", "fatigado", "fatigada", "disnea", "sofoco", "jadeo", "silbido", "pitos", "respiro mal", "me cuesta respirar"],
  NUMB: ["entumecido", "entumecida", "dormido", "dormida", "adormecido", "adormecida", "hormigueo", "hormiguea", "no siento", "sin sensibilidad", "acalambrado"],
  WEAK: ["débil", "debilidad", "flojo", "floja", "caído", "caída", "torcida", "torcido", "pesado", "pesada", "no responde", "no me responde", "sin fuerza", "paralizado", "paralizada"],
  DIZZY: ["mareo", "mareos", "mareado", "mareada", "vértigo", "vahído", "me da vueltas", "todo da vueltas", "inestable"],
  VOMIT: ["vómito", "vómitos", "vomitar", "vomité", "vomito", "vomitando", "devolver", "devolví", "arcadas", "guacarear"],
  FEVER: ["fiebre", "fiebres", "calentura", "temperatura", "escalofrío", "escalofríos", "tiritando", "tiritera", "sudores", "febril", "destemplado", "destemplada"],
  RASH: ["sarpullido", "erupción", "ronchas", "roncha", "manchas", "urticaria", "ampollas", "granitos", "sarpullidos"],
  MOOD_LOW: ["desanimado", "desanimada", "triste", "decaído", "decaída", "vacío", "vacía", "sin ganas", "deprimido", "deprimida", "hundido", "hundida", "solo", "sola", "mal de ánimo", "bajoneado", "bajoneada"],
  SEVERE: [
    "fuerte", "fuertísimo", "muy fuerte", "muchísimo", "mucho", "terrible", "horrible", "insoportable", "intenso", "intensa",
    "espantoso", "brutal", "tremendo", "tremenda", "no aguanto", "no lo aguanto", "me mata", "peor", "atroz", "bastante",
  ],
  WORSE: ["peor", "empeora", "empeoró", "empeorando", "va a más", "cada vez más", "cada vez peor", "aumenta", "aumentó", "más que antes", "se extiende", "se está extendiendo", "crece", "creciendo", "más grande", "sigue subiendo", "no mejora"],
  NEW: ["nuevo", "nueva", "empezó", "empecé", "empezaron", "apareció", "aparecieron", "desde ayer", "desde anoche", "desde esta mañana", "desde hoy", "hoy", "anoche", "ayer", "esta mañana", "ahora", "ahorita", "desde", "de repente", "primera vez"],
  SUDDEN: ["de repente", "de golpe", "de pronto", "súbito", "súbitamente", "repentino", "repentina", "sin aviso", "de la nada"],
  PERSISTENT: ["no se me quita", "no se quita", "no para", "no se pasa", "sigue", "sigo", "todo el día", "toda la noche", "todos los días", "desde hace", "constante", "continuo", "continua", "sin parar", "hace días", "todavía"],
  AT_REST: ["en reposo", "sentado", "sentada", "acostado", "acostada", "sin hacer nada", "hablando", "al vestirme", "de noche", "por la noche", "me despierta"],
  MED_NOUN: [
    "pastilla", "pastillas", "comprimido", "comprimidos", "píldora", "píldoras", "medicina", "medicinas", "medicamento",
    "medicamentos", "remedio", "remedios", "dosis", "insulina", "inyección", "inyecciones", "pinchazo", "parche", "parches",
    "gotas", "cápsula", "cápsulas", "receta", "recetas", "antibiótico", "antibióticos", "calmante", "calmantes", "analgésico",
    "analgésicos", "jarabe", "inhalador", "puff", "bomba", "pluma", "plumas", "unidades", "bolo", "tratamiento", "diurético",
    "diuréticos", "anticoagulante", "anticoagulantes", "estatina", "estatinas", "antidepresivo", "antidepresivos", "colirio",
    "la del corazón", "la de la presión", "las de la presión", "las del corazón", "la del azúcar", "las del azúcar", "pastillita", "pastillitas",
    "vitamina*", "suplemento*", "ácido fólico", "acido folico", "hierro", "laxante*", "probiótico*",
  ],
  DRUG: [
    "hidroxiurea", "hidroxicarbamida", "metotrexato",
    "warfarina", "sintrom", "acenocumarol", "heparina", "enoxaparina", "clexane", "aspirina", "adiro", "clopidogrel",
    "metformina", "glargina", "lantus", "insulina", "losartán", "enalapril", "ramipril", "amlodipino", "bisoprolol",
    "carvedilol", "furosemida", "seguril", "espironolactona", "digoxina", "amiodarona", "atorvastatina", "simvastatina",
    "levotiroxina", "eutirox", "alopurinol", "colchicina", "prednisona", "omeprazol", "paracetamol", "ibuprofeno",
    "metamizol", "nolotil", "tramadol", "morfina", "sertralina", "fluoxetina", "escitalopram", "apixabán", "eliquis",
    "rivaroxabán", "xarelto", "dabigatrán", "ozempic", "semaglutida", "salbutamol", "ventolin", "amoxicilina",
    "ácido valproico", "valproico", "levetiracetam", "lamotrigina", "lacosamida", "topiramato", "oxcarbazepina", "clonazepam",
    "glibenclamida", "sitagliptina", "empagliflozina", "jardiance", "tamoxifeno", "quimio", "hierro",
  ],
  DRUG_SHAPE: ["*salazina", "*pril", "*sartán", "*sartan", "*olol", "*dipino", "*statina", "*semida", "*xabán", "*xaban", "*parina", "*gliptina", "*gliflozina", "*glutida", "*prazol", "*oxetina", "*azepam", "*zolam", "*mab", "*tinib", "*ciclina", "*cilina", "*floxacino", "*micina", "*azol", "*clovir", "*navir", "*gravir", "*buvir", "*fovir", "*tamivir", "*previr", "*asvir", "*cortina", "*profeno"],
  NSAID: ["ibuprofeno", "naproxeno", "diclofenaco", "voltaren", "dexketoprofeno", "enantyum", "ketorolaco", "celecoxib", "meloxicam", "antiinflamatorio*", "anti inflamatorio*", "*profeno"],
  ANTICOAG: ["warfarina", "sintrom", "acenocumarol", "apixabán", "apixaban", "eliquis", "rivaroxabán", "rivaroxaban", "xarelto", "edoxabán", "dabigatrán", "heparina", "enoxaparina", "clexane", "anticoagulante*", "*xaban", "*xabán"],
  /** Medicines whose blood level is measured: a level that is high or toxic is reported. */
  LEVEL_DRUG: ["litio", "plenur", "digoxina", "tacrolimus", "prograf", "advagraf", "ciclosporina", "sirolimus", "everolimus", "fenitoína", "fenitoina", "valproato", "depakine", "carbamazepina", "tegretol", "fenobarbital", "teofilina", "vancomicina", "gentamicina"],
  /** A quick-relief (rescue) inhaler, by name or by its colour. */
  RELIEVER: ["inhalador", "inhalador azul", "el azul", "salbutamol", "ventolin", "puff", "bomba", "bombita", "rescate", "nebuliza*", "el spray"],
  MED: ["@MED_NOUN", "@DRUG", "@DRUG_SHAPE", "@LEVEL_DRUG"],
  MED_PRONOUN: ["la", "las", "lo", "los", "una", "ninguna", "ninguno", "ella", "ellas"],
  NUM: ["un", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "unos", "unas", "varios", "varias", "medio", "#"],
  CONTACT_VERB: [
    "llame", "llamen", "llamar", "marque", "me marque", "marcarme", "llamara", "llamaran", "llamada", "llame*", "hablar", "hable", "hablara", "conversar", "comunicar*",
    "contactar*", "contacte", "ver", "vea", "me vea", "visita", "cita", "turno", "consulta", "devolver la llamada", "me devuelva",
    "me devuelvan", "me escriba", "me escriban", "me atienda", "me atiendan", "revisar", "revise", "me revise", "páseme", "pásame", "paseme", "pasame", "me pasa con", "me pase con", "me pasas con", "transfiéram*", "transfierame", "transferirme", "me comunica con", "me comuniquen",
    "pasar con", "me podés pasar", "me podes pasar", "me pasás con", "me pasas con",
  ],
  WANT: [
    "quiero", "quisiera", "querría", "puedo", "necesito", "necesitaría", "me gustaría", "prefiero", "podría", "podrían", "puede", "pueden",
    "por favor", "pido", "pedir", "pida", "ojalá", "será posible", "es posible", "hay alguien", "se puede", "me pueden", "me puede",
    "que me", "pásame", "páseme", "comuníqueme", "prefiero", "preferiría", "quisiera que", "sería posible",
    "podés", "podes", "me podés", "me podes",
  ],
};

export const ES_RULES: readonly ConceptRule[] = [
  {
    id: "es.chest_pain", concept: "chest_pain", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(@PAIN|@PRESSURE) ~4 (en|del|de|al|sobre|por) ~1 (el|la|mi)? ~1 @CHEST",
      "(me duele|me aprieta|me oprime|me pesa|me arde|me quema) ~2 (el|la)? ~1 @CHEST",
      "@CHEST ~3 (@PAIN|apretado|apretada|oprimido|me aprieta|me duele|pesado|como una piedra)",
      "(infarto|angina|ataque al corazón|ataque cardíaco)",
      "(elefante|piedra|peso|algo) ~3 (encima|sobre|sentado) ~2 (del|el|mi)? ~1 pecho",
      "(dolor|duele) ~5 (baja|bajaba|corre|va|se va|pasa|se pasa|sube|subía|irradia) ~2 (al|por el|hacia el|a la) ~1 (brazo|mandíbula|quijada|cuello|espalda)",
    ],
    examples: {
      match: ["tengo como un peso en el pecho desde la mañana", "me aprieta el pecho cuando subo la escalera", "el dolor se me va al brazo izquierdo"],
      noMatch: ["me duele la rodilla", "el pecho de pollo a la plancha"],
    },
  },
  {
    id: "es.breathing_severe", concept: "breathlessness", category: "red_flag_symptom", severity: "urgent",
    when: [
      "@CANT ~2 @BREATHE",
      "(dificultad|problemas|trabajo) ~2 (para)? ~1 (respirar|respiro)",
      "(me ahogo|me estoy ahogando|me ahogaba|me asfixio|asfixia)",
      "(labios|uñas|dedos|cara) ~3 (morados|moradas|azules|azulados|azuladas|grises)",
      "(no puedo|me cuesta) (terminar|acabar) ~2 (frase|frases)",
    ],
    examples: { match: ["no puedo respirar bien acostada", "tengo los labios medio morados", "siento que me ahogo"], noMatch: ["respiro bien", "hice los ejercicios de respiración"] },
  },
  {
    id: "es.breathless", concept: "breathlessness", category: "red_flag_symptom", severity: "high",
    when: ["@BREATHLESS", "(respiración|respiro) ~3 (peor|rápida|corta|agitada|con silbido)"],
    qualifiedBy: ["@WORSE", "@NEW", "@SUDDEN", "@AT_REST", "@SEVERE", "@PERSISTENT", "(pocos|unos) pasos", "(no puedo|me cuesta) (caminar|hablar|dormir)", "baño", "cocina", "escalera"],
    examples: { match: ["me falta el aire caminando hasta la cocina", "ando con ahogo hasta sentada"], noMatch: ["respiro bien"] },
  },
  {
    id: "es.orthopnoea", concept: "breathlessness", category: "red_flag_symptom", severity: "high",
    when: [
      "(no puedo|no aguanto) ~2 (acostarme|estar acostado|estar acostada|dormir) ~2 (plano|plana|boca arriba|derecho|derecha|estirado|estirada)",
      "(duermo|dormir|durmiendo|dormí) ~4 (sentado|sentada|en el sillón|en la silla|con almohadas|incorporado|incorporada)",
      "(más|tres|cuatro|varias|otra) (almohadas|almohada)",
      "(me despierto|me desperté|despierto) ~4 (ahogado|ahogada|sin aire|con falta de aire|tosiendo|asfixiado|asfixiada)",
    ],
    examples: { match: ["duermo sentada en el sillón porque acostada me ahogo", "necesito tres almohadas para dormir", "me desperté ahogada a las tres"], noMatch: ["compré almohadas nuevas"] },
  },
  {
    id: "es.syncope", concept: "syncope", category: "red_flag_symptom", severity: "urgent", passingDoesNotResolve: true,
    when: ["(me dio|me dió|tuve|me agarró|me agarro) ~2 (un soponcio|un patatús|un patatus|un vahído|un vahido|un desvanecimiento|un desmayo)", 
      "(me desmayé|me desmayo|desmayo|desmayos|desmayado|desmayada|me desvanecí|perdí el conocimiento|perdí el sentido|me caí redondo|me caí redonda)",
      "(casi|por poco) ~2 (me desmayo|me desmayé|pierdo el conocimiento)",
      "(se me nubló|se me puso negra|se me puso todo negro|todo negro|se me fue la vista|vi todo negro|se me oscureció)",
      "(me fallaron|se me doblaron) (las piernas|las rodillas)",
    ],
    examples: { match: ["ayer me dio un patatús en la calle", "ayer me desmayé en el baño", "casi me desmayo en la fila del banco", "se me puso todo negro y me tuve que sentar"], noMatch: ["me desmayo de risa con ese programa"] },
  },
  {
    id: "es.palpitations", concept: "palpitations", category: "red_flag_symptom", severity: "high",
    when: ["(palpitaciones|taquicardia)", "(corazón) ~3 (acelerado|a mil|muy rápido|se me sale|late fuerte|late muy|salta|da saltos|se para|irregular|desbocado)"],
    examples: { match: ["tengo palpitaciones por la noche", "el corazón se me pone a mil sin motivo"], noMatch: ["de todo corazón se lo agradezco"] },
  },
  {
    id: "es.device_shock", concept: "device_shock", category: "red_flag_symptom", severity: "urgent",
    when: ["(desfibrilador|marcapasos|aparato|dai) ~3 (descarga|descargó|disparó|dio un choque|me dio un golpe)"],
    examples: { match: ["el desfibrilador me dio una descarga anoche"], noMatch: ["cargué el aparato del teléfono"] },
  },
  {
    id: "es.bp_words", concept: "blood_pressure_abnormal", category: "red_flag_symptom", severity: "high",
    when: ["(presión|tensión) ~3 (por las nubes|altísima|muy alta|muy baja|bajísima|disparada|se disparó|se me disparó|se me bajó mucho)"],
    examples: { match: ["la presión se me disparó esta mañana", "tengo la tensión por las nubes"], noMatch: ["hay mucha presión en el trabajo"] },
  },
  {
    id: "es.swelling_legs", concept: "fluid_swelling", category: "red_flag_symptom", severity: "high",
    when: [
      "@LOWER_LIMB ~4 @SWELL",
      "@SWELL ~3 (los|las|mis)? ~1 @LOWER_LIMB",
      "(no me entran|no me caben|no entran|no me cierran|me aprietan) ~3 (zapatos|zapatillas|pantuflas|calcetines|medias|anillos|anillo|pantalones|reloj)",
      "(barriga|panza|abdomen|vientre|guata) ~3 (hinchada|hinchado|inflada|más grande|dura como un tambor|tensa)",
      "(se me queda|queda|quedan) (marcado|marcada|el dedo|la marca|hundido)",
    ],
    qualifiedBy: ["@WORSE", "@NEW", "@SUDDEN", "@SEVERE", "@PERSISTENT", "(una|una sola|solo una) (pierna|pie)", "rodilla", "rodillas", "muslo", "muslos", "@NUM (kilos|kilo|kg|libras)", "no me entran", "no me caben", "me aprietan"],
    examples: { match: ["se me hincharon mucho los tobillos desde el sábado", "ya no me entran los zapatos", "tengo la barriga hinchada y tensa"], noMatch: ["el río estaba hinchado de agua"] },
  },
  {
    id: "es.weight_gain_words", concept: "weight_gain", category: "red_flag_symptom", severity: "high",
    when: [
      "(subí|aumenté|engordé|gané|he subido|he aumentado|he engordado|he ganado|subido|aumentado) ~3 @NUM ~1 (kilos|kilo|kg|libras)",
      "(peso|báscula|balanza|pesa) ~4 (subió|sube|ha subido|ha aumentado|aumentó|se disparó|está subiendo|marca más)",
      "(subí|aumenté|engordé|he subido|he engordado) ~2 (de peso|peso|kilos)",
    ],
    qualifiedBy: ["@SUDDEN", "(en|desde) ~2 (días|día|semana|dos días|tres días)", "de un día para otro", "desde", "ayer", "esta semana", "rápido", "@NUM (kilos|kilo|kg|libras)", "(lunes|martes|miércoles|jueves|viernes|sábado|domingo)"],
    examples: { match: ["subí dos kilos en tres días", "la báscula marca más desde el lunes"], noMatch: ["bajé de peso"] },
  },
  {
    id: "es.stroke", concept: "stroke_signs", category: "red_flag_symptom", severity: "urgent",
    when: ["(me quedé|me quede|se quedó|se quedo) (en blanco|ido|ida|mirando (a la nada|fijo)) ~8 (boca|labios|no me acuerdo|no recuerdo|no respondía|no contestaba|no se acuerda)", "(movía|movia|chasqueaba|masticaba|relamía) ~2 (la boca|los labios)", "(se me durmió|se me durmio|se me adormeció|se me adormecio|tengo dormido|tengo dormida) ~2 (medio cuerpo|la mitad del cuerpo|un lado|todo el lado)", 
      "@FACE_PART ~3 (torcida|torcido|caída|caído|se me cayó|dormida|dormido|entumecida|no la muevo|chueca|chueco)",
      "(se me torció|se me cayó|se me durmió|se me paralizó|se me chueco|se me chueca) ~2 (la|el|mi)? ~1 @FACE_PART",
      "(hablo|hablaba|habla) ~3 (raro|mal|trabado|trabada|arrastrando|enredado|enredada|como borracho|como borracha)",
      "(arrastro|arrastraba|se me traba|se me trababa|se me enredan|se me enredaban|no me salen|no me salían) ~2 (las palabras|la lengua|palabras)",
      "@CANT ~2 hablar !(con)", "@CANT ~2 (mover el brazo|mover la pierna|levantar el brazo|levantar la pierna|encontrar las palabras|decir lo que quiero)",
      "(un lado|lado izquierdo|lado derecho|medio cuerpo|la mitad del cuerpo) ~4 (@WEAK|@NUMB|no responde|no me responde)",
      "(brazo|pierna|mano) ~3 (dormido|dormida|muerto|muerta|sin fuerza|no responde|paralizado|paralizada|se me cayó|no lo siento|no la siento)",
      "(derrame|ictus|embolia|trombosis cerebral|accidente cerebrovascular)",
      "(convulsión|convulsiones|convulsionó|convulsioné|ataque epiléptico|crisis epiléptica|me dio un ataque)",
    ],
    examples: { match: ["se quedó mirando fijo y no contestaba, y después no se acuerda", "dicen que movía la boca como masticando", "se me durmió medio cuerpo de repente", "se me torció la boca de un lado", "de repente no me salían las palabras", "tengo el brazo derecho dormido y sin fuerza"], noMatch: ["me quedé en blanco en el examen de inglés", "la calle está torcida"] },
  },
  {
    id: "es.headache", concept: "severe_headache", category: "red_flag_symptom", severity: "high", pregnancyQualifies: true,
    when: ["(dolor de cabeza|dolores de cabeza|jaqueca|migraña|cefalea)", "(me duele|me estalla|me revienta|me parte|me late) ~1 la cabeza", "cabeza ~3 (estalla|revienta|explota|parte|late)"],
    qualifiedBy: ["@SEVERE", "@WORSE", "@SUDDEN", "@PERSISTENT", "el peor", "vista", "visión", "borroso", "lucecitas", "chispitas", "vómito*", "rigidez", "cuello", "pastilla*", "paracetamol", "ibuprofeno", "y nada", "no se me quita", "desde ayer", "desde anoche", "desde hace"],
    examples: { match: ["tengo un dolor de cabeza fortísimo que no se me quita", "me estalla la cabeza desde ayer"], noMatch: ["soy la cabeza de familia"] },
  },
  {
    id: "es.confusion", concept: "confusion_drowsiness", category: "red_flag_symptom", severity: "high",
    when: ["(confundido|confundida|desorientado|desorientada|perdido|perdida) !(con|sobre|por)", "(no me ubico|no sé dónde estoy|no reconozco)", "(muy dormido|muy dormida|somnoliento|somnolienta|no me puedo despertar|no puedo mantenerme despierto|no puedo mantenerme despierta)", "(veo cosas|oigo voces|alucin*)", "(veo|vi|veía|viendo) ~3 (bichos|bichitos|insectos|arañas|animalitos|gente|personas|cosas) ~4 (caminando|corriendo|en la pared|en el techo|que no (hay|había|están|estaban))"],
    examples: { match: ["mi mamá dice que estoy muy desorientada", "no puedo mantenerme despierta", "anoche vi bichitos caminando en el techo"], noMatch: ["estoy confundida con la dieta", "vi a mis nietos el domingo"] },
  },
  {
    id: "es.saddle", concept: "saddle_numbness", category: "red_flag_symptom", severity: "urgent",
    when: [
      "@NUMB ~6 (entrepierna|genitales|partes íntimas|ahí abajo|trasero|nalgas|periné|zona íntima|entre las piernas)",
      "(entrepierna|genitales|partes íntimas|ahí abajo|entre las piernas|zona íntima) ~4 @NUMB",
      "(no controlo|no puedo controlar|perdí el control de|se me escapa|se me escapó|me hice pipí|me hice encima|me orino encima|me orinó encima) ~2 (la orina|el pis|la vejiga|el intestino|las heces)?",
      "(las dos piernas|ambas piernas) ~3 (débiles|sin fuerza|dormidas|no me responden)",
    ],
    examples: { match: ["tengo dormida la zona de la entrepierna", "se me escapa la orina sin darme cuenta"], noMatch: ["perdí el control remoto"] },
  },
  {
    id: "es.vision", concept: "vision_loss", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(cortina|sombra|velo|mancha negra|mancha oscura|telón|nube) ~5 (en el ojo|en la vista|delante|tapa|me tapa|bajando|sobre el ojo|en el campo)",
      "(veo|lo veo|la veo|se ve|se me ve|todo se ve) ~3 (empañad*|borros*|nublad*|turbi*|opac*|oscur*|como con niebla)",
      "(lagaña|legaña|lagañas|legañas) ~3 (amarill*|verde*)", "ojo ~4 (pus|secreción) ~3 (amarill*|verde*)",
      "(perdí|pierdo|perdiendo|pérdida de) ~2 (la vista|visión|la visión)",
      "(no veo) ~3 (del ojo|con el ojo|nada|de un lado)",
      "(vista|visión) ~4 (nublada|borrosa|oscura|negra|peor|se me nubló|se me oscureció)",
      "(destellos|luces|lucecitas|chispas|chispitas|flashes|relámpagos|puntitos de luz|estrellitas) ~3 (en el ojo|en la vista|veo|de luz)?",
      "(moscas volantes|moscas|puntitos negros|manchitas) ~3 (nuevas|muchas|de repente|más)",
      "(veo doble|visión doble)",
      "(ojo) ~3 (me duele muchísimo|dolor fuerte|dolor horrible|dolor insoportable|me mata)",
    ],
    examples: { match: ["veo como una cortina en el ojo operado", "veo destellos de luz de un lado", "de repente la vista se me nubló"], noMatch: ["corrí la cortina del salón"] },
  },
  {
    id: "es.fever", concept: "fever", category: "red_flag_symptom", severity: "high",
    when: ["(fiebre|calentura|febril|escalofríos|escalofrío|tiritando|tiritera|sudores nocturnos|sudando frío)", "(tengo|tenía|con|subió|me subió) ~2 (temperatura|la temperatura)", "(siento|me da|tengo|con|me dan) ~2 (frío y calor|calor y frío)"],
    examples: { match: ["tengo fiebre y escalofríos desde anoche", "me subió la temperatura en la tarde"], noMatch: ["hace calor y frío en esta casa"] },
  },
  {
    id: "es.wound", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
    when: [
      "@WOUND ~6 (@DISCHARGE|@OPENING|infectada|infectado|roja|rojo|caliente|hinchada|inflamada|enrojecida|supura|supurando|sangra)",
      "@DISCHARGE ~5 (de|en|por|alrededor de) ~3 @WOUND",
      "(rojez|enrojecimiento|lo rojo|la parte roja|rayas rojas|manchas rojas) ~7 (se extiende|crece|avanza|sube|más grande|extendiendo)",
      "(caliente al tacto|está caliente)",
      "(pus|supura*)",
    ],
    examples: { match: ["la herida está roja y le sale un líquido amarillo", "los puntos se abrieron un poco", "lo rojo alrededor de la cicatriz se está extendiendo"], noMatch: ["el corte de pelo me quedó bien"] },
  },
  {
    id: "es.bleeding_heavy", concept: "bleeding", category: "red_flag_symptom", severity: "urgent",
    when: ["(orino|meo|orinando|meando) ~2 sangre", "sangre al (orinar|hacer pis|mear)", 
      "(sangra|sangrando|sangrado|sangre|sangró) ~3 (mucho|muchísimo|no para|sin parar|no se detiene|a chorros|empapa|atraviesa|bastante)",
      "(empapé|empapa|empapando|empapado|empapada|traspasa|traspasó) ~3 (compresas|toallas|apósito|gasa|gasas|venda|sábanas|ropa)",
      "(coágulos|cuajos|cuajarones) ~3 (grandes|enormes|como)",
      "(tosí|toso|tosiendo|vomité|vomito|vomitando|escupo|escupí|escupiendo) ~3 sangre",
      "sangre ~3 (en|al) ~2 (la caca|las heces|las deposiciones|la orina|el pis|el vómito|la saliva|la boca|el inodoro|el papel|papel higiénico)", "sangre al limpiarme",
      "(caca|heces|deposiciones|popó) ~3 (negras|negra|como alquitrán|con sangre)",
      "(orina|pis|pipí) ~5 (roja|con sangre|sanguinolenta|color coca cola|como coca cola|color (de )?cola|color café|oscura como)",
      "(posos de café|como café molido)",
    ],
    examples: { match: ["esta mañana había sangre en el papel al limpiarme", "estoy echando sangre al orinar", "sangra mucho y empapa la gasa", "vomité con sangre esta mañana", "las heces me salen negras"], noMatch: ["me sacaron sangre para el análisis"] },
  },
  {
    id: "es.bleeding_minor", concept: "bleeding_minor", category: "red_flag_symptom", severity: "moderate",
    when: ["(sangrado de nariz|me sangra la nariz|hemorragia nasal|sangran las encías|me sangran las encías|sangrado de encías)", "(moretones|moratones|morados|cardenales|hematomas) ~3 (sin golpe|por todos lados|solos|grandes|enormes|fácil)", "(moretón|moratón|morado|cardenal|hematoma) ~6 (más grande|crece|creciendo|se extiende|se está extendiendo|duro)"],
    qualifiedBy: ["@PERSISTENT", "@SEVERE", "@WORSE", "(minutos|horas|una hora|media hora)", "no para", "todos los días", "enormes", "por todos lados"],
    examples: { match: ["el moretón de la ingle está más grande", "me sangra la nariz todos los días", "me salen moretones por todos lados"], noMatch: ["la nariz me pica"] },
  },
  {
    id: "es.dvt", concept: "leg_clot_signs", category: "red_flag_symptom", severity: "urgent",
    when: [
      "@CALF ~5 (hinchada|hinchado|dura|duro|caliente|roja|rojo|tensa|tenso|como una piedra|me duele|dolor|dolorida|dolorido|más gruesa|más grande)",
      "(dolor|hinchazón|calor) ~3 (en|de) ~2 (la|mi)? ~1 (pantorrilla|gemelo|pantorrillas|gemelos)",
      "(una pierna) ~3 (más grande|más gruesa|más hinchada)",
    ],
    examples: { match: ["tengo la pantorrilla dura y caliente", "una pierna está más gruesa que la otra"], noMatch: ["estiré las piernas"] },
  },
  {
    id: "es.circulation", concept: "poor_circulation", category: "red_flag_symptom", severity: "high",
    when: ["(dedos|pie|mano|pies|manos) ~3 (blancos|blancas|morados|moradas|azules|helados|heladas|fríos y)", "@CANT ~1 (mover|sentir) ~2 (los dedos|el pie|la mano)", "(yeso|férula|vendaje|bota) ~3 (muy apretado|muy apretada|aprieta mucho|me aprieta|se me clava)"],
    examples: { match: ["tengo los dedos del pie blancos y helados", "el yeso me aprieta mucho"], noMatch: ["hace frío afuera"] },
  },
  {
    id: "es.pain_severe", concept: "uncontrolled_pain", category: "red_flag_symptom", severity: "high",
    when: [
      "(dolor|dolores) ~2 (insoportable|horrible|terrible|tremendo|brutal|muy fuerte|fortísimo|espantoso|atroz|intenso)",
      "(no aguanto|no soporto|insoportable) ~2 (el dolor|del dolor)?",
      "(diez de diez|10 de 10|nueve de diez|9 de 10)",
      "(calmantes|analgésicos|pastillas|tramadol|morfina|paracetamol|ibuprofeno) ~3 (no me hacen nada|no hacen nada|no me calman|no funcionan|ya no sirven|no me sirven)",
      "(no puedo) ~2 (dormir|caminar|moverme|apoyar) ~3 (del dolor|por el dolor)",
    ],
    examples: { match: ["el dolor es insoportable de noche", "los calmantes ya no me hacen nada"], noMatch: ["el dolor está mucho mejor"] },
  },
  {
    id: "es.belly", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(vomitar|vomitando|vómitos|vomito|vomité) ~6 (veces (al|por) día|desde (el|la|hace|ayer|anoche))", 
      "(no retengo|no tolero|no me queda|vomito todo|devuelvo todo) ~3 (nada|agua|líquidos|comida|las pastillas)?",
      "(vómitos|vomitando|vomité|vomito) ~4 (todo el día|toda la noche|sin parar|muchas veces|varias veces|desde)",
      "(diarrea|cagadera|descomposición) ~4 (todo el día|sin parar|muchas veces|con sangre|líquida|desde)",
      "(dolor de barriga|dolor de estómago|dolor de panza|dolor abdominal|dolor de guata) ~2 (fuerte|muy fuerte|horrible|insoportable|terrible)",
      "(barriga|panza|abdomen|vientre|estómago) ~2 (dura como|durísima|dura como una tabla|rígida)",
      "(ojos|piel) ~3 (amarillos|amarillas|amarillentos|amarillentas|amarillo|amarilla|amarillento|amarillenta)",
      "amarill* ~2 hasta ~2 (la panza|la barriga|el pecho|las piernas|las piernitas|los pies|el ombligo)",
      "(ictericia)",
      "(no puedo tragar|no puedo beber|no me pasa nada)",
    ],
    examples: { match: ["vuelvo a vomitar como cuatro veces por día", "llevo vomitando todo el día", "no retengo ni el agua", "tengo los ojos amarillos", "la niña está amarilla hasta las piernas", "tengo la piel amarillenta"], noMatch: ["me vomitaron encima en el bus"] },
  },
  {
    id: "es.urine_retention", concept: "urinary_retention_or_output", category: "red_flag_symptom", severity: "urgent",
    when: [
      "@CANT ~2 (orinar|hacer pis|hacer pipí|mear|vaciar la vejiga)",
      "(no he orinado|no orino|no he hecho pis|no hago pis|no he meado) ~3 (desde|en todo el día|nada)?",
      "(bolsa|sonda) ~3 (no se llena|no drena|no sale nada|tapada|bloqueada|se salió)",
      "(sale|salen) ~2 (solo unas gotas|muy poquito|casi nada) ~2 (de orina|de pis)?",
    ],
    examples: { match: ["no puedo orinar desde la mañana", "la bolsa de la sonda no se llena"], noMatch: ["orino bien"] },
  },
  {
    id: "es.urine_infection", concept: "urinary_infection", category: "red_flag_symptom", severity: "moderate",
    when: ["(arde|ardor|quema|duele) ~2 (al orinar|al hacer pis|cuando orino|cuando hago pis)", "(orina|pis) ~3 (turbia|con olor|huele fuerte|oscura)"],
    qualifiedBy: ["@FEVER", "(riñón|riñones|espalda|costado) ~2 (dolor|duele)", "@WORSE", "@SEVERE", "sangre", "@PERSISTENT", "sonda"],
    examples: { match: ["me arde al orinar desde ayer"], noMatch: ["orino mucho de noche"] },
  },
  {
    id: "es.hypo", concept: "hypoglycaemia", category: "red_flag_symptom", severity: "high",
    when: ["(hipoglucemia|hipoglicemia|hipo|bajón de azúcar|bajada de azúcar|azúcar baja|se me bajó el azúcar|me bajó el azúcar)", "(azúcar|glucosa|glucemia) ~3 (se me bajó|bajó mucho|muy baja|bajísima|por los suelos|se desplomó)", "(temblor|temblando|temblorosa|tembloroso) ~3 (sudor|sudando|sudada|sudado)", "(sudando|sudada|sudado) ~3 (temblando|temblor)"],
    examples: { match: ["anoche tuve una hipoglucemia fuerte", "se me bajó el azúcar caminando", "me desperté temblando y sudando"], noMatch: ["compré azúcar en el súper"] },
  },
  // a rescue glucagon given to the patient: a low they could not treat themselves
  {
    id: "es.hypo_rescue", concept: "severe_hypoglycaemia", category: "red_flag_symptom", severity: "high", experiencer: "speaker",
    when: ["(puso|pusieron|dio|dieron|inyectó|inyectaron|tuvo que (poner|dar|inyectar|usar)|tuvieron que (poner|dar|inyectar|usar)|usó|usaron) ~3 (glucagón|glucagon|baqsimi)"],
    examples: { match: ["mi marido me tuvo que poner el glucagón anoche"], noMatch: ["el glucagón está en la nevera"] },
  },
  {
    id: "es.hyper", concept: "hyperglycaemia", category: "red_flag_symptom", severity: "high",
    when: ["(azúcar|glucosa|glucemia) ~3 (por las nubes|altísima|muy alta|no baja|disparada|se disparó)", "(cetonas|cuerpos cetónicos) ~3 (altas|positivas|salieron|moderadas|muchas)", "(tira|tirilla) ~4 (morada|moradas|púrpura|violeta|moderadas)", "(glucómetro|aparato|medidor) ~3 (marca|dice|pone) ~1 (hi|high|alto)"],
    examples: { match: ["la glucosa está por las nubes y no baja", "me salieron cetonas positivas"], noMatch: ["tengo altas expectativas"] },
  },
  {
    id: "es.anaphylaxis", concept: "allergic_reaction", category: "severe_side_effect", severity: "urgent",
    when: ["@AIRWAY_PART ~3 (hinchada|hinchados|hinchadas|hinchado|inflamada|se me cierra|se cierra|cerrando)",
      "(se me hincharon|se me hinchó|se me inflamaron|se me inflamó|se hincharon|se hinchó) ~2 (los|la|el|mi|mis)? ~1 @AIRWAY_PART", "(reacción alérgica|anafilaxia|alergia fuerte)", "(se me cierra|se cierra) ~1 la garganta"],
    examples: { match: ["se me hincharon los labios después de la pastilla", "siento que se me cierra la garganta"], noMatch: ["soy alérgica a los gatos"] },
  },
  {
    id: "es.skin_reaction", concept: "skin_reaction", category: "severe_side_effect", severity: "high",
    when: ["(ronchas|urticaria|sarpullido|erupción|ampollas)", "(manchas|granitos) ~4 (por todo el cuerpo|se extienden|pican|desde que empecé)", "(piel|boca|labios) ~3 (se pela|pelándose|ampollas|llagas)"],
    examples: { match: ["me salieron ronchas por todo el cuerpo", "tengo la piel pelándose en las manos"], noMatch: ["manchas de café en la mesa"] },
  },
  {
    id: "es.side_effect", concept: "side_effect", category: "severe_side_effect", severity: "high",
    when: [
      "(desde que) ~2 (empecé|empece|tomo|estoy tomando|cambié|cambiaron|subieron) ~4 (@MED|la dosis|las nuevas|la nueva)",
      "(efecto secundario|efectos secundarios|reacción)",
      "(@MED) ~4 (me da|me dan|me dio|me está dando|me provoca|me sienta mal|me cae mal) ~3 (mareo|mareos|náuseas|vómitos|diarrea|dolor|sarpullido|picor|tos|sueño)?",
    ],
    qualifiedBy: ["@SEVERE", "@WORSE", "@PERSISTENT", "@SUDDEN", "ronchas", "hinch*", "sangr*", "vómit*", "desmay*", "mareo*", "amarill*", "no puedo", "dejé", "asustada", "asustado", "mal", "dolor*", "músculo*"],
    examples: { match: ["desde que empecé las pastillas nuevas tengo mareos todo el día", "la metformina me sienta mal y vomito"], noMatch: ["tomo las pastillas con la comida"] },
  },
  {
    id: "es.fall", concept: "fall_or_head_injury", category: "red_flag_symptom", severity: "high",
    when: ["(me caí|me he caído|me caigo|tuve una caída|sufrí una caída|me resbalé|me tropecé y me caí|me fui al suelo)", "(me golpeé|me di un golpe|me pegué) ~2 (en)? ~1 la cabeza", "(varias|dos|tres|un par de|unas cuantas) caídas", "no ~2 (pude|podía|pudo|podían|pudimos) (levantar|levantarme|levantarse|levantarlo|levantarla|parar|pararme|pararse) ~3 (suelo|piso)", "(en el suelo|en el piso|tirado|tirada) ~3 (horas|una hora|toda la noche|más de una hora|un buen rato)"],
    examples: { match: ["esta semana tuvo un par de caídas en la cocina", "no me pude levantar del suelo del baño", "estuvo tirada en el piso más de una hora", "me caí en la ducha ayer", "me di un golpe en la cabeza con el armario"], noMatch: ["me cae bien la enfermera", "se me cayó el vaso"] },
  },
  {
    id: "es.joint", concept: "dislocation_or_implant_problem", category: "red_flag_symptom", severity: "urgent",
    when: ["(pierna|pie|cadera|rodilla) ~4 (más corta|torcida hacia|girada|fuera de sitio|se salió)", "(oí|sentí|noté) ~2 (un crujido|un chasquido|un clac|un clic) ~4 (cadera|rodilla|hombro)", "@CANT ~2 (apoyar|apoyar el pie|apoyar la pierna|pisar)"],
    examples: { match: ["la pierna operada se ve más corta", "no puedo apoyar el pie para nada"], noMatch: ["apoyo a mi equipo"] },
  },
  {
    id: "es.tube_stoma", concept: "device_or_stoma_problem", category: "red_flag_symptom", severity: "high",
    when: [
      // high output from a stoma (dehydration risk): the bag emptied many times, or litres
      "(vacié|vacie|vaciar|vaciado|cambié|cambie) ~3 [la] (bolsa) ~4 @NUM (veces)", "(bolsa|estoma|ostomía|ostomia) ~8 (litro*)", "(bolsa) ~3 (se llena) ~3 (cada hora|rapidísimo|muy rápido|enseguida)","(estoma) ~4 (oscuro|morado|negro|sangra|hinchado|hundido)",
      "(se me salió|se salió|se me cayó|se tapó|se me tapó) ~2 (el|la)? ~1 (drenaje|sonda|catéter|tubo|vía|bolsa)", "(drenaje|sonda|catéter|tubo|vía|port) ~3 (se salió|se cayó|se tapó|tapado|bloqueado|se me salió)", "(bolsa) ~4 (no sale nada|vacía desde)"],
    examples: { match: ["he vaciado la bolsa ocho veces desde anoche", "se me salió el drenaje en la cama", "el estoma está morado"], noMatch: ["la bolsa del súper"] },
  },
  {
    // le cuesta tragar, se atraganta con el agua (disfagia nueva)
    id: "es.swallowing", concept: "swallowing_difficulty", category: "red_flag_symptom", severity: "high",
    when: ["(me cuesta|dificultad para|no puedo|problemas para|trabajo para) ~1 tragar", "(me atraganto|se atraganta|me ahogo|atragantándome|atragantandome) ~3 (con)? (el agua|agua|la comida|los líquidos|la sopa|todo)?", "se me va por (otro lado|el otro lado|mal camino)"],
    examples: { match: ["desde el lunes me cuesta tragar y me atraganto con el agua", "el caldo se me va por otro lado"], noMatch: ["trago las pastillas sin problema"] },
  },
  {
    // hormigueo en los labios, mano en garra (calcio bajo después de cirugía de cuello)
    id: "es.low_calcium_signs", concept: "hypocalcaemia_signs", category: "red_flag_symptom", severity: "high",
    when: ["(labios|boca|alrededor de la boca) ~4 (hormigue*|adormecid*|entumid*|cosquill*)", "hormigue* ~4 (labios|alrededor de la boca)", "(mano|manos|dedos) ~4 (en garra|agarrotad*|acalambrad*|calambre*|engarrotad*)"],
    examples: { match: ["tengo hormigueo en los labios desde anoche", "se me puso la mano en garra"], noMatch: ["tengo los labios secos"] },
  },
  {
    // recién nacido demasiado dormido para comer
    id: "es.infant_drowsy", concept: "confusion_drowsiness", category: "red_flag_symptom", severity: "urgent",
    when: ["(muy|tan|demasiado) (dormid*|dormilón|dormilona|adormilad*|somnolient*) ~6 (come|comer|mama|mamar|pecho|biberón|despert*)", "(tan|demasiado) (dormida|dormido|adormilada|adormilado|somnolienta|somnoliento) que", "(difícil|imposible|cuesta) ~2 (despertarla|despertarlo|despertar)", "(solo mama|mama solo|nomás mama) ~3 (minuto|minutos|segundos)", "(muy|toda|todo) (floja|flojo|blandita|blandito)"],
    examples: { match: ["está tan dormida que casi no mama", "solo mama dos minutos y se duerme"], noMatch: ["el bebé duerme bien entre tomas"] },
  },
  {
    id: "es.urine_foamy", concept: "urine_foamy", category: "red_flag_symptom", severity: "high",
    when: ["(orina|pipí|pis|pichi) ~4 (espumosa|con espuma|espuma)", "espuma ~3 (orina|pipí|pis)"],
    examples: { match: ["la orina me sale con mucha espuma"], noMatch: ["la cerveza tiene espuma"] },
  },
  {
    id: "es.fetal_movement", concept: "reduced_fetal_movement", category: "red_flag_symptom", severity: "urgent", experiencer: "any",
    when: ["(bebé|bebe|nena|nene|guagua) ~4 (quieto|quieta|quietito|quietita|muy tranquilo|muy tranquila|no se ha movido|no ha pateado|no se movió|no se movio)", "(bebé|bebe|guagua|niño|niña) ~4 (no se mueve|se mueve menos|no lo siento|no la siento|casi no se mueve|está quieto|está quieta|no patea|patea menos)", "(no siento|no he sentido|casi no siento) ~3 (bebé|patadas|movimientos|que se mueva|moverse)", "(menos|pocos) (movimientos|patadas)", "(bebé|bebe|guagua|niño|niña) ~3 se mueve ~2 (menos|poco|poquito)", "(casi no|no) (la|lo|le) (sentí|siento|he sentido|noto|noté) ~2 (mover|moverse)?"],
    examples: { match: ["la nena está muy quietita desde ayer", "el bebé casi no se mueve desde ayer", "no he sentido patadas hoy", "la niña se mueve bastante menos desde el lunes", "hoy casi no lo sentí en toda la tarde"], noMatch: ["el bebé patea mucho"] },
  },
  {
    // en el embarazo o tras el parto: vista borrosa o con lucecitas, cara o manos hinchadas (preeclampsia)
    id: "es.pregnancy_vision_swelling", concept: "pregnancy_warning_signs", category: "red_flag_symptom", severity: "high", pregnancyQualifies: true,
    when: [
      "(vista|visión|vision|ojos) ~4 (borrosa|borroso|nublada|nublado|rara|raro|turbia|empañada|con manchas|con puntitos)",
      "(veo|viendo|ver|vi|veía) ~2 (lucecitas|luces|puntitos|manchitas|manchas|estrellitas|destellos|chispitas|moscas|rayitas)",
      "(cara|manos|dedos|párpados|parpados) ~4 (hinchada|hinchadas|hinchados|hinchado|inflamada|inflamadas|abotagada|abotagadas)",
      "(anillo|anillos) ~4 no ~2 (sale|salen|entra|entran|cabe|caben)",
    ],
    qualifiedBy: ["@SUDDEN", "@WORSE", "@NEW", "@SEVERE", "hoy", "esta mañana", "de la noche a la mañana"],
    examples: {
      match: ["tengo la vista borrosa desde hoy", "veo lucecitas cuando me levanto", "tengo las manos hinchadas y el anillo no me sale"],
      noMatch: ["la foto salió borrosa", "vimos las estrellas en el campo"],
    },
  },
  {
    id: "es.pregnancy_signs", concept: "pregnancy_warning_signs", category: "red_flag_symptom", severity: "urgent",
    when: ["(rompí aguas|se me rompió la fuente|se rompió la bolsa|me sale líquido)", "(contracciones) ~4 (cada|regulares|seguidas|fuertes)", "(sangrado|sangre|manchado) ~4 (vaginal|por abajo|en la ropa interior|en el calzón|en las bragas)"],
    examples: { match: ["creo que rompí aguas", "tengo sangrado por abajo"], noMatch: ["tomo mucha agua"] },
  },
  {
    id: "es.reliever_overuse", concept: "reliever_overuse", category: "red_flag_symptom", severity: "high",
    when: ["@RELIEVER ~6 @NUM o @NUM (veces|puffs|inhalaciones)", "@RELIEVER ~8 cada (dos|tres|2|3) horas", "(inhalador|salbutamol|ventolin|puff|bomba|rescate|nebuliza*) ~6 @NUM (veces|puffs|inhalaciones)", "(inhalador|salbutamol|ventolin|puff|bomba|rescate) ~6 (cada hora|cada media hora|cada dos horas|todo el día|a cada rato|mucho más|más que nunca|no me hace|no le hace|no dura|no aguanta)"],
    examples: { match: ["el azul lo uso cada dos horas desde anoche", "he usado el salbutamol seis veces hoy", "el inhalador no me hace nada y lo uso cada hora"], noMatch: ["guardo el inhalador en la cartera"] },
  },
  {
    id: "es.child_breathing", concept: "breathlessness", category: "red_flag_symptom", severity: "urgent", experiencer: "any",
    when: ["(costillas|costilla|pecho|panza|cuello) ~3 (se le hunden|se hunden|hundiéndose|se le marcan|tira|tiraje)",
      "(se le hunden|se hunden|se le marcan) ~2 (las)? ~1 (costillas|costilla)", "(respira|respirando) (con|por) (la)? ~1 (panza|guatita|barriga)", "(aleteo nasal|aletea la nariz|nariz aleteando|se le abre la nariz)"],
    examples: { match: ["se le hunden las costillas al respirar", "está respirando con la panza"], noMatch: ["respira por la nariz"] },
  },
  {
    id: "es.stool_count", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(cinco|seis|siete|ocho|nueve|diez|#) ~2 (veces|evacuaciones|deposiciones|cacas) ~8 (líquid*|diarrea|agua|aguad*|suelt*|baño)", "(diarrea|líquid*|aguad*|evacuaciones|deposiciones) ~8 (cinco|seis|siete|ocho|nueve|diez|#) ~1 (veces|evacuaciones|deposiciones)"],
    examples: { match: ["voy al baño siete veces al día, todo líquido", "tengo diarrea unas seis veces al día"], noMatch: ["fui al baño dos veces hoy", "caminé cinco veces alrededor del parque"] },
  },
  {
    id: "es.vomiting_diarrhoea", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(vómito*|vomit*|devolv*) ~8 (diarrea|cagadera|descomposición)", "(diarrea|cagadera|descomposición) ~8 (vómito*|vomit*|devolv*)"],
    examples: { match: ["tengo vómitos y diarrea desde anoche"], noMatch: ["sin vómitos ni diarrea"] },
  },
  {
    id: "es.spreading_past_mark", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
    when: ["(pasó|pasa|pasando|salió|sale|se sale|se salió) ~2 (de la|del) (línea|raya|marca|borde|contorno)", "(más allá|fuera) (de la|del) (línea|raya|marca)"],
    examples: { match: ["lo rojo ya pasó de la raya que marcó el doctor"], noMatch: ["hice la fila"] },
  },
  {
    id: "es.dizziness", concept: "dizziness_or_balance", category: "red_flag_symptom", severity: "high",
    when: ["@DIZZY", "(tambaleo|me tambaleo|como borracho|como borracha|no puedo caminar derecho|me voy de lado|pierdo el equilibrio)"],
    qualifiedBy: ["@WORSE", "@NEW", "@SUDDEN", "@SEVERE", "@PERSISTENT", "caí*", "caer*", "caigo", "desmay*", "negro", "al levantarme", "no me puedo parar"],
    examples: { match: ["ando muy mareada desde ayer", "me tambaleo como borracho al caminar"], noMatch: ["camino bien"] },
  },
  {
    id: "es.sputum", concept: "sputum_change", category: "red_flag_symptom", severity: "high",
    when: ["(flema|flemas|gargajo|gargajos|esputo|mocos|lo que saco al toser) ~5 (verde*|amarill*|café|marrón|oscur*|con sangre|más espes*)"],
    examples: { match: ["la flema me sale verde desde el lunes"], noMatch: ["me gusta el té verde"] },
  },
  {
    id: "es.growing_lump", concept: "growing_lump", category: "red_flag_symptom", severity: "high",
    when: ["(bulto|bolita|bultito|chichón|masa) ~6 (crece|creciendo|más grande|nuevo|nueva|duro|dura)", "(me salió|me encontré|noté|tengo) ~2 (un|una)? ~1 (bulto|bolita|bultito) ~3 (nuevo|nueva)?"],
    examples: { match: ["el bulto del cuello está creciendo", "me encontré una bolita nueva en la axila"], noMatch: ["un bulto de ropa"] },
  },
  // the patient hurt, threatened or afraid of someone at home
  {
    id: "es.unsafe_at_home", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["(miedo|me da miedo|tengo miedo) ~2 (estar|volver|quedarme|ir) (en|a) [la|mi] casa", "miedo (a|de) (él|mi pareja|mi marido|mi esposo|mi novio|mi mujer|mi esposa|mi hijo|mi padre)", "no me siento (segura|seguro) ~2 (en casa|con él|con ella)", "miedo ~3 por mí", "(cuchillo|cuchillos|navaja|arma|pistola) ~5 (desapareció|desaparecieron|falta|escondió|escondido|escondida|no aparece|se llevó)", "(desapareció|falta|escondió|se llevó) ~3 (el cuchillo|los cuchillos|la navaja|el arma|la pistola)"],
    examples: { match: ["tengo miedo por mí y por los niños", "el cuchillo del asado no aparece", "me da miedo volver a casa", "no me siento segura en casa", "me da miedo estar en la casa con él"], noMatch: ["me da miedo la aguja"] },
  },
  {
    // a danger in the home (una llama cerca del oxígeno, la cocina olvidada encendida, una persona confundida que sale de noche)
    id: "es.unsafe_at_home.hazard", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: [
      "(fuma|fuman|sigue fumando|se pone a fumar|prende un cigarro|prende un cigarrillo|vela|velas|hornalla|fogón|estufa de gas) ~8 (oxígeno|concentrador|tanque de oxígeno|bombona de oxígeno|cánula)",
      "(oxígeno|concentrador|tanque de oxígeno|bombona de oxígeno|cánula) ~8 (fuma|fuman|sigue fumando|se pone a fumar|prende un cigarro|prende un cigarrillo|vela|velas|hornalla|fogón|estufa de gas)",
      "(deja|dejó|dejaba|olvida|olvidó|se olvida|se olvidó) ~3 (el gas|la hornalla|el fuego|la cocina|el horno|la estufa|las hornallas) (prendido|prendida|encendido|encendida|abierto|abierta|prendidas)",
      "(encontraron|encontré|encontramos|encontró|andaba|anda|salió|sale|se fue) ~8 (en pijama|en piyama|en camisón|en bata|a las (dos|tres|cuatro|cinco|#) de la (mañana|madrugada)|de madrugada|en plena noche|a medianoche)",
    ],
    examples: { match: ["mi marido sigue fumando en la pieza donde tengo el oxígeno", "ya van dos veces que deja el gas prendido sin nada encima", "lo encontraron caminando por la calle en pijama"], noMatch: ["dejé de fumar mucho antes del oxígeno", "salimos a caminar a la mañana"] },
  },
  {
    id: "es.unsafe_at_home.violence", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["me (pegó|pega|pegaba|empujó|empuja|golpeó|golpea|amenazó|amenaza|ahorcó|zarandeó|agarró del cuello|tiró del pelo|aventó|avienta|aventaba|tiró contra|jaloneó|jalonea)"],
    with: ["(ella|pareja|marido|esposo|novio|mujer|esposa|hijo|hija|padre|madre|ex|yerno|nuera|suegro|suegra|cuñado|cuñada|nieto|nieta|hermano|hermana|papá|mamá)"],
    window: 8,
    examples: { match: ["anoche mi marido me empujó contra la puerta", "mi yerno me aventó contra el ropero"], noMatch: ["el perro me empujó al pasar"] },
  },
  {
    id: "es.self_harm", concept: "suicidal_or_self_harm", category: "emotional_distress", severity: "urgent", conditionalIsReal: true, experiencer: "speaker", questionMeansHypothetical: false,
    when: ["(pensé|pense|pienso|pensando|ganas) ~8 (para|pa) (acabar|terminar) con (esto|todo) de una vez", "(ponerme|tomarme|inyectarme|me tomé|me puse) ~3 (la pluma entera|el frasco entero|la caja entera|todas las pastillas|todo) de una vez", 
      // no wish to live, a wish to be dead
      "(no tengo|sin|se me quitaron|perdí|perdi|ya no tengo) ~2 ganas de vivir", "ganas de (morirme|morir|desaparecer)", "(cansado|cansada|harto|harta) de vivir", "(no vale la pena|para qué|para que) (vivir|seguir viviendo)",
      "(matarme|suicidarme|quitarme la vida|hacerme daño|lastimarme|cortarme|acabar con todo|acabar con mi vida|terminar con todo)",
      "(suicid*)",
      "(quiero|quisiera|ojalá|preferiría|me gustaría) ~2 (morirme|morir|estar muerto|estar muerta|desaparecer|no despertar|no despertarme|dormirme y no despertar)",
      "(no quiero) ~1 (vivir|seguir|despertar|despertarme|estar aquí|seguir aquí|seguir viviendo)",
      "(mejor|estarían mejor|estaría mejor) ~3 (sin mí|muerto|muerta|si no estuviera|si yo no estuviera)",
      "(no tiene sentido|no le veo sentido|no vale la pena) ~2 (vivir|seguir|la vida|nada)",
      "(pienso|pensado|pensamientos) ~3 (en morir|en la muerte|en matarme|en hacerme daño|en no estar)",
      "(hacerle daño|hacer daño) ~2 (al bebé|a mi bebé|a los niños)",
      "si (yo)? no (estuviera|existiera|estuviese)", "si (yo)? (desapareciera|me muriera|me fuera para siempre)",
      "(dormirme|dormir) y (no|ya no) (despertar|despertarme)", "(no despertar|no despertarme) ~2 (más|nunca)",
      // better not to be, with the infinitive: "sería más fácil no despertarme"
      "(sería|seria|es|era) (mejor|más fácil|mas facil|más sencillo) ~1 (no despertar|no despertarme|no estar|no existir|morirme|desaparecer|no haber nacido)",
    ],
    examples: { match: ["hay días que pienso en tomarme la caja entera de una vez", "ya no tengo ganas de vivir", "a veces quisiera dormirme y no despertar", "mis hijos estarían mejor sin mí", "he tenido pensamientos de hacerme daño", "a veces creo que sería más fácil no despertarme"], noMatch: ["quiero acabar con esto de una vez y operarme ya", "me muero de ganas de ver a mis nietos"] },
  },
  {
    id: "es.hopeless", concept: "emotional_distress", category: "emotional_distress", severity: "high", experiencer: "speaker", questionMeansHypothetical: false,
    when: [
      "(para qué|pa qué) ~3 (seguir|sigo|me cuido|hacer nada|tanto esfuerzo|luchar)",
      "(no puedo más|ya no puedo más|no aguanto más|no doy más|estoy al límite|me estoy derrumbando)", "(ya no|no) puedo con (esto|todo|esta situación|la vida|mi vida)", "(me supera|me está superando|me sobrepasa) (todo|esto)",
      "(sin esperanza|desesperada|desesperado|desesperanza|no tengo esperanza|perdí la esperanza)",
      "(una carga|un estorbo) ~2 (para)?",
      "(estaría|estarían) ~2 mejor ~4 (sin mí|con otra persona|con otra mamá|con otro papá|con alguien más|con alguien que)",
      "(solo|nomás|sólo) (estorbo|molesto|doy lata)",
      "(lloro|llorando|lloré) ~3 (todo el día|todos los días|sin parar|sin motivo|a cada rato)",
      "(me siento|estoy|ando) ~2 @MOOD_LOW ~3 (todo el tiempo|todos los días|desde hace|siempre|semanas)",
      "(deprimido|deprimida|depresión)",
      "(ataques de pánico|ataque de pánico|crisis de ansiedad)",
      "(a nadie le importa|nadie me extrañaría|nadie se daría cuenta)",
      "(no duermo|no he dormido|no como|no he comido) ~3 (hace días|desde hace|nada)",
    ],
    examples: { match: ["ya no puedo con esto, de verdad", "ya no puedo más con todo esto", "me siento una carga para mi familia", "lloro todos los días sin motivo", "mi hijo estaría mejor con otra persona que sepa cuidarlo"], noMatch: ["para qué sirve la pastilla azul", "estaría mejor con otra pastilla"] },
  },
  {
    // un antiinflamatorio sin receta junto con anticoagulante, riñón o corazón débil, litio, corticoides, embarazo
    id: "es.nsaid_interaction", concept: "drug_interaction", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true, qualifiedInHistory: true,
    when: ["(tomo|tomé|tome|tomando|he tomado|estoy tomando|empecé|empece|compré|compre|me tomé|me tome) ~4 @NSAID", "@NSAID ~5 (todos los días|al día|cada|desde|toda la semana|dos veces|tres veces|para (el|la|mi|un|una))"],
    qualifiedBy: ["@ANTICOAG", "riñón", "riñones", "rinon", "rinones", "renal", "diálisis", "dialisis", "insuficiencia cardiaca", "insuficiencia cardíaca", "litio", "metotrexato", "prednisona", "corticoide*", "úlcera*", "ulcera*", "trasplante", "tacrolimus", "ciclosporina", "diurético*", "furosemida", "embarazo", "embarazada"],
    window: 30,
    examples: { match: ["tomo sintrom y me estoy tomando ibuprofeno para la rodilla", "llevo con el naproxeno desde el lunes, y con mis riñones"], noMatch: ["el ibuprofeno está en el armario"] },
  },
  {
    // un nivel de fármaco en sangre alto o tóxico (litio, digoxina, tacrolimus...)
    id: "es.drug_level", concept: "drug_level_out_of_range", category: "medication_problem", severity: "high", persists: true,
    when: [
      "(nivel|niveles) ~3 (@MED) ~4 (alto|altos|alta|muy alto|tóxico|toxico|elevado|elevados|por encima|fuera de rango)",
      "(@MED) ~3 (nivel|niveles) ~4 (alto|altos|tóxico|toxico|elevado|elevados|por encima)",
      "(intoxicación|intoxicacion|toxicidad) ~3 (@MED)",
    ],
    needsMedicationContext: true,
    examples: { match: ["me llamaron del laboratorio, el nivel de litio salió alto", "creen que es intoxicación por digoxina"], noMatch: ["tengo el nivel de energía alto"] },
  },
  {
    // oxígeno en casa subido por el propio paciente: necesitar más oxígeno es la señal de alarma
    id: "es.oxygen_self_adjusted", concept: "oxygen_need_rising", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(subí|subi|aumenté|aumente|puse|le subí|le subi) ~3 (oxígeno|oxigeno|concentrador|flujo) ~4 (a @NUM|más|mas) ~2 (litros)?", "(oxígeno|oxigeno) ~3 (a @NUM litros)"],
    examples: { match: ["le subí el oxígeno a cinco litros yo misma", "tengo el oxígeno a 4 litros desde anoche"], noMatch: ["mañana viene el del oxígeno"] },
  },
  {
    id: "es.med_missed", concept: "missed_dose", category: "medication_problem", severity: "high", persists: true,
    when: [
      // days of doses forgotten, or the medicine left behind while away
      "(olvidé|olvide|me olvidé|me olvide|salté|salte|no tomé|no tome) ~2 (dos|tres|cuatro|unos|varios|#) (días|dias|noches|dosis|tomas)", "(olvidé|olvide|me olvidé|me olvide) ~2 (la|las|el|los|mis|mi) (@MED|caja|cajita|blíster|blister) ~3 (en casa|en la casa|allá|alla)",
      "(se me olvidó|se me olvidaron|me olvidé de|olvidé|me salté|salté|no me tomé|no tomé|no me puse|no me inyecté|no me he tomado|no he tomado|no me he puesto|dejé pasar) ~3 (@MED|@MED_PRONOUN|tomar|tomarla|tomarlas|tomarlo|ponerme|inyectarme)",
      // a carer's patient: "no se tomó la medicina en todo el fin de semana", "dos días sin tomarla"
      "no se (tomó|tomo|ha tomado|puso|ha puesto) ~2 (@MED|@MED_PRONOUN|pastilla|pastillas|medicación|medicina|remedio|nada)", "(dos|tres|cuatro|cinco|varios|#) (días|dias|noches) sin ~1 (nada|tomar|tomarla|tomarlas|pastillas|la pastilla|medicación|@MED)",
      "(se me olvidó|se me pasó|me olvidé) ~2 (tomarla|tomarlas|tomármela|tomármelas|ponérmela|inyectármela|la dosis|la pastilla)",
      "(me la salté|me las salté|me lo salté|no me la tomé|no me las tomé|no me la puse)",
      "(llevo|hace) ~2 (días|dos días|tres días|una semana) (sin tomar|sin ponerme|sin inyectarme) ~2 (@MED|la|las)?",
      "(ni|no) me acordé ~3 (de)? ~1 (tomar*|ponerme|inyectarme|la pastilla|la dosis|la de)?",
      "se me pasó (la|las|tomar*|la dosis|la pastilla|ponerme*|inyectarme)",
      "(no|ni) (la|las|lo|los) (tomé|he tomado|tomo|me tomé|puse|me puse) ~3 (desde|ayer|anoche|hace|en|estos)?",
    ],
    needsMedicationContext: true,
    examples: { match: ["mi suegro no se tomó la medicina en todo el fin de semana", "me olvidé dos días seguidos las pastillas", "se me olvidó tomar la pastilla de la presión ayer", "me salté la insulina de la noche", "llevo dos días sin tomar el diurético"], noMatch: ["se me olvidó la sombrilla", "tomo la pastilla todos los días"] },
  },
  {
    id: "es.med_double", concept: "double_dose", category: "medication_problem", severity: "high", persists: true,
    when: [
      "(me tomé|tomé|me puse|me inyecté|me he tomado|me he puesto) ~3 (dos veces|doble|dos pastillas|otra dosis|otra más|de más|una de más|dos dosis)",
      "(dosis doble|doble dosis|dos veces la dosis|repetí la dosis|me la volví a tomar|me la volví a poner|volví a tomarla|volví a ponérmela)",
      // otra cantidad que la recetada: "una entera en vez de media"
      "(me tomé|tomé|me tomo|tomo|me puse|me pongo|le di|le doy|le puse|me inyecté) ~4 (en vez de|en lugar de|en vez del|en lugar del) ~2 (la mitad|media|medio|cuarto|un cuarto|el cuarto|una|uno|dos|tres|#|la dosis|lo que)",
      "(@MED) ~4 (dos veces|doble|de más) ~3 (por error|sin querer|por equivocación)?",
    ],
    needsMedicationContext: true,
    examples: { match: ["me tomé la pastilla entera en lugar de media", "me puse la insulina dos veces anoche sin querer", "creo que me tomé doble dosis del sintrom"], noMatch: ["tomo dos pastillas al día como me dijeron"] },
  },
  {
    id: "es.med_wrong", concept: "wrong_medicine", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(me tomé|tomé|me puse) ~4 (la de mi|las de mi|la pastilla de mi|el de mi|equivocada|equivocado|la que no era|otra pastilla)", "(confundí|me confundí|mezclé|me equivoqué) ~3 (@MED|de pastilla|de medicamento|las de)", "(me tomé|tomé|me puse|me inyecté|le di|le puse) ~8 (en vez de|en lugar de) ~2 (la|el|las|los) ~3 (de la noche|de la mañana|lenta|rápida|de siempre|@MED|otra|otro)", "(@MED) ~4 (por error|por equivocación|sin querer)"],
    examples: { match: ["me tomé la pastilla de la noche en vez de la de la mañana", "me tomé la pastilla de mi marido por error", "me confundí de pastillas esta mañana"], noMatch: ["me equivoqué de calle"] },
  },
  {
    id: "es.med_ran_out", concept: "medication_supply", category: "medication_problem", severity: "high", persists: true, experiencer: "speaker",
    when: [
      "(se me acabó|se me acabaron|se me terminó|se me terminaron|se le acabó|se le acabaron|se le terminó|se le terminaron|se nos acabó|se nos acabaron|se nos terminó|se nos terminaron|me quedé sin|no me quedan|no me queda|se acabaron|se terminaron|me quedo sin) ~3 (@MED|@MED_PRONOUN)?",
      "(no tengo|no tenía) ~2 (más)? ~2 (@MED)",
      "(no me alcanza|no me alcanzó|no puedo pagar|no pude pagar|no puedo comprar|no pude comprar|es muy cara|son muy caras|no la cubre|no me la cubre|muy caro|muy caros) ~4 (@MED|@MED_PRONOUN|la|las)?",
      "(farmacia) ~5 (no tenía|no tenían|no tiene|no tienen|no había|no hay|no lo tenían|no la tenían|agotado|agotada|sin stock|no me la dio|no me las dio)",
      "(receta) ~4 (venció|vencida|se me venció|no me la renovaron|no me la han renovado|se me acabó)",
    ],
    needsMedicationContext: true,
    examples: { match: ["a mi papá se le acabaron las pastillas de la presión", "se me acabaron las pastillas de la presión el viernes", "en la farmacia no tenían el inhalador", "no puedo pagar la insulina este mes"], noMatch: ["se me acabó la leche"] },
  },
  {
    id: "es.med_stopped", concept: "stopped_medicine", category: "medication_problem", severity: "high", persists: true,
    when: [
      "(dejé de|deje de|he dejado de|dejé|ya no me tomo|ya no tomo|ya no me pongo|no me la estoy tomando|no me las estoy tomando|suspendí|abandoné) ~3 (tomar|tomarla|tomarlas|tomarlo|tomarlos|ponerme|usar|@MED|@MED_PRONOUN)",
      "(la dejé|las dejé|lo dejé|los dejé) ~3 (de tomar|hace|porque|desde)",
      // the pronoun before the verb, in the present: "ya no me la estoy tomando desde el lunes"
      "(ya no|no) (me|se) (la|lo|las|los) (estoy tomando|está tomando|esta tomando|tomo|toma|estoy poniendo|pongo) ~3 (desde|hace|porque|más|mas)",
      "(decidí|preferí) ~2 (no tomar|dejar|no tomarla|no tomarlas|bajar la dosis|tomar menos|tomar la mitad)",
      "(parto|partí|corto|corté|me tomo|me tomé) ~2 (la mitad|a la mitad|en dos|media) ~3 (para que me dure|para que duren|de la dosis|pastilla)?",
      "(solo me la tomo|solo la tomo|solo me las tomo|solo las tomo) ~2 (cuando|si)",
    ],
    needsMedicationContext: true,
    examples: { match: ["dejé de tomar la estatina por los dolores", "ya no me tomo el diurético porque orino mucho", "la del corazón ya no me la estoy tomando desde el domingo", "parto la pastilla a la mitad para que me dure"], noMatch: ["dejé de fumar el año pasado"] },
  },
  {
    id: "es.contact_request", concept: "doctor_request", category: "doctor_request", severity: "moderate", experiencer: "any", questionMeansHypothetical: false,
    when: ["@CONTACT_VERB"],
    with: ["@CARE_PERSON", "(@WANT|me)"],
    window: 10,
    examples: {
      match: ["¿me podés pasar con la enfermera?", "quisiera que la doctora me llame", "¿me puede llamar la enfermera hoy?", "necesito hablar con una persona de verdad", "a la doctora, ¿le puedo pedir que me vea?"],
      noMatch: ["la doctora me dijo que era normal"],
    },
  },
];

export const ES_IDIOMS: readonly IdiomSpec[] = [
  { id: "es.idiom.sorpresa_y_dinero", when: ["(casi|por poco) me (caigo|caí|cai) (de espaldas|de la silla|de culo)", "me (caí|cai) de espaldas cuando", "(el dinero|la plata|la lana|el presupuesto) ~2 (anda|está|esta|va) ~1 (justo|justa|apretado|apretada|corto|corta)", "(ando|estoy|estamos|andamos) ~1 (corto|corta|cortos|apretado|apretada|apretados) de (dinero|plata|lana)"], examples: { match: ["casi me caigo de espaldas cuando vi la cuenta", "la plata anda muy justa este mes"], noMatch: ["casi me caigo en la escalera"] } },
  { id: "es.idiom.nombres_de_enfermedad", when: ["fiebre amarilla", "fiebre del heno", "fiebre reumática", "fiebre tifoidea"], examples: { match: ["me toca la vacuna de la fiebre amarilla"], noMatch: ["tengo fiebre desde ayer"] } },
  { id: "es.idiom.alivio", when: ["(me quité|me quita|quitarme|me has quitado|me quitó) ~2 (un peso de encima|un peso)"], examples: { match: ["uf, me quitó un peso de encima"], noMatch: ["el peso me subió dos kilos"] } },
  { id: "es.idiom.dolor_de_cabeza", when: ["(papeleo|trámite|trámites|formulario|tráfico|esto|eso) ~3 (es|fue) ~2 (un dolor de cabeza|una pesadilla)"], examples: { match: ["este papeleo es un dolor de cabeza"], noMatch: ["tengo dolor de cabeza"] } },
  { id: "es.idiom.morirse_de", when: ["(me muero|me moría|morirme|muriendo) de (ganas|risa|hambre|sueño|vergüenza|aburrimiento)", "(me desmayo|desmayarme|me desmayé|me desmayaba) de (risa|gusto|amor|sueño)"], examples: { match: ["me muero de ganas de ir al mar"], noMatch: ["me quiero morir"] } },
  { id: "es.idiom.otros", when: [
    "(número de teléfono|número de la clínica|número de cuenta)", "(análisis de sangre|prueba de sangre|examen de sangre|análisis de orina)",
    "(me cae bien|me caen bien|me cae mal|me caía bien)", "(se me revuelve|se me revolvió) la (guata|panza) (de nervios|de pensar)?",
    "(dar un infarto|me va a dar un infarto|casi me da un infarto) ~2 (con la cuenta|del susto|de la risa)?",
    "(presión del trabajo|presión en el trabajo)", "(se me cayó|se cayó) (el|la|un|una) (vaso|plato|taza|teléfono|celular|móvil)",
    "(de todo corazón|con el corazón en la mano)",
    // a visit that already happened is not a request for one: "en la última consulta la doctora..."
    "(última|ultima|anterior|pasada) (consulta|cita|visita|revisión|revision|control)",
  ], examples: { match: ["me cae bien la enfermera", "tengo análisis de sangre el lunes", "en la última consulta me bajaron la dosis"], noMatch: ["me caí en la escalera"] } },
];
