/**
 * Spanish language pack (Spain and Latin America). Same conventions as ./en.ts: lower case and
 * WITHOUT accents ("cuándo" is written "cuando"), except `accentedInterrogatives`, which are
 * matched on text that keeps its accents because only the accent tells "¿cuándo?" from "cuando".
 * Regional vocabulary is included on purpose ("pastilla/comprimido", "manejar/conducir",
 * "gemelo/pantorrilla", "refri/nevera").
 */

import type { LanguageLexicon } from "./types";

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, veinte: 20, veintiuno: 21, veintiun: 21, veintidos: 22, veintitres: 23, veinticuatro: 24,
  veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40,
  cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200,
  trescientos: 300, cuatrocientos: 400, quinientos: 500, seiscientos: 600, setecientos: 700, ochocientos: 800,
  novecientos: 900,
};

const KIN =
  "(?:esposo|esposa|marido|mujer|pareja|novio|novia|hijo|hija|hijos|hijas|nene|nena|bebe|mama|madre|papa|padre|" +
  "hermano|hermana|tio|tia|primo|prima|abuelo|abuela|nieto|nieta|sobrino|sobrina|amigo|amiga|vecino|vecina|" +
  "companero|companera|suegro|suegra|cunado|cunada|nuera|yerno|jefe|jefa|perro|gato|familia)";

