/**
 * Spanish dialogue vocabularies (Spain and Latin America): how patients ask and how the agent
 * answers, deflects or escalates. Regular expressions with macros (see ../types.ts): lower case
 * WITHOUT accents ("cuándo" is written "cuando"), except `accentedInterrogatives`, which are
 * matched on text that keeps its accents because only the accent tells "¿cuándo?" from "cuando".
 * Regional vocabulary is included on purpose ("manejar/conducir", "refri/nevera").
 */

import type { DialogueVocabulary } from "../types";

export const ES_DIALOGUE: DialogueVocabulary = {
  macros: {
    CLIN:
      "(?:doctor|doctora|dr|dra|medico|medica|medicos|enfermero|enfermera|equipo|clinica|consultorio|consulta|" +
      "especialista|farmaceutico|farmaceutica|cirujano|cirujana|centro\\s+de\\s+salud|servicio)",
    NUM:
      "(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|veinte|treinta|cuarenta|cincuenta|sesenta|" +
      "unos|unas|varios|varias|algunos|algunas|media|medio)",
    // A real danger named as such.
    DANGER: "(?:un\\s+(?:verdadero|serio|gran|autentico)\\s+(?:peligro|riesgo)|un\\s+(?:peligro|riesgo)\\s+(?:real|serio|grave|de\\s+incendio)|peligro\\s+de\\s+incendio)",
  },

  questions: {
    alternativeMarkers: ["o", "u", "o\\s+sea", "es\\s+decir", "digo"],
    yesNoByIntonation: true,
    yesNoMarkers: [
      "por\\s+eso|a\\s+causa|culpa|normal|hay\\s+(?:algo|alguna|algun)|cuanto|cuando","puedo|puede|podria|debo|deberia|tengo\\s+que|hay\\s+que|voy\\s+a|va\\s+a|vamos\\s+a|necesito|hace\\s+falta|conviene", "normal|malo|mala|grave|peligroso|bien|mejor|peor|suficiente|demasiado|siempre|para\\s+siempre|toda\\s+la\\s+vida|todavia|ya|prohibido|permitido", "\\bo\\s+(?:no|es|son|la|el|las|los|lo|me|se|tengo|puedo|debo)"],
    reassuranceTags: ["verdad", "no\\s+es\\s+cierto", "cierto", "no"],
    leadInWords: ["pregunt\\w*", "saber"],
    announcementCues: ["(?:unas|algunas|un\\s+par\\s+de|dos|tres)\\s+(?:preguntas|dudas|consultas|cositas|cosas)\\b", "(?:queria|quería|quisiera)\\s+(?:preguntar|consultar|hacerle\\s+unas)\\b"],
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
      // "hay algún riesgo", "eso empeora", "cuánto tarda" without "¿?" or accents
      "hay\\s+(?:algun|alguna|algo\\s+de|problema|riesgo|peligro)\\b", "(?:eso|esto)\\s+(?:afecta|importa|es\\s+(?:normal|malo|grave|peligroso)|hace\\s+dano)\\b",
      "cuanto\\s+(?:tiempo\\s+)?(?:se\\s+demora|demora|tarda|se\\s+tarda|dura|tengo\\s+que|debo|hay\\s+que|puedo)\\b",
      "cuant[oa]s\\s+(?:veces|dias|horas|semanas|meses|pastillas|unidades|gotas|vasos)\\b", "(?:sirve|ayuda|vale\\s+la\\s+pena)\\s+(?:de|para)\\s+algo\\b",
      "(?:le|les)\\s+(?:puedo|podria|debo)\\s+[a-z]", "(?:se\\s+(?:le|me|les|lo|nos)\\s+)?(?:ira|va)\\s+a\\s+(?:pegar|contagiar)\\b",
      // a judgement asked for at the end of a run-on turn: "... es normal eso", "... eso cuenta", "... sirve eso"
      "(?:es|esta|sera|seria)\\s+(?:normal|bien|malo|mala|grave|peligroso|peligrosa)\\s+(?:eso|esto|asi)\\b(?=\\s*$)",
      "(?:eso|esto)\\s+(?:esta\\s+bien|cuenta|sirve|vale)\\b(?=\\s*$)", "(?:sirve|cuenta|ayuda)\\s+(?:eso|esto)\\b(?=\\s*$)",
      // an either-or closing the turn: "... me lo quito o no", "... la cancelo o espero", "... o da igual"
      "(?:[a-z]+\\s+){1,5}o\\s+(?:no|que|como|espero|mejor|da\\s+igual|es\\s+(?:peligroso|malo|normal|puro)|necesito|tengo\\s+que|hay\\s+que|(?:la|lo|le|me|se)\\s+[a-z]+)\\b(?=(?:\\s+[a-z]+){0,2}\\s*$)",
    ],
    indirectCues: [
      // uncertainty or curiosity before an embedded question: a question without a question mark
      "(?:estaba|estoy|estuve|andaba|ando|me\\s+quede|quede)\\s+(?:pensando|con\\s+la\\s+duda)\\s+(?:de\\s+)?(?:si|como|cuando|cuanto|cual)\\b",
      "(?:tengo|tenia|me\\s+queda|me\\s+quedo)\\s+(?:dudas?|una\\s+duda)\\s+(?:de\\s+|sobre\\s+|con\\s+)?(?:si|como|cuando|cuanto|cuanta|cuantos|cuantas|cual|que)\\b",
      "(?:quisiera|queria|quiero|me\\s+gustaria)\\s+que\\s+me\\s+(?:dijera|dijeran|diga|digan|explique|explicara|aclare|aclarara|confirme|confirmara)\\b",
      "(?:lo|la|los|las|me\\s+lo|me\\s+la|me\\s+los|me\\s+las)\\s+(?:puedo|podria|debo|tengo\\s+que|sigo)\\s+(?:[a-z]+\\s+)?[a-z]+(?:ar|er|ir|ando|iendo)(?=\\s*(?:[?.!]|$))",
      "(?<!(?:si|sabia|acordaba|acuerdo|se)\\s)(?:me|te|se)\\s+(?:la|las|lo|los)\\s+[a-z]+\\s+(?:[a-z]+\\s+){0,4}o\\s+(?:la|las|lo|los|me|se|no)\\s+[a-z]+",
      "(?:tomo|me\\s+tomo|me\\s+pongo|pongo|uso|hago)\\s+(?:[a-z]+\\s+){0,5}o\\s+(?:doble|la\\s+mitad|nada|no|mas|menos)\\b",
      "(?:queria|quisiera|quiero|me\\s+gustaria|necesito|necesitaba)\\s+(?:[a-z']+,?\\s+)?(?:saber|preguntar(?:le|te)?|consultar(?:le|te)?|que\\s+me\\s+(?:explique|diga|aclare|expliques|digas))",
      "(?:le|te)\\s+(?:queria|quiero|quisiera)\\s+(?:hacer\\s+una\\s+)?pregunta\\w*", "tengo\\s+una\\s+(?:duda|pregunta|consulta)",
      "no\\s+(?:se|entiendo|tengo\\s+claro|me\\s+quedo\\s+claro)\\s+(?:si|que|como|cuando|donde|cuanto|cual|por\\s+que|bien)",
      "no\\s+estoy\\s+segur[oa]\\s+(?:de\\s+)?(?:si|que|como|cuando)", "me\\s+preguntaba\\s+si",
      // a question relayed from home ("mi mujer quiere saber si puedo...") and eager curiosity ("me muero de ganas de saber si")
      "(?:quiere|quieren)\\s+saber\\s+(?:si|cuando|como|que|cual|donde|por\\s+que)\\b",
      "me\\s+muero\\s+(?:de\\s+ganas\\s+de|por)\\s+saber\\b",
      "(?:digame|expliqueme|explicame|cuenteme|cuentame|recuerdeme|aclareme|decime|explicame|contame|recordame)\\b",
      "(?:me\\s+)?(?:puede|podria|podes|podrias|puedes)\\s+(?:usted\\s+)?(?:decir|explicar|aclarar|recordar|contar)",
      "(?:me\\s+lo|me\\s+la|me\\s+los)\\s+(?:explicas|explica|dice|dices|decis)", "(?:una|otra|ultima)\\s+pregunta",
    ],
    accentedInterrogatives: [
      "(?:qué|cuándo|dónde|cómo|cuánt[oa]s?|cuál(?:es)?|quién(?:es)?|adónde)(?![a-záéíóúñü])",
    ],
    echoChecks: [],
    nonQuestions: [
      "(?:como|que)\\s+(?:te|le|les)\\s+va", "como\\s+(?:esta|estas|estan|anda|andas|andan|andamos|le\\s+va)\\b", "que\\s+tal\\b",
      "(?:le|te)\\s+(?:puedo|podria)\\s+(?:contar|decir|preguntar)\\s+(?:algo|una\\s+cosa)", "sabe\\s+que\\b", "sabes\\s+que\\b",
      "para\\s+que\\s+(?:seguir|vivir|sirve)", "de\\s+que\\s+sirve", "que\\s+sentido\\s+tiene",
      "que\\s+(?:bueno|bien|rico|pena|susto|horror|miedo|lindo|linda|barbaro|barbaridad|suerte|alivio|verguenza|raro|gracioso|lastima|maravilla)\\b",
      // "sí, dígame": inviting the agent to go on, not asking
      "(?:digame|diga|dime|cuenteme)\\b(?!\\s+(?:que|como|cuando|cuanto|cuanta|cuantas|cuantos|si|donde|por|para|cual|cuales|quien|a\\s+que))",
      "me\\s+oye\\b", "me\\s+escucha\\b", "sigue\\s+ahi\\b", "como\\s+(?:dice|dijo)\\b", "(?:me\\s+lo\\s+)?puede\\s+repetir",
      "(?:es|era)\\s+asi\\b(?=\\s*(?:[?.!,]|$))", "(?:esta|estoy)\\s+bien\\s+(?:asi|entonces)(?=\\s*(?:[?.!,]|$))", "por\\s+que\\s+a\\s+mi\\b",
    ],
    tags: [
      // not "la verdad" / "a decir verdad" (the truth), which end statements
      "(?<!la\\s|decir\\s)verdad", "cierto", "no", "viste", "sabe", "sabes", "eh", "ve", "vio", "me\\s+entiende", "me\\s+explico",
      "no\\s+cree", "no\\s+es\\s+cierto", "si", "vale", "ok", "no\\s+es\\s+asi", "a\\s+que\\s+si",
    ],
    rhetoricalTags: ["viste", "sabe", "sabes", "eh", "ve", "vio", "me\\s+entiende", "me\\s+explico"],
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
      // the agent would rather the clinician took it: "eso prefiero que lo consulte con el doctor", "esa valoración la hace la doctora"
      "(?:prefiero|preferiria|es\\s+mejor|mejor)\\s+que\\s+(?:lo|la|se\\s+lo|se\\s+la|eso)?\\s*(?:consulte|pregunte|hable|comente|plantee|vea|revise)\\s+{G4}{CLIN}",
      "(?:valoracion|decision|eso)\\s+(?:la|lo)\\s+(?:hace|toma|decide|valora)\\s+(?:el|la|su)\\s+{G2}{CLIN}",
      // "eso se lo tiene que confirmar la enfermera"
      "(?:eso\\s+)?se\\s+(?:lo|la)\\s+(?:tiene|tienen|va|van)\\s+(?:que|a)\\s+(?:confirmar|decir|indicar|decidir|explicar)\\s+{G3}{CLIN}",
      // the agent declines in the first person, whatever the verb: "no le puedo decir", "no tengo acceso"
      "(?:yo\\s+)?no\\s+(?:se\\s+)?(?:le\\s+|lo\\s+|la\\s+|te\\s+|se\\s+lo\\s+|se\\s+la\\s+)?(?:puedo|podria|tengo\\s+(?:acceso|forma|manera|como))\\b",
      "no\\s+es\\s+algo\\s+que\\s+(?:yo\\s+)?(?:pueda|sepa|tenga)\\b",
      // the decision or the conversation belongs to the clinician, or the agent will not go into it now
      "(?:conviene|es\\s+mejor|mejor)\\s+que\\s+(?:lo|la|los|las|le)\\s+(?:decida|vea|valore|hable|confirme|indique|revise)n?\\s+{G3}{CLIN}",
      // "el traumatólogo es quien se lo puede decir"
      "es\\s+quien\\s+(?:mejor\\s+)?(?:se\\s+lo\\s+|se\\s+la\\s+|le\\s+|lo\\s+|la\\s+)?(?:puede|podra|va\\s+a|sabra)\\s+(?:decir|explicar|indicar|orientar|responder|decidir|valorar)",
      "(?:es|esa\\s+es)\\s+una\\s+(?:conversacion|decision|pregunta)\\s+(?:que|para)\\s+{G6}{CLIN}",
      "decision\\s+(?:la\\s+|se\\s+la\\s+)?(?:tiene\\s+que|debe|tendra\\s+que|ha\\s+de|tienen\\s+que|deben)\\s+tomar\\b",
      // the agent cannot see the record or will not guess: no answer whoever is named after
      "no\\s+(?:la|lo|las|los)\\s+(?:veo|puedo\\s+ver)\\s+desde\\s+aqui",
      "no\\s+tengo\\s+acceso",
      "no\\s+puedo\\s+ver\\s+(?:su|sus|tu|tus)\\b",
      "no\\s+(?:quisiera|quiero|querria)\\s+(?:adivinar|inventar)",
      "no\\s+(?:pasa\\s+por\\s+mi|es\\s+conmigo|me\\s+corresponde)",
      // the agent would rather not answer, says it depends on what the team finds, or saves it for the next visit
      "prefiero\\s+no\\s+(?:darle|darte|decirle|decirte|recomendarle|recomendarte|orientarle|orientarte|aconsejarle|aconsejarte|dar|decir)",
      "depende\\s+de\\s+lo\\s+que\\s+(?:[a-z]+\\s+){0,2}(?:el|la|su|tu|sus|los)\\s+{CLIN}",
      "(?:se\\s+lo|se\\s+la|lo|la)\\s+tiene\\s+que\\s+(?:indicar|dar|decir|decidir|valorar|ajustar|marcar)\\s+(?:el|la|su|tu)\\s+{CLIN}",
      "no\\s+es\\s+algo\\s+que\\s+(?:le|te|yo)?\\s*(?:pueda|podria)\\s+(?:recomendar|decir|aconsejar|indicar|contestar|responder)",
      // polite deflections: the agent prefers the doctor to judge it
      "prefiero\\s+que\\s+(?:eso\\s+|esto\\s+)?(?:lo\\s+|se\\s+lo\\s+|la\\s+)?(?:valore|decida|responda|revise|conteste|explique|vea|evalue|confirme)",
      "(?:no\\s+)?(?:seria|es)\\s+(?:correcto|prudente|responsable|adecuado)\\s+que\\s+yo",
      // the agent cannot see it from here, passes, or names who can answer instead
      "desde\\s+aqui\\s+no\\s+(?:veo|tengo|puedo)",
      "quien\\s+(?:le|te)\\s+(?:puede|podra)\\s+(?:dar|responder|contestar)",
      "no\\s+quiero\\s+dar(?:le|te)\\s+(?:un\\s+numero|una\\s+cifra|una\\s+fecha|un\\s+plazo)",
      "(?:no\\s+(?:te|le|se|les)\\s+(?:lo\\s+|la\\s+|los\\s+|las\\s+)?puedo|no\\s+(?:lo|la)\\s+puedo|yo\\s+no\\s+puedo|no\\s+puedo)\\s+(?:decir|indicar|adelantar|asegurar|recomendar|confirmar)",
      "no\\s+(?:la|lo|las|los)\\s+tengo\\s+en\\s+(?:sus|tus|mis)",
      "(?:desde\\s+aca|desde\\s+aqui)\\s+no\\s+tengo\\s+acceso",
      "no\\s+tengo\\s+acceso",
      "(?:lo|la|los|las)\\s+(?:fija|decide|define|valora|maneja|manejan|indica|organiza)\\s+(?:el|la|los|las|su)\\b",
      "(?:esa|la)\\s+decision\\s+(?:depende|la\\s+toma|corresponde)",
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
    flagAnnouncement: [
      "(?:voy\\s+a|le\\s+voy\\s+a|ya\\s+(?:le|lo|la)?\\s*)\\s*(?:avisar|alertar|marcar\\w*\\s+(?:esto|como)\\s+urgente|dejar\\s+(?:esto\\s+)?(?:marcado|anotado)\\s+como\\s+urgente)\\b",
      // el equipo tiene que saberlo: "su médica tiene que saberlo", "eso lo tiene que saber el equipo"
      "(?:tiene|tienen|necesita|necesitan|debe|deben|deberia|deberian)\\s+(?:que\\s+)?saber(?:lo|la)\\b",
      "(?:equipo|medic[oa]|doctor[a]?|enfermer[oa]|clinica)\\s+{G3}(?:tiene|necesita|debe)\\s+(?:que\\s+)?saber\\s+(?:esto|eso|lo\\s+que)\\b",
      "(?:aviso|alerto|paso\\s+(?:esto|el\\s+aviso))\\s+{G3}(?:ahora|hoy|ya\\b|de\\s+inmediato|enseguida)",
    ],
    concernOpening: [
      // lo que el paciente contó, juzgado entero: "lo que me cuenta es muy importante"
      "lo\\s+que\\s+me\\s+(?:cuenta|contas|dice|decis|describe|esta\\s+contando|estas\\s+contando|conto|contaste|dijo)\\s+es\\s+(?:(?:muy|realmente)\\s+)*(?:importante|grave|serio|preocupante|urgente)",
      "(?:eso|esto)\\s+(?:tambien\\s+)?es\\s+(?:(?:tambien|muy|realmente)\\s+)*(?:importante|{DANGER}|preocupante|grave|serio|peligroso|urgente|una\\s+(?:urgencia|emergencia|senal\\s+de\\s+alarma))(?!\\s+(?:pregunta|de\\s+preguntar))",
      // a judgement of any subject: "una crisis tan larga es una urgencia"; not a conditional nor "no es grave"
      "(?!(?:si|cuando|en\\s+caso|cualquier|algun|alguna|ningun|ninguna|nada)\\b)(?:[a-z]+,?\\s+){1,8}?(?<!\\bno\\s)(?:es|son)\\s+(?:(?:tambien|muy|realmente)\\s+)*(?:preocupante|{DANGER}|grave|serio|seria|peligroso|peligrosa|urgente|una\\s+(?:urgencia|emergencia|senal\\s+de\\s+alarma)|un\\s+signo\\s+de\\s+alarma)(?!\\s+(?:pregunta|de\\s+preguntar))",
      "me\\s+preocupa\\s+(?:eso|esto|lo\\s+que\\s+(?:me\\s+)?(?:cuenta|dice|describe))",
    ],
    thanksBeforeJudgement: [
      "(?:muchas\\s+)?gracias(?:\\s+por\\s+(?:contarmelo|decirmelo|avisarme|avisar|contarme\\s+(?:eso|esto)|decirme\\s+(?:eso|esto)|su\\s+(?:sinceridad|confianza)|tu\\s+(?:sinceridad|confianza)|ser\\s+sincer[oa]))?",
    ],
    disclosureThanks: [
      // thanks for a disclosure opening the reply: "Gracias por contármelo.", "Hizo bien en decírmelo."
      "(?:muchas\\s+)?gracias\\s+por\\s+(?:contarmelo|decirmelo|contarme\\s+(?:eso|esto)|decirme\\s+(?:eso|esto)|(?:su|tu)\\s+(?:sinceridad|confianza|honestidad)|ser\\s+sincer[oa])",
      "(?:hizo|hiciste|ha\\s+hecho|has\\s+hecho)\\s+(?:muy\\s+)?bien\\s+en\\s+(?:contarmelo|decirmelo|contarlo|decirlo|contarme|decirme)",
      "(?:me\\s+alegra|que\\s+bueno)\\s+que\\s+me\\s+lo\\s+(?:haya|hayas)\\s+(?:contado|dicho)",
    ],
    calmOpening: [
      // the agent opening its reply by calling what was said normal or good news: "Eso es muy común.", "Me alegra oír eso."
      "(?:(?:eso|esto|lo\\s+que\\s+(?:describe|cuenta|me\\s+cuenta))\\s+(?:es|suena)\\s+(?:(?:muy|bastante|totalmente|algo|lo)\\s+)*(?:normal|comun|habitual|esperable|esperado|tipico|frecuente)|(?:que\\s+bueno|me\\s+alegra)\\s+(?:oir|saber|escuchar))",
    ],
    // words that turn a calm opening into a "but": "That's common, but with a fever it needs checking"
    calmContrast: ["pero", "aunque", "sin\\s+embargo", "salvo", "excepto"],
    // the same judgement later in the first sentence: "Some swelling of the ankles is very common in late pregnancy."
    calmJudgement: ["(?:es|son|suele\\s+ser|suelen\\s+ser)\\s+(?:(?:muy|bastante|algo|tambien)\\s+)*(?:normal|normales|comun|comunes|habitual|habituales|esperable|esperables|frecuente|frecuentes|tipico|tipicos|tipica|tipicas)"],
    // the agent taking the turn up without escalating: "please tell them about that too", "that can be dangerous"
    takesUp: ["(?:digaselo|comenteselo|menciomeselo|mencioneselo|cuentele|cuenteselo)\\s+(?:tambien\\s+)?(?:a\\s+(?:la|el|su)\\s+(?:doctora?|medic[oa]|equipo|enfermer[oa]))?(?:\\s+tambien)?", "(?:puede|podria)\\s+ser\\s+(?:muy\\s+)?(?:peligroso|peligrosa|danino|danina)|no\\s+es\\s+seguro|por\\s+encima\\s+de\\s+lo\\s+seguro"],
    // the agent offering contact in a question, and the patient saying yes to it: a request for contact
    contactOffer: ["(?:quiere|quieres|le\\s+gustaria|te\\s+gustaria|desea|deseas|prefiere|prefieres|le\\s+parece\\s+(?:bien\\s+)?que|te\\s+parece\\s+(?:bien\\s+)?que)\\b[^?.!]{0,80}?(?:(?:le|te|la|lo)\\s+(?:llame|llamen|llamara|llamaran|contacte|contacten|devuelva\\s+la\\s+llamada|devuelvan\\s+la\\s+llamada)|(?:hablar|platicar|conversar)\\s+con\\s+(?:un|una|el|la|alguien|su|tu|algun|alguna)|(?:le|te)\\s+(?:pase|pasen|comunique|comuniquen|ponga|pongan)\\s+con)"],
    offerAccepted: ["(?:(?:eh|ay|pues|bueno|vale|ok|este|mire)[\\s,.]+){0,2}(?:si(?=\\s*$|\\s*[.!]|\\s{2,}|\\s+(?:por\\s+favor|porfa|claro|gracias|me\\s+gustaria|que\\s+me\\s+llame|que\\s+me\\s+llamen|se\\s+lo\\s+agradezco|dale|vale|seria))|claro(?:\\s+que\\s+si)?|por\\s+favor|dale|sale|me\\s+parece\\s+bien|se\\s+lo\\s+agradezco|se\\s+lo\\s+agradeceria|estaria\\s+bien|seria\\s+(?:estupendo|genial|bueno)|perfecto)(?![\\s,.]+(?:no|gracias\\s+no|mejor\\s+no))"],
    additionalConcern: [
      "(?:(?:es|son|fue)\\s+(?:tambien\\s+)?(?:otr[ao]s?\\s+(?:(?:senal|senales|signo|signos|sintoma|sintomas)\\s+de\\s+(?:alarma|alerta|peligro)|(?:motivo|razon)(?:\\s+mas)?\\s+para\\s+(?:[a-z]+\\s+){0,2}?(?:llamar|ir|acudir|consultar|buscar|que\\s+(?:la|lo|le|los|las)\\s+(?:vean|revisen)|no\\s+esperar))|(?:un|una)\\s+(?:motivo|razon|senal|signo)\\s+mas\\s+(?:de\\s+alarma|para\\s+(?:[a-z]+\\s+){0,2}?(?:llamar|ir|acudir|consultar|no\\s+esperar))))(?!\\s+(?:a\\s+vigilar|que\\s+(?:hay\\s+que|debe|tiene\\s+que)\\s+vigilar|para\\s+estar\\s+atent))",
    ],
    urgentReferral: [
      "(?:llame|llamen|llama|acuda|acudan|vaya|vayan|consulte|busque)\\s+{G6}(?:hoy|ahora|ya\\b|de\\s+inmediato|inmediatamente|enseguida|cuanto\\s+antes|urgencias|emergencias|al\\s+112|al\\s+911|al\\s+061|esta\\s+tarde|esta\\s+noche)",
      "(?:hay\\s+que|es\\s+necesario|es\\s+importante|conviene|necesita)\\s+{G3}(?:valorar\\w*|que\\s+(?:le|la|lo)\\s+(?:vea|revise|explore)|revisar\\w*)\\s+{G4}(?:hoy|ahora|ya\\b|cuanto\\s+antes|medico)",
      "(?:no\\s+(?:espere|conviene\\s+esperar))|urgencias|emergencias|\\b(?:112|911|061)\\b|signos\\s+de\\s+alarma",
    ],
    continuingEscalation: [
      "\\b(?:igual|igualmente)\\s+(?:tiene|tienen|necesita|necesitan|hay\\s+que|debe|deben|conviene)\\b",
      "\\b(?:aun\\s+asi|de\\s+todas\\s+(?:formas|maneras)|de\\s+todos\\s+modos|en\\s+cualquier\\s+caso)\\b",
      "\\bsiguen?\\s+siendo\\s+(?:lo\\s+)?(?:importante|urgente|la\\s+prioridad|prioridad)|\\btodavia\\s+(?:tiene|necesita|hay\\s+que)\\b",
    ],
    conditionalEscalation: [
      "^(?:[a-z]+,\\s+)?(?:y\\s+)?(?:si|en\\s+caso\\s+de|cuando|siempre\\s+que)\\b",
      "(?:enseguida|inmediatamente|de\\s+inmediato|hoy|ahora|ya)\\s+(?:si|en\\s+caso|cuando)\\b",
      "signos\\s+de\\s+alarma|vigile|este\\s+atent[oa]",
      "\\b(?:seria|serian)\\s+(?:motivo|razon|una\\s+urgencia|una\\s+emergencia|distinto|diferente)\\b|\\b(?:requeriria|ameritaria|justificaria)\\b",
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
    referralCues: ["{CLIN}\\s+{G3}(?:decide|decidira|define|definira|fija|fijara|valora|valorara|indica|indicara|ajusta|ajustara|le\\s+dira|te\\s+dira|le\\s+indicara|podra\\s+decir|vera|maneja|manejan|organiza|confirma|evalua|evaluara)", "(?:lo|la|los|las)\\s+(?:fija|decide|define|valora|maneja|indica|revisa|ajusta|organiza)\\s+(?:el|la|su|los|las)\\b", "(?:preguntele|pregunteselo|consultelo|comentelo|comenteselo|preguntaselo|llevele|llevale|llamalos|llamelos|hablelo|consultalo|comentalo)\\b", "(?:con|por)\\s+(?:su|el|la|tu)\\s+(?:[a-z]+\\s+)?{CLIN}\\s*[.,;]?\\s*$"],
    answerOpeners: ["si", "no", "claro", "por\\s+supuesto", "desde\\s+luego", "normalmente", "en\\s+general", "puede", "se\\s+puede", "depende", "mejor\\s+no"],
    amountWords: ["unos", "unas", "varios", "varias", "media", "medio"],
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

};