export const ES_LEXICON: LanguageLexicon = {
  code: "es",
  name: "Español",
  detectionWords: [
    "el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es", "me", "mi", "lo", "le", "por", "con",
    "pero", "para", "como", "si", "no", "ya", "muy", "tengo", "puedo", "gracias", "bueno", "pues", "usted",
  ],
  detectionCharacters: ["¿", "¡"],

  macros: {
    MED:
      "(?:pastillas?|comprimidos?|pildoras?|medicinas?|medicamentos?|remedios?|dosis|insulina|inyecciones?|inyeccion|" +
      "pinchazos?|parches?|gotas|capsulas?|recetas?|antibioticos?|calmantes?|analgesicos?|jarabe|inhalador|" +
      "warfarina|sintrom|acenocumarol|heparina|aspirina|metformina|losartan|enalapril|levotiroxina|eutirox|alopurinol|" +
      "glargina|lantus|paracetamol|ibuprofeno|omeprazol|prednisona|corticoides?|unidades|bolo|pluma|plumas|" +
      "anticoagulantes?|diureticos?|estatinas?|atorvastatina|simvastatina|amlodipino|bisoprolol|furosemida|clopidogrel|" +
      "apixaban|eliquis|rivaroxaban|xarelto|ozempic|semaglutida|antidepresivos?|sertralina|tramadol|morfina|colirios?)",
    WOUND:
      "(?:herida|heridas|cicatriz|cicatrices|incision|incisiones|corte|cortes|puntos|grapas|aposito|apositos|gasa|" +
      "gasas|vendaje|venda|curita|tirita|sitio|zona\\s+de\\s+la\\s+operacion)",
    CARE:
      "(?:el\\s+|la\\s+|un\\s+|una\\s+|al\\s+|mi\\s+)?(?:doctor|doctora|medico|medica|enfermero|enfermera|cirujano|cirujana|" +
      "especialista|alguien|persona|equipo|consultorio|clinica)",
    CLIN:
      "(?:doctor|doctora|dr|dra|medico|medica|medicos|enfermero|enfermera|equipo|clinica|consultorio|consulta|" +
      "especialista|farmaceutico|farmaceutica|cirujano|cirujana|centro\\s+de\\s+salud|servicio)",
    NUM:
      "(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|veinte|treinta|cuarenta|cincuenta|sesenta|" +
      "unos|unas|varios|varias|algunos|algunas|media|medio)",
    KIN,
  },

  gapBlockers: ["no", "sin", "ni", "nunca", "tampoco", "nada", "ningun", "ninguna", "ninguno", "jamas", "pero", "aunque", "sino"],

  attention: [
    // ------------------------------------------------------------------ corazón / respiración
    {
      id: "es.dolor_pecho", concept: "chest_pain", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        // dolor desgarrador hacia la espalda (disección aórtica)
        "dolor\\s+{G1}(?:desgarrador|desgarrante)|como\\s+(?:si\\s+me\\s+)?(?:desgarr\\w*|rasg\\w*)",
        "(?:dolor|dolores|presion|opresion|peso|ardor|molestia|apreton|puntada)\\s+{G3}(?:en\\s+el|del|en\\s+mi)\\s+pecho",
        "pecho\\s+{G3}(?:duele|dolia|apretado|oprimido|pesado|cerrado|aprieta|oprime|quema)",
        "(?:me\\s+)?(?:duele|dolia|aprieta|oprime)\\s+(?:mucho\\s+)?el\\s+pecho",
        "(?:elefante|piedra|losa|peso|ladrillo)\\s+{G3}(?:sentado|encima|sobre)\\s+(?:de\\s+)?(?:mi\\s+|el\\s+)?(?:pecho|mi)",
        "infarto|angina\\s+de\\s+pecho",
        "dolor\\s+{G4}(?:al|hacia\\s+el|por\\s+el)\\s+(?:brazo\\s+izquierdo|brazo|mandibula|cuello)",
      ],
    },
    {
      id: "es.respiracion", concept: "breathlessness", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "falta\\s+de\\s+(?:aire|aliento)|me\\s+falta\\s+(?:el\\s+)?(?:aire|aliento)|sin\\s+aire\\b",
        "(?:no\\s+puedo|no\\s+podia|no\\s+consigo|me\\s+cuesta|me\\s+costaba|dificultad\\s+para)\\s+{G2}(?:respirar|agarrar\\s+aire|tomar\\s+aire|recuperar\\s+el\\s+aire)",
        "(?:me\\s+)?ahog\\w*|asfixi\\w*|sofoc\\w*|jadeo|pitos?\\s+en\\s+el\\s+pecho|silbido",
        "(?:no\\s+puedo|no\\s+podia)\\s+{G3}(?:acostar\\w*|dormir|estar)\\s+(?:[a-z']+,?\\s+)?(?:plan[oa]|boca\\s+arriba|acostad[oa])",
        "(?:labios|dedos|cara)\\s+{G2}(?:morad\\w*|azul\\w*)",
      ],
    },
    {
      id: "es.sincope", concept: "syncope", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "desmay\\w*|perdi\\s+el\\s+conocimiento|perdi\\s+el\\s+sentido|me\\s+quede\\s+en\\s+blanco",
        "(?:casi|por\\s+poco)\\s+(?:me\\s+)?(?:desmayo|caigo|caia|desvanezco)",
        "(?:se\\s+me\\s+)?(?:nublo|nublo\\s+la\\s+vista|fue\\s+la\\s+vista|puso\\s+todo\\s+(?:negro|gris|oscuro|blanco))",
        "(?:todo|la\\s+vista)\\s+{G2}(?:negro|gris|oscuro)\\s+{G3}(?:tuve\\s+que\\s+sentarme|me\\s+cai|suelo|piso)",
        "tuve\\s+que\\s+(?:sentarme|tirarme|acostarme)\\s+en\\s+el\\s+(?:suelo|piso)",
      ],
    },
    {
      id: "es.palpitaciones", concept: "palpitations", category: "red_flag_symptom", severity: "high",
      patterns: [
        "palpitaciones|(?:corazon|pulso)\\s+{G2}(?:acelerado|desbocado|a\\s+mil|muy\\s+rapido|salta|saltando|galopando|loco)",
      ],
    },
    {
      id: "es.mareo", concept: "dizziness", category: "red_flag_symptom", severity: "moderate",
      patterns: ["mare(?:o|os|ad[oa]|arme|ando)|vertigo|(?:todo\\s+)?(?:me\\s+)?da\\s+vueltas|se\\s+me\\s+va\\s+la\\s+cabeza"],
    },
    {
      id: "es.presion_palabras", concept: "blood_pressure_high", category: "red_flag_symptom", severity: "high",
      patterns: ["(?:presion|tension)\\s+{G3}(?:por\\s+las\\s+nubes|altisima|muy\\s+alta|disparada|por\\s+el\\s+cielo)"],
    },
    // ------------------------------------------------------------------ neurológico
    {
      id: "es.ictus", concept: "stroke_signs", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:cara|boca|labio|parpado)\\s+{G2}(?:torcid\\w*|caid\\w*|ladead\\w*|dormid\\w*)",
        "(?:hablo|habla|hablaba)\\s+{G1}(?:raro|trabad\\w*|arrastrando)|se\\s+me\\s+traba\\s+la\\s+lengua|no\\s+me\\s+salen\\s+las\\s+palabras",
        "(?:no\\s+puedo|no\\s+podia)\\s+{G2}(?:mover|levantar|sentir)\\s+(?:bien\\s+)?(?:el|la|los|las|mi|mis)\\s+(?:brazo|pierna|mano|cara|pie|brazos|piernas|dedos)",
        "(?:un|el)\\s+lado\\s+{G4}(?:dormido|paralizado|sin\\s+fuerza|debil|entumido)",
        "(?:medio\\s+cuerpo|la\\s+mitad\\s+del\\s+cuerpo)\\s+{G2}(?:dormid\\w*|paralizad\\w*|adormecid\\w*|entumid\\w*|sin\\s+fuerza)|(?:durmio|adormecio|paralizo|entumecio)\\s+{G1}(?:medio\\s+cuerpo|la\\s+mitad\\s+del\\s+cuerpo|un\\s+lado)",
        "convulsi\\w*|ataque\\s+epilepti\\w*|derrame\\s+cerebral|ictus",
      ],
    },
    {
      id: "es.cola_de_caballo", concept: "saddle_numbness", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:dormid\\w*|adormecid\\w*|entumid\\w*|hormigue\\w*|sin\\s+sensibilidad|no\\s+siento)\\s+{G5}(?:entrepierna|partes\\s+intimas|zona\\s+intima|genitales|las\\s+nalgas|el\\s+trasero|ahi\\s+abajo|la\\s+silla\\s+de\\s+montar)",
        "(?:entrepierna|partes\\s+intimas|genitales|ahi\\s+abajo)\\s+{G3}(?:dormid\\w*|adormecid\\w*|entumid\\w*|sin\\s+sensibilidad)",
        "(?:piernas?)\\s+{G2}(?:se\\s+me\\s+doblan|no\\s+me\\s+responden|sin\\s+fuerza)",
      ],
    },
    {
      id: "es.cefalea", concept: "severe_headache", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:dolor\\s+de\\s+cabeza|jaqueca|migrana)\\s+{G3}(?:muy\\s+fuerte|terrible|insoportable|horrible|el\\s+peor|que\\s+no\\s+se\\s+me\\s+quita|que\\s+no\\s+se\\s+va)",
        "(?:tremendo|terrible|horrible|insoportable|el\\s+peor)\\s+dolor\\s+de\\s+cabeza",
        "(?:la\\s+)?cabeza\\s+(?:me\\s+)?(?:va\\s+a\\s+explotar|estalla|revienta)",
      ],
    },
    {
      id: "es.confusion", concept: "confusion", category: "red_flag_symptom", severity: "high",
      patterns: ["(?:estoy|estaba|ando|me\\s+siento|lo\\s+noto|la\\s+noto)\\s+{G2}(?:confundid\\w*|desorientad\\w*|ido|ida)\\b"],
    },
    // ------------------------------------------------------------------ ojos
    {
      id: "es.vision", concept: "vision_loss", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:cortina|telon|sombra|velo|nube|mancha\\s+negra|mancha\\s+oscura)\\s+{G8}(?:ojo|vista|vision)",
        "(?:veo|tengo|me\\s+sale)\\s+(?:como\\s+)?(?:una\\s+)?(?:sombra|cortina|telon|mancha\\s+negra|nube\\s+negra)",
        "(?:perdi|perdiendo|perdida\\s+de|pierdo)\\s+{G2}(?:la\\s+)?(?:vista|vision)",
        "(?:no\\s+veo|no\\s+puedo\\s+ver)\\s+{G3}(?:del|con\\s+el|por\\s+el)\\s+ojo",
        "(?:destellos|relampagos|luces|chispas|flashes)\\s+{G3}(?:ojo|vista|veo)|veo\\s+(?:destellos|luces|flashes|relampagos)",
        "(?:muchas\\s+)?(?:moscas\\s+volantes|manchitas|puntitos)\\s+(?:nuev\\w*|de\\s+repente)|vision\\s+doble|veo\\s+doble",
        "(?:dolor)\\s+{G2}(?:muy\\s+fuerte|terrible|insoportable)\\s+{G2}(?:ojo)|(?:ojo)\\s+{G3}(?:duele\\s+muchisimo|duele\\s+mucho|dolor\\s+muy\\s+fuerte)",
      ],
    },
    // ------------------------------------------------------------------ infección / heridas
    {
      id: "es.fiebre", concept: "fever", category: "red_flag_symptom", severity: "high",
      patterns: [
        "fiebre|febril|calentura",
        "escalofrios|tiritando|tiritona|temblores\\s+de\\s+frio|(?:calor\\s+y\\s+frio|frio\\s+y\\s+calor)",
        "(?:temperatura|temperatura\\s+alta)\\s+{G1}(?:alta|elevada)",
        "sudores\\s+(?:nocturnos|frios)|empapad\\w*\\s+en\\s+sudor",
      ],
    },
    {
      id: "es.herida", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
      patterns: [
        "{WOUND}\\s+{G8}(?:pus|supura\\w*|supurando|rezuma\\w*|gotea\\w*|drena\\w*|secrecion|liquido\\s+(?:amarill\\w*|verde\\w*)|amarill\\w*|verdos\\w*|mal\\s+olor|huele\\s+mal|apesta|roja\\s+y\\s+caliente|caliente\\s+y\\s+roja|inflamad\\w*|infectad\\w*|abiert\\w*|se\\s+abrio|separ\\w*|enrojecimiento\\s+que\\s+se\\s+extiende)",
        "(?:pus|supura\\w*|rezuma\\w*|mal\\s+olor|liquido\\s+amarill\\w*)\\s+{G4}(?:de\\s+la|por\\s+la|en\\s+la)\\s+{G2}{WOUND}",
        "(?:rojez|enrojecimiento|lo\\s+rojo)\\s+{G3}(?:se\\s+extiende|se\\s+esta\\s+extendiendo|crece|mas\\s+grande)",
        "caliente\\s+al\\s+tacto|(?:esta|se\\s+ve|parece)\\s+{G2}infectad\\w*",
        "\\bpus\\b",
      ],
    },
    {
      id: "es.ulcera_presion", concept: "pressure_sore", category: "red_flag_symptom", severity: "high",
      patterns: [
        "ulcera\\s+por\\s+presion|escaras?|llagas?\\s+(?:en\\s+)?(?:el\\s+|la\\s+)?(?:talon|talones|nalgas?|coxis|espalda)",
        "(?:mancha|zona)\\s+(?:roja|morada|oscura)\\s+{G4}no\\s+se\\s+(?:pone\\s+blanca|quita|va)",
      ],
    },
    {
      id: "es.infeccion_generica", concept: "infection", category: "red_flag_symptom", severity: "moderate",
      patterns: ["infeccion|infectad\\w*"],
    },
    // ------------------------------------------------------------------ sangrado
    {
      id: "es.sangrado", concept: "bleeding", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "sangr\\w*\\s+{G5}(?:mucho|muchisimo|sin\\s+parar|no\\s+para|no\\s+se\\s+detiene|a\\s+chorros|abundante)",
        "(?:mucha|muchisima|bastante)\\s+sangre|hemorragia",
        "(?:empap\\w*|llen\\w*)\\s+{G2}(?:toalla\\w*|compresa\\w*|aposito\\w*|gasa\\w*|venda\\w*|sabana\\w*)",
        "(?:sangre)\\s+(?:roja\\s+)?(?:fresca|rojo\\s+vivo|roja\\s+brillante)|rojo\\s+vivo",
        "coagulos?\\s+{G3}(?:grandes|enormes|como|del\\s+tamano)|(?:grandes|enormes)\\s+coagulos",
        "(?:tos\\w*|vomit\\w*|escup\\w*)\\s+{G2}sangre|sangre\\s+{G2}(?:en\\s+(?:la|el|las|los)\\s+)?(?:heces|caca|orina|pis|vomito|saliva|escupo|flema)",
        "(?:heces|caca|deposiciones)\\s+{G2}(?:negras|como\\s+alquitran)|(?:heces|caca)\\s+negras",
        "(?:boca|garganta)\\s+{G4}(?:llen\\w*)\\s+de\\s+sangre|sabor\\s+a\\s+(?:metal|sangre|monedas|hierro)",
        "(?:orina|pis|bolsa)\\s+{G3}(?:roja\\s+oscura|roja\\s+intensa|con\\s+coagulos|espesa|como\\s+ketchup)",
      ],
    },
    {
      id: "es.sangrado_menor", concept: "bleeding_minor", category: "red_flag_symptom", severity: "moderate",
      patterns: [
        "(?:me\\s+)?sangr\\w*\\s+(?:la\\s+nariz|las\\s+encias)|(?:encias|nariz)\\s+{G2}sangr\\w*|sangrado\\s+de\\s+(?:nariz|encias)",
        "moretones\\s+{G3}(?:sin\\s+(?:golpearme|motivo|razon)|por\\s+todos\\s+lados|enormes)",
      ],
    },
    // ------------------------------------------------------------------ trombosis / líquidos
    {
      id: "es.tvp", concept: "leg_clot_signs", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:gemelo|gemelos|pantorrilla|pantorrillas|pierna\\s+operada|pantorilla)\\s+{G6}(?:piedra|dur[oa]|hinchad\\w*|inflamad\\w*|tirante|calient\\w*|calentit\\w*|roj[oa]|dolor\\w*|duele|doliendo|tens[oa]|hinchazon|gordo|gorda)",
        "(?:dolor|hinchazon|dureza|calor)\\s+{G3}(?:en\\s+el|del|en\\s+la|de\\s+la)\\s+(?:gemelo|pantorrilla|pantorilla)",
        "(?:pierna)\\s+{G5}(?:como\\s+una\\s+piedra|dura\\s+y\\s+caliente|caliente\\s+y\\s+dura|hinchada\\s+y\\s+caliente|roja\\s+y\\s+caliente|el\\s+doble)",
      ],
    },
    {
      id: "es.circulacion", concept: "poor_circulation", category: "red_flag_symptom", severity: "high",
      patterns: ["(?:dedos?|mano|pie|pies)\\s+{G3}(?:morad\\w*|azul\\w*|blanc\\w*|negr\\w*|helad\\w*|frios?\\s+y\\s+(?:morados|blancos))"],
    },
    {
      id: "es.edema", concept: "leg_swelling", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:tobillos?|pies?|piernas?)\\s+{G3}(?:hinchad\\w*|inflamad\\w*|como\\s+(?:globos|botas)|gordos)",
        "(?:hinch\\w*|inflam\\w*)\\s+{G3}(?:el|la|los|las|mi|mis)\\s+(?:tobillos?|pies?|piernas?)",
        "(?:zapatos?|calcetines|medias|pantalon|pernera|anillo|chancla\\w*)\\s+{G3}no\\s+(?:me\\s+)?(?:entra|entraba|entran|cabe|cabia|caben|cierra|cierran|abrocha)",
        "(?:subi|aumente|engorde)\\s+{G2}{NUM}\\s+(?:kilos?|libras)\\s+{G4}(?:dias?|semana|de\\s+golpe)",
      ],
    },
    // ------------------------------------------------------------------ orina
    {
      id: "es.retencion", concept: "urinary_retention", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:no\\s+puedo|no\\s+podia|no\\s+consigo|no\\s+he\\s+podido|no\\s+pude|me\\s+cuesta)\\s+{G2}(?:orinar|hacer\\s+pis|hacer\\s+pipi|mear|vaciar\\s+la\\s+vejiga)",
        "(?:bolsa|sonda)\\s+{G5}(?:no\\s+se\\s+llena|no\\s+drena|no\\s+sale|vacia|tapad\\w*|se\\s+salio|obstruid\\w*)",
        "(?:no\\s+(?:me\\s+)?sale|sale\\s+(?:muy\\s+)?poquit\\w*|apenas\\s+sale|solo\\s+unas\\s+gotas)\\s+{G3}(?:orina|pis|pipi)?",
        "(?:barriga|panza|vientre|vejiga|abdomen)\\s+{G4}(?:como\\s+un\\s+tambor|dur[oa]\\s+como|hinchad\\w*\\s+y\\s+dur\\w*)|(?:barriga|panza|vientre|abdomen)\\s+(?:muy\\s+)?(?:dur[oa]|tens[oa])\\b",
        "(?:me\\s+hice\\s+pis|me\\s+orine|me\\s+hice\\s+encima|no\\s+puedo\\s+aguantar\\s+(?:el\\s+pis|la\\s+orina)|perdi\\s+el\\s+control)",
      ],
    },
    {
      id: "es.infeccion_orina", concept: "urinary_infection", category: "red_flag_symptom", severity: "moderate",
      patterns: ["(?:ardor|me\\s+arde|escozor|dolor|duele)\\s+{G2}(?:al|cuando)\\s+(?:orinar|hacer\\s+pis|orino)"],
    },
    // ------------------------------------------------------------------ dolor / digestivo
    {
      id: "es.dolor_intenso", concept: "uncontrolled_pain", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:dolor)\\s+{G2}(?:insoportable|terrible|horrible|muy\\s+fuerte|tremendo|espantoso|atroz)|(?:insoportable|terrible|horrible|tremendo|espantoso)\\s+dolor",
        "(?:calmantes?|analgesicos?|pastillas?|tramadol|morfina)\\s+{G3}no\\s+(?:me\\s+)?(?:hacen|hace|quitan|quita|alivian|alivia)\\s+(?:nada|efecto)",
        "(?:no\\s+puedo|no\\s+podia)\\s+{G2}(?:dormir|moverme|caminar|andar|apoyar)\\s+{G3}(?:del|por\\s+el|de)\\s+dolor",
      ],
    },
    {
      id: "es.digestivo", concept: "vomiting_or_dehydration", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:vomit\\w*|devolv\\w*)\\s+{G4}(?:todo\\s+el\\s+dia|toda\\s+la\\s+noche|sin\\s+parar|{NUM}\\s+veces|varias\\s+veces|todo\\s+lo\\s+que)",
        "no\\s+(?:me\\s+)?(?:aguanta|retiene|para|queda)\\s+{G2}(?:nada|agua|comida)\\s+en\\s+el\\s+estomago|no\\s+retengo\\s+nada",
        "diarrea\\s+{G4}(?:todo\\s+el\\s+dia|sin\\s+parar|{NUM}\\s+veces|con\\s+sangre|liquida)",
        "(?:no\\s+puedo|no\\s+consigo)\\s+{G1}(?:tragar|beber\\s+nada|tomar\\s+(?:nada|liquidos|agua))",
        "(?:piel|ojos)\\s+{G2}amarill\\w*|ictericia",
      ],
    },
    // ------------------------------------------------------------------ diabetes
    {
      id: "es.hipoglucemia", concept: "hypoglycaemia", category: "red_flag_symptom", severity: "high",
      patterns: [
        "hipoglucemi\\w*|(?:una|un)\\s+(?:baja|bajon)\\s+de\\s+azucar|bajon\\b",
        "(?:azucar|glucosa|glucemia)\\s+{G3}(?:se\\s+me\\s+bajo|bajo\\s+mucho|muy\\s+baja|bajisima|por\\s+los\\s+suelos|se\\s+desplomo)",
        "(?:se\\s+me\\s+bajo|me\\s+bajo)\\s+(?:mucho\\s+)?(?:el\\s+)?azucar",
        "(?:sudor\\s+frio|sudando\\s+frio|empapad\\w*)\\s+{G3}(?:tembl\\w*|temblando)",
      ],
    },
    {
      id: "es.hiperglucemia", concept: "hyperglycaemia", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:azucar|glucosa|glucemia)\\s+{G3}(?:por\\s+las\\s+nubes|altisima|muy\\s+alta|disparada|no\\s+baja)",
        "cetonas\\s+{G2}(?:altas|positivas)|cetoacidosis|aliento\\s+(?:a\\s+fruta|afrutado)",
      ],
    },
    // ------------------------------------------------------------------ alergia / efectos adversos
    {
      id: "es.alergia", concept: "allergic_reaction", category: "severe_side_effect", severity: "urgent",
      patterns: [
        "(?:labios?|lengua|cara|garganta|parpados?)\\s+{G3}(?:hinchad\\w*|inflamad\\w*|se\\s+me\\s+cierra|cerrando)",
        "reaccion\\s+alergica|anafila\\w*",
        "(?:hinch|inflam)\\w*\\s+(?:la|los|las|el)\\s+(?:labios?|lengua|cara|garganta|parpados?|ojos)",
      ],
    },
    {
      id: "es.sarpullido", concept: "rash", category: "severe_side_effect", severity: "high",
      patterns: [
        "ronchas|urticaria|sarpullido|erupcion|salpullido|granitos\\s+por\\s+todo",
        "(?:piel|boca|labios)\\s+{G3}(?:ampollas|se\\s+pela|pelando|llagas)|llagas\\s+en\\s+la\\s+boca",
      ],
    },
    {
      id: "es.caida", concept: "fall", category: "red_flag_symptom", severity: "high",
      patterns: ["me\\s+cai\\b|me\\s+he\\s+caido|(?:tuve|sufri)\\s+una\\s+caida|me\\s+golpee\\s+la\\s+cabeza"],
    },
    // ------------------------------------------------------------------ problemas con la medicación
    {
      id: "es.med_olvido", concept: "missed_dose", category: "medication_problem", severity: "high",
      patterns: [
        "(?:olvide|se\\s+me\\s+olvido|se\\s+me\\s+paso|me\\s+olvide\\s+(?:de\\s+)?|me\\s+salte|salte|no\\s+me\\s+(?:tome|puse|inyecte|aplique)|no\\s+(?:tome|me\\s+he\\s+tomado|he\\s+tomado))\\s+{G3}{MED}",
        "(?:olvide|se\\s+me\\s+olvido|me\\s+olvide\\s+de)\\s+(?:tomar\\w*|poner\\w*|inyectar\\w*|aplicar\\w*)",
        "(?:no\\s+me\\s+la|no\\s+me\\s+lo|no\\s+me\\s+las|no\\s+me\\s+los)\\s+(?:he\\s+)?(?:tomado|tome|puesto|puse|inyectado)\\s+{G3}(?:desde|hace|ayer|anoche|hoy|esta\\s+manana|en\\s+{NUM}\\s+dias)",
      ],
      needsMedicationContext: true,
    },
    {
      id: "es.med_doble", concept: "double_dose", category: "medication_problem", severity: "high",
      patterns: [
        "(?:me\\s+)?(?:puse|tome|inyecte|aplique|di)\\s+{G6}(?:dos\\s+veces|doble|de\\s+mas|otra\\s+vez|dos\\s+dosis)",
        "(?:me\\s+la|me\\s+lo|me\\s+las|me\\s+los)\\s+volvi\\s+a\\s+(?:poner|tomar|inyectar|aplicar)",
        "(?:tome|puse|inyecte|aplique)\\s+(?:dos|2|tres|3)\\s+{G1}{MED}|{MED}\\s+{G3}(?:por\\s+error|por\\s+equivocacion|sin\\s+querer)",
        "(?:dosis|pastilla|insulina|inyeccion)\\s+doble|doble\\s+(?:dosis|pastilla|inyeccion)|(?:dos|2)\\s+veces\\s+(?:la|las|el|los)\\s+{G2}(?:dosis|unidades|pastillas?|insulina)",
        "(?:demasiad[oa]s?|de\\s+mas)\\s+{G2}{MED}|sobredosis",
      ],
      needsMedicationContext: true,
    },
    {
      id: "es.med_equivocada", concept: "wrong_medicine", category: "medication_problem", severity: "high",
      patterns: [
        "(?:me\\s+equivoque|confundi)\\s+{G3}(?:de\\s+)?{MED}|{MED}\\s+equivocad\\w*",
        "(?:tome|me\\s+tome|me\\s+puse)\\s+{G3}(?:la|las|el|los)\\s+(?:pastillas?|medicinas?|insulina)\\s+de\\s+(?:mi\\s+)?{KIN}",
      ],
    },
    {
      id: "es.med_sin", concept: "ran_out", category: "medication_problem", severity: "high",
      patterns: [
        "(?:se\\s+me\\s+(?:acabo|acabaron|termino|terminaron)|me\\s+quede\\s+sin|no\\s+me\\s+queda|no\\s+me\\s+quedan|ya\\s+no\\s+tengo)\\s+{G3}{MED}",
        "{MED}\\s+{G3}(?:se\\s+me\\s+(?:acabo|acabaron|terminaron|termino)|se\\s+acabaron)",
        "(?:no\\s+puedo|no\\s+pude)\\s+{G2}(?:comprar|conseguir|pagar|retirar)\\s+{G3}{MED}",
        "(?:solo|solamente)\\s+(?:me\\s+)?(?:queda|quedan)\\s+{G4}(?:{MED}|dias?|dosis)|no\\s+(?:me\\s+)?(?:quieren|quiso|quisieron)\\s+(?:dar|hacer|renovar)\\s+(?:la\\s+|otra\\s+|una\\s+)?(?:nueva\\s+)?receta",
      ],
    },
    {
      id: "es.med_suspendida", concept: "stopped_medicine", category: "medication_problem", severity: "high",
      patterns: [
        "(?:deje|he\\s+dejado)\\s+de\\s+(?:tomar|ponerme|inyectarme|usar)\\s+{G3}{MED}",
        "{MED}\\s+{G3}(?:ya\\s+no\\s+(?:me\\s+)?(?:la|lo|las|los)\\s+(?:tomo|pongo|uso)|(?:la|lo|las|los)\\s+deje)",
        "(?:la|lo|las|los)\\s+(?:deje|he\\s+dejado)\\s+de\\s+(?:tomar|poner|inyectar|usar)",
        "(?:ya\\s+no\\s+(?:me\\s+)?(?:tomo|pongo|inyecto|uso))\\s+{G2}{MED}",
        "(?:me\\s+)?(?:baje|subi|cambie|reduje|parti)\\s+{G2}(?:la\\s+dosis|las\\s+unidades|la\\s+pastilla)\\s+{G3}(?:yo\\s+sol[oa]|por\\s+mi\\s+cuenta|por\\s+mi\\s+lado)",
      ],
      needsMedicationContext: true,
    },
    // ------------------------------------------------------------------ angustia emocional
    {
      id: "es.autolesion", concept: "self_harm", category: "emotional_distress", severity: "urgent",
      experiencer: "speaker", questionMeansHypothetical: false,
      patterns: [
        "(?:matarme|suicid\\w*|quitarme\\s+la\\s+vida|hacerme\\s+dano|lastimarme|acabar\\s+con\\s+todo|acabar\\s+con\\s+mi\\s+vida)",
        "(?:quiero|quisiera|me\\s+quiero|me\\s+gustaria)\\s+(?:morir|morirme|desaparecer|no\\s+despertar)",
        "no\\s+quiero\\s+(?:vivir|seguir|estar\\s+aqui|despertar|seguir\\s+viviendo)",
        "(?:estarian|estaria)\\s+mejor\\s+sin\\s+mi",
        "(?:hacerle\\s+dano|lastimar)\\s+(?:al|a\\s+mi)\\s+bebe",
      ],
    },
    {
      id: "es.desesperanza", concept: "hopelessness", category: "emotional_distress", severity: "high",
      experiencer: "speaker", questionMeansHypothetical: false,
      patterns: [
        "para\\s+que\\s+(?:seguir|vivir|sirve\\s+todo|luchar)|de\\s+que\\s+sirve|que\\s+sentido\\s+tiene|ya\\s+no\\s+tiene\\s+sentido|no\\s+tiene\\s+sentido\\s+(?:nada|seguir)",
        "no\\s+(?:le\\s+)?veo\\s+(?:el\\s+|ningun\\s+)?sentido|(?:ya\\s+)?nada\\s+tiene\\s+sentido",
        "sin\\s+esperanza|perdi\\s+(?:la|toda)\\s+esperanza|no\\s+puedo\\s+mas|ya\\s+no\\s+aguanto|no\\s+aguanto\\s+mas",
        "(?:lloro|llorando|llore)\\s+{G3}(?:todo\\s+el\\s+dia|todo\\s+el\\s+tiempo|todos\\s+los\\s+dias|sin\\s+parar|por\\s+todo)|no\\s+paro\\s+de\\s+llorar",
        "(?:estoy|me\\s+siento|ando)\\s+{G2}(?:deprimid\\w*|muy\\s+triste|desesperad\\w*|hundid\\w*|una\\s+carga|inutil|sola|solo)\\b",
        "no\\s+(?:le\\s+)?veo\\s+(?:salida|ninguna\\s+salida|futuro)|no\\s+hay\\s+salida|(?:me\\s+siento|estoy)\\s+{G2}(?:atrapad\\w*|vaci[oa])\\b",
        "(?:soy|me\\s+siento)\\s+una\\s+carga|ataques?\\s+de\\s+panico|(?:el\\s+)?bebe\\s+estaria\\s+mejor\\s+con\\s+otr\\w*",
      ],
    },
    // ------------------------------------------------------------------ pedir hablar con el equipo
    {
      id: "es.pedido_medico", concept: "doctor_request", category: "doctor_request", severity: "moderate",
      experiencer: "any", questionMeansHypothetical: false,
      patterns: [
        "quiero\\s+que\\s+{G2}{CARE}\\s+{G3}(?:me\\s+)?(?:llame|llamen|hable|vea|atienda|contacte|comunique|devuelva)",
        "(?:que|si)\\s+(?:el|la)\\s+(?:doctor|doctora|medico|medica|enfermer[oa])\\s+{G2}me\\s+(?:llame|llamen|pueda\\s+llamar|devuelva\\s+la\\s+llamada)",
        "(?:me\\s+)?(?:puede|pueden|podria|podrian|podes|puedes|podrias)\\s+{G2}(?:llamar(?:me)?\\s+(?:el|la|de)|devolver\\s+la\\s+llamada|comunicar\\s+con|pasar\\s+con|poner\\s+con|dejar\\s+(?:el|un)\\s+(?:mensaje|recado|aviso))",
        "(?:quiero|quisiera|necesito|me\\s+gustaria|preferiria|prefiero)\\s+{G2}(?:hablar|ver|consultar|una\\s+cita|cita|turno|que\\s+me\\s+vea)\\s+{G3}(?:con\\s+)?{CARE}",
        "(?:dejar|deje|dejale|dejele|pasar|pase)\\s+(?:el|un)\\s+(?:mensaje|recado)\\s+{G3}(?:doctor|doctora|medic)",
      ],
    },
  ],

  context: {
    negationCues: ["no(?!\\s+(?:se\\s+si|estoy\\s+segur\\w*|solo))", "sin", "ni", "nunca", "tampoco", "nada\\s+de", "ningun", "ninguna", "ninguno", "jamas", "niego"],
    postNegationCues: ["no\\s+(?:tengo|tuve|he\\s+tenido|hay|me\\s+ha|me\\s+da|siento|noto)", "para\\s+nada", "nada\\b", "ninguna?\\b"],
    terminators: ["pero", "aunque", "excepto", "salvo", "menos", "sino", "mas", "solo\\s+que", "eso\\s+si", "ahora", "todavia", "igual"],
    listJoiners: ["y", "o", "ni", "e", "u"],
    hypotheticalCues: [
      "si", "y\\s+si", "que\\s+pasa\\s+si", "por\\s+si", "en\\s+caso\\s+de", "cuando\\s+(?:me\\s+)?(?:empiece|tenga|de|pase|vuelva)",
      "podria", "puede\\s+(?:dar|causar|provocar)", "pueden\\s+(?:dar|causar|provocar)", "me\\s+da\\s+miedo",
      "miedo\\s+(?:de|a)", "temo", "por\\s+las\\s+dudas", "signos?\\s+de", "sintomas?\\s+de", "vigilar", "prevenir", "evitar",
      "algun\\s+dia",
    ],
    hypotheticalExceptions: [
      "(?:pude|podria|puede)\\s+haber",
      // "si" meaning "whether" after verbs of knowing: "no me acordaba si me la había puesto"
      "(?:acordaba|acorde|acuerdo|recuerdo|recordaba|sabia|se|saber|pregunto|preguntaba|fijarme|fijo|ver|mirar|segur[oa]\\s+de)\\s+si",
      "si\\s+le\\s+soy\\s+sincer[oa]", "como\\s+si", "aunque\\s+sea", "si\\s+no\\s+me\\s+equivoco", "que\\s+si\\s+no\\s+se\\s+me\\s+olvida"],
    reportedInformationCues: [
      "(?:hoja|folleto|papel|papeles|prospecto|internet|google|instrucciones|etiqueta)\\s+(?:dice|decia|menciona|pone|habla\\s+de)",
      "lei\\s+(?:en|que)",
    ],
    historicalCues: [
      "hace\\s+(?:anos|meses|mucho|tiempo|un\\s+ano)", "el\\s+(?:ano|mes)\\s+pasado", "la\\s+semana\\s+pasada",
      "de\\s+(?:nino|nina|pequeno|pequena|joven|chico|chica)", "antes\\s+de\\s+(?:la|mi)\\s+(?:operacion|cirugia|intervencion)",
      "solia", "en\\s+el\\s+pasado", "el\\s+primer\\s+dia", "los\\s+primeros\\s+dias", "la\\s+primera\\s+semana",
    ],
    ongoingCues: ["desde", "sigue", "sigo", "todavia", "aun"],
    resolutionCues: [
      "ya\\s+se\\s+me\\s+(?:paso|quito|fue)", "se\\s+me\\s+(?:paso|quito|fue)", "ya\\s+(?:paso|no\\s+(?:tengo|me|lo|la|siento|noto))",
      "ya\\s+(?:esta|estoy|estan|anda)\\s+(?:bien|mejor|normal)", "(?:mucho|bastante)\\s+mejor", "desaparecio", "se\\s+resolvio",
      "no\\s+(?:ha\\s+)?vuelto", "del\\s+todo",
    ],
    recencyCues: ["hoy", "anoche", "ayer", "esta\\s+(?:manana|tarde|noche)", "hace\\s+un\\s+rato"],
    expectedCues: [
      "(?:es|era|seria|sea)\\s+(?:totalmente\\s+|completamente\\s+)?normal", "(?:me|le)\\s+(?:dijeron|dijo|explicaron|explico|avisaron|aviso)\\s+que",
      "lo\\s+esperado|esperable|de\\s+esperar", "no\\s+me\\s+preocup\\w*|por\\s+eso\\s+no\\s+me\\s+preocupo", "no\\s+es\\s+nada",
    ],
    thirdPartyNouns: [KIN],
    thirdPartyPronouns: [],
    firstPersonCues: ["yo", "me", "mi", "mis", "conmigo", "tengo", "estoy", "siento", "noto", "tuve", "he"],
    presentStateCues: [
      "tengo", "estoy", "me\\s+(?:duele|sale|siento|noto|pasa|baja|sube|arde|pica)", "desde", "ahora", "ahorita", "hoy",
      "anoche", "ayer", "esta\\s+manana", "todavia", "sigue", "sigo",
    ],
    sanctionedChangeCues: [
      "(?:me\\s+)?(?:dijo|dijeron|indico|indicaron|mando|mandaron)\\s+(?:que\\s+)?(?:la|lo|las|los)?\\s*(?:dejara|suspendiera|parara|tomara|dejar|suspender)",
      "como\\s+me\\s+(?:dijeron|indicaron|recetaron)", "(?:termine|acabe|complete)\\s+(?:el\\s+)?(?:tratamiento|ciclo)", "antes\\s+de\\s+la\\s+(?:operacion|cirugia|colonoscopia|prueba)",
    ],
    medicationContext: ["{MED}", "tome", "tomo", "tomar", "puse", "pongo", "inyect\\w*", "dosis", "unidades"],
  },

  questions: {
    clauseMarkers: [
      "y", "pero", "o", "entonces", "este", "pues", "bueno", "oiga", "mire", "mira", "mira", "ah", "ya", "ok", "vale",
      "ahora", "tambien", "porque", "osea", "o\\s+sea", "ademas", "hombre", "oye", "fijese", "digo", "eh",
    ],
    fillers: ["este", "pues", "o\\s+sea", "bueno", "eh", "y", "ah", "oiga", "mire", "mira", "ya", "entonces", "ok", "vale", "hombre", "oye"],
    clauseInitialCues: [
      // unaccented interrogatives that are unambiguous in speech-to-text without accents
      "que\\s+(?:hago|puedo|debo|tengo\\s+que|me\\s+(?:tomo|como|pongo|hago)|le\\s+hago)\\b",
      "como\\s+(?:le\\s+hago|hago|se\\s+(?:hace|usa|pone|toma)|me\\s+(?:la|lo)\\s+(?:pongo|tomo))\\b",
      "cada\\s+cuanto\\b", "cuanto\\s+(?:tiempo|rato|tarda|dura)\\b", "por\\s+que\\s+(?:me|se|no|tengo)\\b",
      "cuando\\s+(?:puedo|podre|me\\s+(?:quitan|van|toca)|tengo\\s+que|debo|se\\s+puede)\\b",
      // first-person clitic + verb with an alternative: "la guardo en el refri o afuera", "la puedo usar ... o"
      "(?:(?:el|la|los|las|eso|esto|esa|ese)\\s+(?:[a-z]+\\s+){1,4}?)?(?:me|la|lo|las|los|le|se)\\s+(?:[a-z]+o|puedo\\s+[a-z]+|tengo\\s+que\\s+[a-z]+)\\s+(?:[a-z]+\\s+){0,6}?o\\s+(?!sea\\b)[a-z]+",
    ],
    clauseInitialCuesNeedingMark: [
      "(?:puedo|podria|podre|debo|deberia|tengo\\s+que|hay\\s+que|se\\s+puede|necesito|hace\\s+falta|conviene|me\\s+(?:puedo|tomo|pongo)|lo\\s+puedo|la\\s+puedo|los\\s+puedo|las\\s+puedo)\\b",
      "(?:es|esta|seria|sera)\\s+(?:normal|bien|malo|grave|peligroso|mejor|peor|verdad|cierto)\\b",
      "(?:eso|esto)\\s+(?:me\\s+lo|me\\s+la|lo|la|es|esta)\\b", "(?:y\\s+)?(?:no\\s+)?(?:pueden?|podria)\\s+ser\\b",
      "(?:me|lo|la|le)\\s+[a-z]+(?:as|es|s)\\b", "(?:hay|tiene|tengo)\\s+(?:algun|alguna|que)\\b",
    ],
    clauseInitialCuesWhenUnpunctuated: [
      // a yes/no question in speech-to-text without "¿?": "y el baño puedo bañarme ya"
      "(?:(?:el|la|los|las|lo\\s+del?)\\s+[a-z]+\\s+)?(?:ya\\s+)?(?:puedo|podria|debo|deberia|tengo\\s+que|hay\\s+que|se\\s+puede|me\\s+puedo|lo\\s+puedo|la\\s+puedo|es\\s+normal\\s+que|esta\\s+bien\\s+(?:que|si))\\s+[a-z]",
    ],
    indirectCues: [
      "(?:queria|quisiera|quiero|me\\s+gustaria|necesito|necesitaba)\\s+(?:[a-z']+,?\\s+)?(?:saber|preguntar(?:le|te)?|consultar(?:le|te)?|que\\s+me\\s+(?:explique|diga|aclare|expliques|digas))",
      "(?:le|te)\\s+(?:queria|quiero|quisiera)\\s+(?:hacer\\s+una\\s+)?pregunta\\w*", "tengo\\s+una\\s+(?:duda|pregunta|consulta)",
      "no\\s+(?:se|entiendo|tengo\\s+claro|me\\s+quedo\\s+claro)\\s+(?:si|que|como|cuando|donde|cuanto|cual|por\\s+que|bien)",
      "no\\s+estoy\\s+segur[oa]\\s+(?:de\\s+)?(?:si|que|como|cuando)", "me\\s+preguntaba\\s+si",
      "(?:digame|expliqueme|explicame|cuenteme|cuentame|recuerdeme|aclareme|decime|explicame|contame|recordame)\\b",
      "(?:me\\s+)?(?:puede|podria|podes|podrias|puedes)\\s+(?:usted\\s+)?(?:decir|explicar|aclarar|recordar|contar)",
      "(?:me\\s+lo|me\\s+la|me\\s+los)\\s+(?:explicas|explica|dice|dices|decis)", "(?:una|otra|ultima)\\s+pregunta",
    ],
    accentedInterrogatives: [
      "(?:qué|cuándo|dónde|cómo|cuánt[oa]s?|cuál(?:es)?|quién(?:es)?|adónde)(?![a-záéíóúñü])",
    ],
    nonQuestions: [
      "(?:como|que)\\s+(?:te|le|les)\\s+va", "como\\s+(?:esta|estas|estan|anda|andas|andan|andamos|le\\s+va)\\b", "que\\s+tal\\b",
      "(?:le|te)\\s+(?:puedo|podria)\\s+(?:contar|decir|preguntar)\\s+(?:algo|una\\s+cosa)", "sabe\\s+que\\b", "sabes\\s+que\\b",
      "para\\s+que\\s+(?:seguir|vivir|sirve)", "de\\s+que\\s+sirve", "que\\s+sentido\\s+tiene",
      "que\\s+(?:bueno|bien|rico|pena|susto|horror|miedo|lindo|linda|barbaro|barbaridad|suerte|alivio|verguenza|raro|gracioso|lastima|maravilla)\\b",
      "me\\s+oye\\b", "me\\s+escucha\\b", "sigue\\s+ahi\\b", "como\\s+(?:dice|dijo)\\b", "(?:me\\s+lo\\s+)?puede\\s+repetir",
      "(?:es|era)\\s+asi\\b(?=\\s*(?:[?.!,]|$))", "(?:esta|estoy)\\s+bien\\s+(?:asi|entonces)(?=\\s*(?:[?.!,]|$))", "por\\s+que\\s+a\\s+mi\\b",
    ],
    tags: [
      "verdad", "cierto", "no", "viste", "sabe", "sabes", "eh", "ve", "vio", "me\\s+entiende", "me\\s+explico",
      "no\\s+cree", "no\\s+es\\s+cierto", "si", "vale", "ok", "no\\s+es\\s+asi", "a\\s+que\\s+si",
    ],
    evaluativeCues: [
      "(?:puedo|debo|tengo\\s+que|se\\s+puede|esta\\s+bien|es\\s+normal|es\\s+malo|es\\s+mejor|es\\s+peor|hay\\s+problema|es\\s+grave|conviene|me\\s+conviene)\\b",
    ],
    escalationQuestions: [
      "que\\s+(?:hago|debo\\s+hacer|tengo\\s+que\\s+hacer|pasa)|cuando\\s+(?:debo|tengo\\s+que)\\s+(?:llamar|ir|preocuparme|consultar)",
      "(?:debo|tengo\\s+que)\\s+(?:llamar|ir\\s+a\\s+urgencias|preocuparme)|a\\s+quien\\s+(?:llamo|debo\\s+llamar)|es\\s+(?:una\\s+)?urgencia",
    ],
    reservedDecisions: [
      "doble|dosis|unidades|subir|subirme|bajar|bajarme|aumentar|reducir|saltar|salto|saltarme|dejar\\s+de|suspender",
      "(?:cambiar|pasar)(?:me)?\\s+(?:a|de)\\b|cu[aá]nt[oa]s?\\s+(?:me\\s+)?(?:pongo|tomo|unidades)",
      "pued(?:e|en)\\s+ser|ser[aá]\\s+(?:algo|grave)|es\\s+grave|que\\s+(?:tengo|es\\s+eso)|a\\s+que\\s+se\\s+debe",
    ],
    acknowledgements: ["si", "no", "ah", "eh", "ya", "vale", "bueno", "de\\s+verdad", "en\\s+serio", "como", "que", "perdon", "mande", "alo", "hola", "ok"],
  },

  replies: {
    deflection: [
      "no\\s+(?:le\\s+|te\\s+)?(?:puedo|podria|me\\s+corresponde|estoy\\s+en\\s+condiciones\\s+de|es\\s+algo\\s+que\\s+pueda)\\s+{G2}(?:decir|aconsejar|recomendar|indicar|cambiar|ajustar|opinar|responder|diagnosticar|confirmar|asegurar|orientar)",
      "no\\s+(?:tengo|dispongo\\s+de|cuento\\s+con)\\s+{G2}(?:informacion|datos|indicaciones)",
      "no\\s+(?:aparece|figura|esta|viene)\\s+en\\s+(?:mis|sus|los|las)\\s+(?:materiales|documentos|informacion|hojas|indicaciones)",
      "no\\s+lo\\s+se\\b|no\\s+se\\s+(?:si|que|como|cuando|decirle)\\b|no\\s+sabria|no\\s+estoy\\s+segur[oa]",
      "(?:volvamos|centremonos|sigamos)\\s+(?:a|en|con)\\b",
      "(?:es|sera|seria)\\s+(?:una\\s+decision|algo)\\s+que\\s+{G4}{CLIN}",
      "(?:decision|decidir|decide|decidira|definir|define|definira|indicar|indicara|ajusta|ajustara|ajustando|valorar|valorara|revisara|revisar|decidiendo|definiendo|evaluara|evaluar)\\s+{G3}(?:la\\s+|el\\s+|su\\s+|sus\\s+)?{CLIN}",
      "{CLIN}\\s+{G3}(?:decide|decidira|define|definira|indicara|ajusta|ajustara|revisara|valorara|le\\s+dira|le\\s+indicara|le\\s+explicara|evaluara)",
      "(?:organiza|organizara|programa|programara|coordina|gestiona)\\s+{G3}(?:la\\s+|el\\s+|su\\s+)?{CLIN}",
      "(?:le|te)\\s+(?:daran|dara|diran|dira|indicaran|confirmaran|avisaran|llamaran)\\s+(?:la\\s+fecha|cuando|el\\s+dia|la\\s+cita)",
      "se\\s+(?:define|decide|ajusta|valora|evalua)\\s+(?:de\\s+forma\\s+|de\\s+manera\\s+)?(?:individual|personalizada)|de\\s+(?:forma|manera)\\s+individual|individualmente",
      "cada\\s+(?:recuperacion|cuerpo|caso|persona|paciente)\\s+es\\s+(?:distint[oa]|diferente|un\\s+mundo)|(?:es\\s+)?(?:dificil|imposible)\\s+(?:de\\s+)?(?:decir|saber|predecir)|no\\s+hay\\s+una\\s+respuesta\\s+(?:unica|igual)",
      "(?:depende|dependera)\\s+de\\s+(?:muchos|varios|muchas|varias)\\s+(?:factores|cosas)",
      "(?:depende|dependera)\\s+de\\s+(?:cada\\s+(?:persona|paciente|caso)|varias\\s+cosas)|propias\\s+de\\s+cada\\s+persona|cada\\s+(?:paciente|persona|caso)\\s+es\\s+distinto",
      "(?:consultelo|pregunteselo|comentelo|preguntele|consultele|comentele|planteelo|pregunte|consulte|comente)\\s+{G4}(?:doctor|doctora|medic\\w*|equipo|consulta|control|cita|clinica)",
      "(?:mejor|conviene|lo\\s+ideal\\s+es)\\s+(?:que\\s+)?(?:lo\\s+)?(?:hable|consulte|pregunte|comente|vea)\\s+(?:con\\s+)?{G2}{CLIN}",
      "(?:consultar\\w*|preguntar\\w*|comentar\\w*|hablar\\w*|verlo|revisarlo)\\s+con\\s+(?:su|el|la|tu|sus)\\s+(?:[a-z]+\\s+)?{CLIN}",
      "(?:recomiendo|sugiero|aconsejo)\\s+(?:que\\s+)?(?:lo\\s+|la\\s+)?(?:consult|pregunt|habl|coment|vea)\\w*",
      "(?:se\\s+lo|se\\s+la|le)\\s+(?:tiene|va)\\s+(?:que|a)\\s+(?:decir|indicar|explicar)\\s+{G2}{CLIN}|(?:decir|indicar)\\w*\\s+(?:su|el|la)\\s+{CLIN}",
    ],
    empathy: [
      "^(?:[a-z]+,\\s+)?(?:entiendo|comprendo|lo\\s+entiendo|me\\s+imagino|es\\s+(?:muy\\s+)?(?:comprensible|logico|normal\\s+que\\s+(?:se\\s+)?(?:preocupe|quiera|pregunte)))",
      "^(?:[a-z]+,\\s+)?(?:gracias\\s+por|muchas\\s+gracias|que\\s+bueno|me\\s+alegr\\w*|lamento|siento\\s+mucho|es\\s+valioso|es\\s+una\\s+(?:muy\\s+)?buena\\s+pregunta|con\\s+mucho\\s+gusto|de\\s+nada)",
      "^(?:[a-z]+,\\s+)?(?:ojala|que\\s+lindo|que\\s+bien)",
    ],
    meta: [
      "antes\\s+de\\s+(?:nada|eso|seguir|responder|pasar)", "primero,?\\s+(?:lo|quiero|déjeme|dejeme)", "(?:dejeme|permitame)\\s+(?:detenerme|volver)",
      "(?:quiero|necesito)\\s+(?:volver|detenerme)",
    ],
    urgentReferral: [
      "(?:llame|llamen|llama|acuda|acudan|vaya|vayan|consulte|busque)\\s+{G5}(?:hoy|ahora|ya\\b|de\\s+inmediato|inmediatamente|enseguida|cuanto\\s+antes|urgencias|emergencias|al\\s+112|al\\s+911|al\\s+061|esta\\s+tarde|esta\\s+noche)",
      "(?:hay\\s+que|es\\s+necesario|es\\s+importante|conviene|necesita)\\s+{G3}(?:valorar\\w*|que\\s+(?:le|la|lo)\\s+(?:vea|revise|explore)|revisar\\w*)\\s+{G4}(?:hoy|ahora|ya\\b|cuanto\\s+antes|medico)",
      "(?:no\\s+(?:espere|conviene\\s+esperar))|urgencias|emergencias|\\b(?:112|911|061)\\b|signos\\s+de\\s+alarma",
    ],
    conditionalEscalation: [
      "^(?:[a-z]+,\\s+)?(?:y\\s+)?(?:si|en\\s+caso\\s+de|cuando|siempre\\s+que)\\b",
      "(?:enseguida|inmediatamente|de\\s+inmediato|hoy|ahora|ya)\\s+(?:si|en\\s+caso|cuando)\\b",
      "signos\\s+de\\s+alarma|vigile|este\\s+atent[oa]",
    ],
    logisticsWords: [
      "llame", "llamar", "llamen", "clinica", "consulta", "consultorio", "centro", "equipo", "hoy", "ahora", "ahorita",
      "favor", "doctor", "doctora", "medico", "enfermera", "urgencias", "emergencias", "hospital", "gracias", "hoja",
      "indicaciones", "vaya", "acuda", "mismo", "numero",
    ],
    interim: [
      "^(?:[a-z]+,\\s+)?(?:mientras\\s+tanto|entretanto|hasta\\s+que\\s+(?:hable|le\\s+llamen|le\\s+vean))",
      "^(?:[a-z]+,\\s+)?por\\s+ahora,?\\s+lo\\s+que\\s+(?:mas\\s+)?(?:ayuda|importa|puede\\s+hacer)",
      "^(?:[a-z]+,\\s+)?lo\\s+que\\s+(?:si\\s+)?(?:le\\s+puedo\\s+decir|dice\\s+su\\s+\\w+)\\s+es\\b",
    ],
    safetyNet: ["^(?:[a-z']+,?\\s+){0,2}si\\b(?:.*)\\b(?:llame|consulte|acuda|avise|vaya)\\b", "(?:llame|consulte|acuda|avise)\\s+{G6}si\\b"],
    topicSwitch: ["^(?:[a-z]+,\\s+)?(?:sobre|en\\s+cuanto\\s+a|respecto\\s+a|con\\s+respecto\\s+a|y\\s+sobre|para\\s+(?:el|la|lo)\\s+\\w+,|lo\\s+de)"],
    concreteAnswer: [
      // "unos diez días", "dos o tres veces"; not "un poco cada día"
      "\\b{NUM}\\s+(?:(?!cada\\b|poco\\b|por\\b|al\\b)[a-z']+,?\\s+){0,2}?(?:minutos?|horas?|dias?|semanas?|meses|mes|anos?|veces|mg|miligramos|gramos|ml|litros?|vasos?|tazas?|kilos?|kg|grados|unidades|por\\s+ciento|comprimidos?|pastillas?|centimetros?)\\b(?!\\s+(?:de\\s+)?(?:control|cita|revision|consulta))",
      "^(?:[a-z]+,\\s+)?(?:si|no)\\s*[,.;:!]",
    ],
    // un número de una cita, no una respuesta: "en la revisión de las seis semanas"
    appointmentBeforeNumber: ["(?:revision|control|cita|consulta|visita)\\s+(?:de\\s+)?(?:las?\\s+|los\\s+)?"],
  },

  overlapStopwords: [
    "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "a", "y", "e", "o", "u", "que", "en",
    "es", "son", "era", "fue", "ser", "estar", "esta", "estan", "estoy", "me", "mi", "mis", "te", "tu", "tus", "se",
    "su", "sus", "le", "les", "lo", "nos", "por", "para", "con", "sin", "pero", "como", "si", "no", "ya", "muy",
    "mas", "menos", "tambien", "pues", "bueno", "este", "esto", "eso", "esa", "ese", "entonces", "porque", "cuando",
    "donde", "cual", "quien", "cuanto", "cuanta", "puedo", "puede", "pueden", "debo", "tengo", "tiene", "tener",
    "hacer", "hago", "hay", "ir", "voy", "va", "van", "poder", "algo", "nada", "todo", "toda", "todos", "otra",
    "otro", "cosa", "cosas", "vez", "veces", "dia", "hoy", "ahora", "ahorita", "aqui", "ahi", "asi", "eh", "ah",
    "oiga", "mire", "mira", "sea", "ok", "vale", "gracias", "doctor", "doctora", "pregunta", "preguntar", "saber",
    "queria", "quiero", "bien", "normal", "mucho", "poco", "yo", "usted", "hola",
    "explicar", "explicas", "explica", "expliques", "explique", "explicame", "expliqueme", "facil", "decir", "digame", "cuenteme", "contar",
  ],

  focusConcepts: [
    { id: "driving", question: ["conducir", "manejar", "conduzco", "manejo", "volante"], answer: ["conducir", "manejar", "conduzca", "maneje", "volante", "conduciendo", "manejando"] },
    { id: "work", question: ["(?:volver|regresar|reincorporarme|ir)\\s+(?:a|al)\\s+(?:trabajar|trabajo)", "mi\\s+trabajo"], answer: ["trabajo", "trabajar", "laboral", "empleo"] },
    { id: "flying", question: ["volar", "vuelo", "avion", "aeropuerto"], answer: ["volar", "vuelo", "avion", "aeropuerto", "viaj\\w*"] },
    { id: "swimming", question: ["nadar", "piscina", "pileta", "banera", "playa"], answer: ["nadar", "piscina", "pileta", "banera", "playa", "bano\\w*", "sumergir"] },
    { id: "sex", question: ["sexo", "relaciones\\s+sexuales"], answer: ["sexo", "sexual\\w*", "relaciones"] },
    { id: "alcohol", question: ["alcohol", "cerveza", "vino", "copas?", "tragos?"], answer: ["alcohol", "cerveza", "vino", "copas?", "tragos?", "beber"] },
    { id: "sport", question: ["gimnasio", "deporte", "correr", "futbol", "bici", "bicicleta", "tenis"], answer: ["gimnasio", "deporte", "correr", "futbol", "bici\\w*", "tenis", "ejercicio\\w*", "actividad\\w*"] },
    { id: "lifting", question: ["levantar", "cargar", "alzar", "peso", "pesado", "pesados", "pesadas?"], answer: ["levant\\w*", "carg\\w*", "alz\\w*", "peso\\w*", "pesad\\w*", "kilos?", "bolsas?", "esfuerzo\\w*"] },
    { id: "travel", question: ["viajar", "viaje", "vacaciones", "extranjero", "crucero"], answer: ["viaj\\w*", "vacaciones", "extranjero", "crucero", "volar", "vuelos?", "avion", "seguro"] },
    { id: "showering", question: ["duchar\\w*", "ducha", "banarme", "mojar\\w*", "lavarme\\s+el\\s+pelo"], answer: ["duch\\w*", "moj\\w*", "agua", "lav\\w*", "sec\\w*", "impermeable", "bano\\w*", "banar\\w*"] },
  ],

  measurements: {
    glucoseContext: ["azucar", "glucosa", "glucemia", "glicemia", "glucometro", "sensor", "medicion", "mediciones", "mg\\/?dl", "mmol"],
    temperatureContext: ["temperatura", "fiebre", "grados", "termometro"],
    bloodPressureContext: ["presion", "tension", "maxima", "minima"],
    pulseContext: ["pulso", "pulsaciones", "frecuencia\\s+cardiaca", "latidos"],
    oxygenContext: ["oxigeno", "saturacion", "saturo", "saturando", "oximetro"],
    readingLinks: [
      "en", "de", "sale", "sali", "salio", "sale\\s+en", "sali\\s+en", "salio\\s+en", "dio", "me\\s+dio", "marco", "marca",
      "tengo", "tenia", "estaba", "esta", "estoy", "tuve", "bajo\\s+a", "subio\\s+a", "llego\\s+a", "marcaba",
    ],
    targetCues: ["objetivo", "meta", "deberia", "tiene\\s+que\\s+estar", "entre", "menos\\s+de", "mas\\s+de", "por\\s+debajo", "por\\s+encima", "si\\s+(?:baja|sube|esta|le)", "cuando\\s+(?:baja|sube)"],
    numberWords: NUMBER_WORDS,
    hundredWords: ["cien", "ciento"],
    thousandWords: ["mil"],
    decimalWords: ["coma", "punto", "con"],
    numberJoiners: ["y"],
    bloodPressureSeparators: ["sobre", "con", "\\/"],
  },
};
