/**
 * Portuguese dialogue vocabularies (Brazil and Portugal): how patients ask ("posso...?", "será
 * que", "queria saber") and how the agent answers, deflects or escalates. Regular expressions with
 * macros (see ../types.ts) on folded text: lower case WITHOUT accents ("não" is "nao", "é" is "e"),
 * except `accentedInterrogatives`, matched on text that keeps its accents.
 */

import type { DialogueVocabulary } from "../types";

export const PT_DIALOGUE: DialogueVocabulary = {
  macros: {
    CLIN:
      "(?:medico|medica|medicos|doutor|doutora|dr|dra|enfermeiro|enfermeira|equipe|equipa|clinica|consultorio|especialista|" +
      "farmaceutico|farmaceutica|cirurgiao|cirurgia|cardiologista|obstetra|oncologista|pediatra|reumatologista|endocrinologista|neurologista|psiquiatra|nefrologista|dermatologista|ginecologista|pneumologista|gastroenterologista|hepatologista|hematologista|nutricionista|posto|posto\\s+de\\s+saude|centro\\s+de\\s+saude)",
    NUM: "(?:\\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|dez|quinze|vinte|trinta|quarenta|cinquenta|sessenta|uns|umas|alguns|algumas|meia|meio)",
    // A real danger named as such.
    DANGER: "(?:um\\s+(?:verdadeiro|grande|serio)\\s+(?:perigo|risco)|um\\s+(?:perigo|risco)\\s+(?:real|serio|grave|de\\s+incendio))",
  },

  questions: {
    alternativeMarkers: ["ou", "quer\\s+dizer", "digo", "ou\\s+seja"],
    yesNoByIntonation: true,
    yesNoMarkers: [
      "por\\s+isso|(?:^|\\s)ha\\s|dica|algum|alguma|quanto|hereditario|contagioso|verdade|culpa|causa","posso|pode|podia|poderia|devo|deveria|tenho\\s+(?:que|de)|tem\\s+(?:que|de)|vou|vai|vamos|preciso|precisa|da\\s+(?:pra|para)|e\\s+(?:pra|para)|serve|convem", "normal|mal|grave|perigoso|bem|melhor|pior|suficiente|demais|sempre|para\\s+sempre|pra\\s+sempre|resto\\s+da\\s+vida|ainda|ja|proibido|liberado|hereditario|contagioso", "\\bou\\s+(?:nao|e|sao|tem|so|a|o|as|os|se|eu|da)"],
    reassuranceTags: ["nao\\s+e", "ne", "certo", "nao"],
    leadInWords: ["pergunt\\w*", "saber", "duvida"],
    announcementCues: ["(?:umas|algumas|duas|tres|uma)\\s+(?:duvidas?|perguntas?|coisas|coisinhas)\\b", "(?:queria|gostava\\s+de)\\s+(?:tirar|perguntar|esclarecer)\\b"],
    clauseMarkers: ["e", "mas", "ou", "entao", "ai", "dai", "bom", "bem", "olha", "olhe", "ah", "oh", "ta", "tipo", "assim", "tambem", "porque", "ne", "ok", "alias", "agora", "enfim"],
    fillers: ["tipo", "assim", "bom", "bem", "olha", "ah", "e", "entao", "ai", "ne", "ta", "ok", "eh", "hum", "so", "tambem", "doutora", "doutor"],
    clauseInitialCues: [
      "(?:como|onde|porque|por\\s+que|pra\\s+que|para\\s+que|quanto|quanta|quantos|quantas|qual|quais|quem)\\b(?!\\s+(?:eu\\s+disse|sempre))",
      // "quando fui ao banheiro, ...", "quando ele chegou ...": a past tense after it tells when something happened
      "quando\\b(?!\\s+(?:eu\\s+disse|sempre))(?!\\s+(?:(?:eu|ele|ela|a\\s+gente|o\\s+\\w+|a\\s+\\w+)\\s+)?(?:me\\s+|se\\s+)?(?:fui|foi|era|tinha|tava|estava|[a-z]+ei|[a-z]+ava|(?!(?:vou|sou|dou|estou)\\b)[a-z]+ou)\\b)",
      "o\\s+que\\s+(?:eu|e|faco|devo|posso|tenho|acontece|significa|pode|fazer|seria|voce)\\b",
      "sera\\s+que\\b", "(?:e|eh)\\s+verdade\\s+que\\b", "tem\\s+(?:algum|alguma|problema|como|jeito)\\b", "da\\s+(?:pra|para)\\b",
      "(?:a\\s+partir\\s+de|ate|de|por|em|com)\\s+(?:quando|quanto|quantos|quantas|qual|quais)\\b",
    ],
    clauseInitialCuesNeedingMark: [
      "quando\\b",
      "(?:eu\\s+)?(?:posso|podia|poderia|devo|deveria|preciso|tenho\\s+que|vou\\s+precisar|consigo)\\b",
      "(?:e|eh|seria|sera|esta|ta)\\s+(?:normal|grave|perigoso|melhor|pior|verdade|certo|bom|ruim|seguro|preocupante)\\b",
      "(?:isso|isto|ele|ela|o\\s+remedio|a\\s+dor)\\s+(?:e|pode|vai|faz|passa|atrapalha|tem)\\b", "(?:pode|vai|faz|tem)\\s+(?:ser|dar|problema|mal)\\b",
      "(?:a\\s+gente|voce)\\s+(?:pode|acha|sabe)\\b",
    ],
    clauseInitialCuesWhenUnpunctuated: ["(?:eu\\s+)?(?:posso|devo|preciso)\\s+(?:ja\\s+|ainda\\s+)?[a-z]", "(?:e|eh)\\s+normal\\b", "sera\\s+que\\b",
      // "isso faz mal", "tem algum problema", "quanto tempo demora" without "?"
      "(?:isso|isto)\\s+(?:e\\s+(?:normal|grave|perigoso)|faz\\s+mal|afeta|atrapalha|da\\s+sono|vicia)\\b", "(?:tem|ha)\\s+(?:algum|alguma|problema|perigo|risco)\\b", "quanto\\s+tempo\\s+(?:demora|leva|dura)\\b",
      // a judgement or permission asked for at the end of a run-on turn: "... e sal pode", "... isso pega-se"
      "(?:pode|posso|da|faz\\s+mal|pega|pega\\s+se|e\\s+normal|ta\\s+bem|esta\\s+bem)(?:\\s+(?:isso|isto))?(?=\\s*$)",
      // an either-or closing the turn: "... com a comida ou sem", "... ou tem que comprar", "... ou e so papo"
      "(?:[a-z]+\\s+){1,5}ou\\s+(?:nao|sem|tem\\s+(?:que|de)|pode|posso|e\\s+(?:so|normal|melhor|perigoso)|preciso|tenho\\s+(?:que|de)|espero|depois|antes)\\b(?=(?:\\s+[a-z]+){0,4}\\s*$)"],
    indirectCues: [
      // an either-or about the patient's own next step, or "is it OK if", said without a question mark
      "\\beu\\s+[a-z]+o\\s+(?:[a-z]+\\s+){0,3}?ou\\s+[a-z]+o\\b",
      "(?:tenho|tinha|fiquei\\s+com|estou\\s+com)\\s+(?:duvidas?|uma\\s+duvida)\\s+(?:de\\s+|sobre\\s+)?(?:se|como|quando|quanto|quanta|quantos|quantas|qual|o\\s+que)\\b",
      "^(?:e\\s+|mas\\s+|entao\\s+)?pode\\s+(?!deixar\\b|ser\\b|crer\\b|apostar\\b|esperar\\b|ficar\\s+tranquil)(?:[a-z]+\\s+){0,1}[a-z]+(?:ar|er|ir)\\b",
      // uncertainty or curiosity before an embedded question: a question without a question mark
      "(?:fico|fiquei|estou|to|tava|estava|ando)\\s+(?:na\\s+duvida|em\\s+duvida|pensando|me\\s+perguntando|com\\s+duvida)\\s+(?:se|de\\s+como|como|quando|quanto|qual)\\b",
      "(?:como|quando|onde|o\\s+que|por\\s+que|pra\\s+que|para\\s+que|quanto|qual)\\s+(?:e|eh)\\s+que\\b",
      "(?:o\\s+senhor|a\\s+senhora|voce|vc|tu|a\\s+doutora|o\\s+doutor)\\s+(?:acha|acredita)\\s+que\\b",
      "(?:isso|isto|ela|ele|eu|a\\s+gente)\\s+pode(?=\\s*(?:[?.!]|$))",
      "nao\\s+era\\s+(?:pra|para)\\b",
      "sera\\s+que\\b",
      "(?:queria|quero|gostaria\\s+de|preciso|precisava)\\s+(?:so\\s+|tambem\\s+)?(?:saber|perguntar|entender|tirar\\s+uma\\s+duvida|confirmar)",
      "(?:me\\s+)?(?:pode|podia|poderia)\\s+(?:me\\s+)?(?:dizer|explicar|falar|lembrar|tirar\\s+uma\\s+duvida)",
      "(?:me\\s+)?(?:explica|explique|diga|fala|conta|lembra)\\s+(?:pra\\s+mim|para\\s+mim|de\\s+novo|como|quando|onde|o\\s+que|se)\\b",
      "nao\\s+(?:sei|entendi|entendo|lembro|tenho\\s+certeza)\\s+(?:bem\\s+|direito\\s+)?(?:se|como|quando|onde|quanto|qual|o\\s+que|por\\s+que|porque)\\b",
      "(?:tenho|tinha|fiquei\\s+com)\\s+(?:uma|outra|mais\\s+uma)\\s+(?:duvida|pergunta)", "(?:uma|outra|ultima)\\s+(?:pergunta|duvida)\\b",
      "(?:fiquei|estou)\\s+(?:pensando|me\\s+perguntando)\\s+se\\b", "(?:eu\\s+)?me\\s+pergunto\\s+se\\b",
      // a question relayed from home ("a minha mulher pergunta se já posso...") and eager curiosity
      "(?:quer|querem)\\s+saber\\s+(?:se|quando|como|o\\s+que|qual|onde|por\\s+que)\\b",
      "(?:pergunta|perguntou|perguntam)\\s+se\\s+(?:(?:eu|ela|ele|a\\s+gente|nos)\\s+)?(?:ja\\s+)?(?:posso|pode|podemos|devo|deve|precisa|preciso|tem\\s+que|tenho\\s+que|e)\\b",
      "(?:morrendo|morta|morto|doid[ao]|louc[ao])\\s+(?:de\\s+curiosidade\\s+)?(?:pra|para|por)\\s+saber\\b",
    ],
    accentedInterrogatives: ["(?:quê|porquê)(?![a-záàâãçéêíóôõúü])"],
    echoChecks: [],
    nonQuestions: [
      "(?:como|tudo)\\s+(?:vai|bem|vai\\s+voce|esta|ta)\\b", "tudo\\s+bem\\s*\\?", "pra\\s+que\\s+(?:viver|continuar)\\b", "de\\s+que\\s+adianta\\b",
      "(?:que|qual)\\s+(?:bom|otimo|pena|susto|horror|medo|alivio|vergonha|sorte|coisa\\s+boa)\\b", "(?:esta|ta)\\s+me\\s+ouvindo\\b",
      "(?:posso|podia)\\s+(?:te|lhe)\\s+(?:contar|dizer|falar)\\s+(?:uma\\s+coisa|algo)", "(?:pode|poderia)\\s+repetir\\b",
      // "por que eu?" ("why me?") alone; "por que eu tenho que tomar...?" asks
      "por\\s+que\\s+(?:eu|comigo)\\s*(?:[?.!]|$)",
      "sabe\\s+(?:o\\s+que|como\\s+e)\\b",
    ],
    tags: ["ne", "nao\\s+e", "certo", "viu", "sabe", "entendeu", "ta", "ok", "nao", "sim", "tá\\s+bom", "ta\\s+bom", "e\\s+isso", "nao\\s+e\\s+mesmo"],
    rhetoricalTags: ["viu", "sabe", "entendeu"],
    evaluativeCues: ["(?:posso|devo|preciso|tenho\\s+que|e\\s+normal|e\\s+grave|e\\s+melhor|tem\\s+problema|faz\\s+mal|pode\\s+ser|esta\\s+bem|ta\\s+bom)\\b"],
    escalationQuestions: [
      "o\\s+que\\s+(?:eu\\s+)?(?:faco|devo\\s+fazer|tenho\\s+que\\s+fazer)|quando\\s+(?:devo|tenho\\s+que|preciso)\\s+(?:ligar|ir|me\\s+preocupar|procurar)",
      "(?:devo|tenho\\s+que|preciso)\\s+(?:ligar|ir\\s+(?:ao|no|pro|para\\s+o)\\s+(?:pronto|hospital)|me\\s+preocupar|procurar)|(?:e|eh)\\s+(?:uma\\s+)?(?:urgencia|emergencia)|pra\\s+quem\\s+(?:eu\\s+)?ligo",
    ],
    reservedDecisions: [
      "dobr\\w*|dose|unidades|aumentar|diminuir|baixar|reduzir|pular|parar|suspender|trocar\\s+(?:de|para|pro)|mudar\\s+(?:de|para)",
      "quant[oa]s?\\s+(?:eu\\s+)?(?:tomo|aplico|unidades|comprimidos)",
      "(?:pode|poderia)\\s+ser|sera\\s+que\\s+(?:e|tenho)|e\\s+grave|o\\s+que\\s+(?:eu\\s+)?tenho",
    ],
    acknowledgements: ["sim", "nao", "ah", "ta", "tá", "ok", "serio", "verdade", "jura", "como", "oi", "ola", "alo", "hein", "e", "entendi"],
  },

  replies: {
    deflection: [
      // the agent would rather the clinician took it: "prefiro que seja a Dra. Vasconcelos a conversar consigo"
      "prefiro\\s+que\\s+(?:seja\\s+(?:o|a)\\s+{G2}{CLIN}|(?:o|a)\\s+{G2}{CLIN}|(?:fale|pergunte|converse|veja|confirme)\\s+{G4}{CLIN})",
      // the agent declines in the first person, whatever the verb: "não consigo ver", "não tenho acesso"
      "(?:eu\\s+)?nao\\s+(?:lhe\\s+|te\\s+|o\\s+|a\\s+)?(?:posso|consigo|conseguiria|poderia|tenho\\s+(?:acesso|como))\\b",
      "nao\\s+e\\s+algo\\s+que\\s+eu\\b",
      // the decision or the conversation belongs to the clinician, or the agent will not go into it now
      "(?:e\\s+algo\\s+que|isso|isto)\\s+so\\s+(?:o|a)\\s+{G2}{CLIN}\\w*(?:\\s+[a-z]+)?\\s+(?:pode|consegue|vai)\\s+(?:definir|decidir|dizer|confirmar|orientar|avaliar)",
      "(?:siga|sigam)\\s+(?:exatamente\\s+)?o\\s+que\\s+(?:esta|estiver)\\s+na\\s+receita",
      "melhor\\s+(?:combinar|conversar|ver|falar|decidir|tratar)\\s+(?:isso\\s+|isto\\s+)?com\\s+{G3}{CLIN}",
      // "é uma conversa para ter com o seu médico"
      "(?:conversa|decisao|pergunta)\\s+(?:importante\\s+|boa\\s+)?(?:para|pra)\\s+(?:ter|fazer|tratar|levar)\\s+(?:com|a|ao|para|pra)\\s+{G3}{CLIN}",
      // the agent cannot see the record or will not guess: no answer whoever is named after
      "(?:nao|não)\\s+(?:tenho\\s+acesso|consigo\\s+ver|vejo\\s+(?:o|a|os|as|seu|sua|seus|suas))\\b",
      "(?:nao|não)\\s+tenho\\s+como\\s+(?:orientar|dizer|saber|ver|confirmar|responder)",
      "(?:nao|não)\\s+(?:queria|quero|gostaria\\s+de)\\s+(?:adivinhar|chutar|inventar)",
      "(?:nao|não)\\s+(?:passa\\s+por\\s+mim|e\\s+comigo|é\\s+comigo)",
      // the agent would rather not answer, says it depends on what the team finds, or saves it for the next visit
      "prefiro\\s+(?:nao|não)\\s+(?:te\\s+|lhe\\s+)?(?:orientar|dar|dizer|recomendar|indicar|responder|falar)",
      "depende\\s+do\\s+que\\s+(?:o|a|seu|sua|os)\\s+{CLIN}",
      "(?:avaliacao|decisao|indicacao|resposta|conta)\\s+(?:e|fica|tem\\s+que\\s+ser)\\s+(?:feita\\s+|dada\\s+|tomada\\s+)?(?:pelo|pela|com\\s+o|com\\s+a)\\s+{CLIN}",
      "(?:pergunta|conversa|assunto|tema|duvida)\\s+(?:[a-z]+\\s+){0,3}(?:para|pra)\\s+(?:ter\\s+)?(?:na|a)\\s+proxima\\s+consulta",
      "nao\\s+e\\s+algo\\s+que\\s+(?:eu\\s+)?(?:possa|consiga)\\s+(?:recomendar|dizer|orientar|indicar|responder)",
      // polite deflections: the team has to say it, it needs planning with the doctor
      "(?:prefiro|preferia)\\s+que\\s+(?:o|a|seu|sua)\\s+",
      "quem\\s+(?:tem|precisa)\\s+(?:que|de)\\s+(?:passar|dizer|decidir|definir|responder|avaliar)",
      "precisa\\s+ser\\s+(?:feito|feita|planejado|planejada|decidido|decidida|avaliado|avaliada|definido|definida)\\s+(?:junto\\s+)?com",
      "{CLIN}\\s+(?:[a-z']+\\s+){0,2}precisa\\s+(?:avaliar|decidir|definir|ver)",
      "(?:e|eh)\\s+(?:um\\s+)?assunto\\s+para\\s+(?:uma\\s+)?consulta",
      // the agent cannot see it from here, passes, or names who can answer instead
      "daqui\\s+(?:eu\\s+)?nao\\s+(?:consigo|vejo|tenho|posso)",
      "quem\\s+pode\\s+(?:te|lhe)\\s+dar\\s+(?:uma|a)\\s+resposta",
      "nao\\s+quero\\s+(?:te|lhe)\\s+dar\\s+(?:um\\s+numero|um\\s+prazo|uma\\s+data)",
      "(?:nao|eu\\s+nao)\\s+(?:tenho\\s+como|consigo|posso|sei)\\s+(?:te\\s+|lhe\\s+)?(?:dar|dizer|indicar|adiantar|prever|garantir|responder)",
      "nao\\s+lhe\\s+sei\\s+dizer|nao\\s+te\\s+sei\\s+dizer",
      "(?:isso|essa\\s+decisao|essa\\s+escolha|a\\s+escolha)\\s+(?:e|e\\s+algo|fica)\\s+(?:do|da|para\\s+combinar\\s+com|com\\s+o|com\\s+a|pra\\s+combinar)",
      "(?:quem|so|somente)\\s+(?:decide|define|avalia|libera|pode\\s+(?:dizer|avaliar|decidir))\\b",
      "(?:pergunte|pergunte[\\s-]lhe|pergunte\\s+a\\s+ela|pergunte\\s+a\\s+ele|converse\\s+com)\\b",
      "nao\\s+(?:posso|consigo|tenho\\s+como|sou\\s+a\\s+pessoa\\s+certa\\s+para|estou\\s+autorizad[oa]\\s+a)\\s+{G3}(?:te\\s+|lhe\\s+)?(?:aconselhar|dizer|recomendar|indicar|responder|mudar|alterar|ajustar|confirmar|diagnosticar|orientar|opinar|avaliar|receitar)",
      "nao\\s+(?:tenho|disponho\\s+de)\\s+{G2}(?:informac\\w*|dados|orientac\\w*)",
      "(?:isso|essa\\s+informacao)\\s+nao\\s+(?:esta|consta|aparece)\\s+(?:nos|no|nas|nas\\s+minhas|nos\\s+meus)\\s+(?:materiais|orientacoes|documentos|informacoes)",
      "nao\\s+sei\\b|nao\\s+tenho\\s+certeza\\b",
      "(?:vamos\\s+)?(?:voltar|focar|manter)\\s+(?:ao|no|na|nas|nos)\\b",
      "(?:quem\\s+decide|quem\\s+vai\\s+decidir|quem\\s+define|quem\\s+avalia)\\s+{G3}{CLIN}",
      "(?:decisao|decidir|definir|avaliar|ajustar|indicar)\\s+{G4}{CLIN}",
      "{CLIN}\\s+{G3}(?:vai\\s+(?:decidir|definir|avaliar|ajustar|indicar|dizer|orientar|explicar)|decide|define|avalia|e\\s+quem|e\\s+(?:o|a)\\s+melhor|pode\\s+(?:te|lhe)\\s+(?:dizer|orientar|explicar)|saberia)",
      "(?:converse|converse\\s+com|fale\\s+com|pergunte\\s+(?:ao|a|para)|leve\\s+(?:essa|a)\\s+(?:duvida|pergunta)|consulte|verifique\\s+com|conversar\\s+com|falar\\s+com|perguntar\\s+(?:ao|a|para))\\s+{G3}{CLIN}",
      "cada\\s+(?:caso|pessoa|paciente|organismo|recuperacao)\\s+(?:e\\s+(?:um\\s+caso|diferente|unico|unica)|tem\\s+(?:seu|o\\s+seu)\\s+tempo)",
      "depende\\s+de\\s+(?:muitos|varios|muitas|varias|cada)\\b", "(?:dificil|impossivel)\\s+(?:dizer|saber|prever)",
      "(?:anote|anotar|leve|levar|guarde)\\s+{G3}(?:pergunta|duvida)\\s+{G4}(?:consulta|retorno|proxima)",
      "(?:boa|otima|excelente)\\s+(?:pergunta|duvida)\\s+(?:pra|para)\\s+(?:fazer|levar|o\\s+seu|a\\s+sua)",
      "(?:o\\s+ideal|o\\s+melhor)\\s+e\\s+(?:conversar|falar|perguntar|ver\\s+isso)\\s+com",
    ],
    empathy: [
      "^(?:[a-z]+,\\s+)?(?:entendo|compreendo|imagino|que\\s+bom|fico\\s+(?:feliz|contente)|sinto\\s+muito|lamento|obrigad[oa]\\s+por|e\\s+(?:uma\\s+)?(?:otima|boa|excelente)\\s+pergunta|e\\s+(?:muito\\s+)?(?:compreensivel|natural)|de\\s+nada|com\\s+prazer|imagina)",
      "^(?:[a-z]+,\\s+)?(?:deve\\s+ser|que\\s+(?:dificil|chato))",
    ],
    meta: ["antes\\s+de\\s+(?:responder|continuar|falar|seguir)", "(?:primeiro|antes),?\\s+(?:quero|preciso|deixa)", "(?:deixa|deixe)[\\s-]+me\\s+(?:voltar|parar)", "(?:quero|preciso)\\s+(?:voltar|parar)"],
    flagAnnouncement: [
      "(?:vou|estou|ja\\s+vou)\\s+(?:avisar|sinalizar|alertar|repassar|marcar\\s+(?:isso|isto|como)\\s+urgente)\\b",
      // a equipe precisa saber: "a equipe precisa saber disso", "o médico tem que saber"
      "(?:equipe|equipa|medic[oa]|doutor[a]?|enfermeir[oa]|clinica)\\s+{G3}(?:precisa|precisam|tem\\s+que|tem\\s+de|deve|devem)\\s+(?:de\\s+)?saber\\b",
      "(?:precisa|precisam|tem\\s+que|tem\\s+de|deve|devem)\\s+(?:de\\s+)?saber\\s+(?:disso|disto)\\b",
      "(?:aviso|sinalizo|repasso)\\s+{G3}(?:agora|hoje|ja\\b|imediatamente)",
    ],
    concernOpening: [
      // o que o doente contou, julgado por inteiro: "o que me está a contar é importante"
      "o\\s+que\\s+(?:(?:voce|a\\s+senhora|o\\s+senhor)\\s+)?(?:me\\s+)?(?:esta\\s+a\\s+contar|esta\\s+contando|conta|contou|diz|disse|descreve|descreveu|esta\\s+a\\s+descrever)\\s+e\\s+(?:(?:muito|mesmo)\\s+)*(?:importante|grave|serio|preocupante|urgente)",
      "(?:isso|isto)\\s+(?:tambem\\s+)?e\\s+(?:(?:tambem|muito|mesmo|realmente)\\s+)*(?:importante|{DANGER}|preocupante|grave|serio|perigoso|urgente|uma\\s+(?:urgencia|emergencia)|um\\s+sinal\\s+de\\s+alarme)(?!\\s+(?:pergunta|de\\s+perguntar))",
      // a judgement of any subject: "uma crise tão longa é uma emergência"; not a conditional nor "não é grave"
      "(?!(?:se|quando|caso|qualquer|algum|alguma|nenhum|nenhuma|nada)\\b)(?:[a-z]+,?\\s+){1,8}?(?<!\\bnao\\s)(?:e|sao)\\s+(?:(?:tambem|muito|mesmo|realmente)\\s+)*(?:preocupante|{DANGER}|grave|serio|seria|perigoso|perigosa|urgente|uma\\s+(?:urgencia|emergencia)|um\\s+sinal\\s+de\\s+alarme)(?!\\s+(?:pergunta|de\\s+perguntar))",
      "(?:isso|isto|o\\s+que\\s+(?:me\\s+)?(?:conta|diz|descreve))\\s+(?:me\\s+)?preocupa",
    ],
    thanksBeforeJudgement: [
      "(?:muito\\s+)?obrigad[oa](?:\\s+por\\s+(?:me\\s+)?(?:dizer|contar|avisar)(?:\\s+(?:isso|isto))?|\\s+pela\\s+(?:sinceridade|confianca))?",
    ],
    disclosureThanks: [
      // thanks for a disclosure opening the reply: "Obrigada por contar.", "Fez bem em contar."
      "(?:muito\\s+)?obrigad[oa]\\s+(?:por\\s+(?:me\\s+)?(?:contar|dizer)(?:\\s+(?:isso|isto))?|pela\\s+(?:sinceridade|confianca|franqueza))",
      "(?:fez|fizeste|voce\\s+fez)\\s+(?:muito\\s+)?bem\\s+em\\s+(?:me\\s+)?(?:contar|dizer|falar)",
      "(?:ainda\\s+bem|que\\s+bom)\\s+que\\s+(?:me\\s+)?(?:contou|disse|falou)",
    ],
    calmOpening: [
      // the agent opening its reply by calling what was said normal or good news: "Isso é muito comum.", "Que bom ouvir isso."
      "(?:(?:isso|isto)\\s+e\\s+(?:(?:muito|bem|bastante|totalmente)\\s+)*(?:normal|comum|esperado|habitual|frequente|tipico)|que\\s+bom\\s+(?:ouvir|saber)|fico\\s+(?:feliz|contente)\\s+(?:em|de)\\s+(?:ouvir|saber))",
    ],
    // words that turn a calm opening into a "but": "That's common, but with a fever it needs checking"
    calmContrast: ["mas", "porem", "contudo", "no\\s+entanto", "exceto"],
    // the same judgement later in the first sentence: "Some swelling of the ankles is very common in late pregnancy."
    calmJudgement: ["(?:e|sao)\\s+(?:(?:muito|bem|bastante|tambem)\\s+)*(?:normal|normais|comum|comuns|esperado|esperada|esperados|habitual|habituais|frequente|frequentes|tipico|tipica)"],
    // the agent taking the turn up without escalating: "please tell them about that too", "that can be dangerous"
    takesUp: ["(?:diga|conte|mencione|fale)\\s+(?:isso|isto)?\\s*(?:tambem|a\\s+(?:equipe|equipa|medica|doutora))", "(?:pode|poderia)\\s+ser\\s+(?:muito\\s+)?perigos[oa]|nao\\s+e\\s+seguro"],
    // the agent offering contact in a question, and the patient saying yes to it: a request for contact
    contactOffer: ["(?:quer|queres|gostaria|deseja|prefere)\\b[^?.!]{0,80}?(?:(?:lhe|te|o|a)\\s+(?:ligue|liguem|ligar|telefone|telefonem|telefonar|contacte|contactem|contactar|contate|contatem|contatar|retorne|retornem)|(?:ligar|telefonar|contactar)(?:-|\\s+)(?:lhe|te)|(?:ligue|liguem|telefone|telefonem)\\s+(?:para|pra)\\s+(?:voce|si|a\\s+senhora|o\\s+senhor)|falar\\s+com\\s+(?:um|uma|o|a|alguem|a\\s+sua|o\\s+seu|seu|sua)\\b|(?:passe|passar|transfira|transferir)\\s+(?:a\\s+chamada\\s+)?(?:para|pra)\\s+(?:um|uma|o|a))"],
    offerAccepted: ["(?:(?:ah|ai|olha|entao|pois|bom|ta|ok)[\\s,.]+){0,2}(?:sim|quero|queria|por\\s+favor|se\\s+faz\\s+favor|pode\\s+ser|claro|gostaria|agradeco|seria\\s+(?:bom|otimo|bem\\s+bom)|ta\\s+bom|esta\\s+bem|ta\\s+bem|pode\\s+sim)(?![\\s,.]+(?:nao|obrigad))"],
    additionalConcern: [
      "(?:(?:e|sao|foi)\\s+(?:tambem\\s+)?(?:(?:outro|mais\\s+um)\\s+(?:sinal|sintoma)\\s+de\\s+(?:alarme|alerta|perigo)|(?:outro|mais\\s+um)\\s+motivo\\s+para\\s+(?:[a-z]+\\s+){0,2}?(?:ligar|ir|procurar|ser\\s+vist[oa]|nao\\s+esperar)|(?:outra|mais\\s+uma)\\s+razao\\s+para\\s+(?:[a-z]+\\s+){0,2}?(?:ligar|ir|procurar|ser\\s+vist[oa]|nao\\s+esperar)))(?!\\s+(?:a\\s+vigiar|para\\s+(?:vigiar|estar\\s+atent)|que\\s+(?:deve|tem\\s+de)\\s+vigiar))",
    ],
    urgentReferral: [
      "(?:ligue|liga|ligar|procure|procura|va|vai|busque|chame|dirija[\\s-]+se)\\s+{G6}(?:agora|ja\\b|imediatamente|hoje|o\\s+quanto\\s+antes|o\\s+mais\\s+rapido|urgencia|emergencia|pronto[\\s-]+socorro|pronto\\s+atendimento|samu|upa|192|112|911|hospital)",
      "nao\\s+espere|pronto[\\s-]+socorro|emergencia|urgencia|samu|\\b(?:192|112|911)\\b|(?:precisa|tem\\s+que)\\s+ser\\s+(?:avaliad[oa]|vist[oa]|examinad[oa])\\s+(?:hoje|agora|logo|ja)",
    ],
    continuingEscalation: [
      "\\b(?:mesmo\\s+assim|ainda\\s+assim|de\\s+qualquer\\s+(?:forma|jeito|maneira)|em\\s+todo\\s+caso)\\b",
      "\\bcontinuam?\\s+(?:sendo\\s+|a\\s+ser\\s+)?(?:importante|urgente|a\\s+prioridade|prioridade)|\\bainda\\s+(?:precisa|precisam|tem\\s+que|tem\\s+de)\\b",
    ],
    conditionalEscalation: ["^(?:[a-z]+,\\s+)?(?:e\\s+)?(?:se|caso|no\\s+caso\\s+de|quando|sempre\\s+que)\\b", "(?:imediatamente|hoje|agora|ja)\\s+(?:se|caso|quando)\\b", "sinais\\s+de\\s+alerta|fique\\s+atent[oa]", "\\b(?:seria|seriam)\\s+(?:motivo|razao|uma\\s+urgencia|uma\\s+emergencia|diferente)\\b|\\b(?:exigiria|justificaria)\\b"],
    logisticsWords: ["ligue", "ligar", "clinica", "consultorio", "equipe", "hoje", "agora", "favor", "medico", "medica", "doutor", "doutora", "enfermeira", "emergencia", "urgencia", "hospital", "obrigado", "obrigada", "imediatamente", "numero", "samu", "posto"],
    interim: ["^(?:[a-z]+,\\s+)?(?:enquanto\\s+isso|por\\s+enquanto|ate\\s+(?:la|falar|ser\\s+atendid[oa]))", "o\\s+que\\s+(?:eu\\s+posso\\s+(?:te|lhe)\\s+dizer|a\\s+orientacao\\s+diz)\\s+e"],
    safetyNet: ["^(?:[a-z']+,?\\s+){0,2}se\\b(?:.*)\\b(?:ligue|procure|avise|va)\\b", "(?:ligue|procure|avise)\\s+{G6}se\\b"],
    topicSwitch: ["^(?:[a-z]+,\\s+)?(?:sobre|quanto\\s+(?:a|ao|as|aos)|em\\s+relacao\\s+(?:a|ao)|com\\s+relacao\\s+(?:a|ao)|ja\\s+(?:sobre|o|a)|e\\s+sobre)"],
    concreteAnswer: [
      "\\b{NUM}\\s+(?:(?!cada\\b|por\\b)[a-z']+,?\\s+){0,2}?(?:minutos?|horas?|dias?|semanas?|mes|meses|anos?|vezes|mg|miligramas|gramas|ml|litros?|copos?|xicaras?|quilos?|kg|graus|unidades|por\\s+cento|comprimidos?|centimetros?)\\b(?!\\s+(?:de\\s+)?(?:retorno|consulta|revisao))",
      "^(?:[a-z]+,\\s+)?(?:sim|nao|pode|pode\\s+sim)\\s*[,.;:!]",
    ],
    referralCues: ["{CLIN}\\s+{G3}(?:vai\\s+(?:decidir|definir|avaliar|ajustar|indicar|dizer|orientar|explicar)|decide|define|avalia|libera|indica|e\\s+quem|pode\\s+(?:dizer|avaliar|orientar)|tem\\s+isso)", "(?:quem|so|somente|apenas)\\s+(?:decide|define|avalia|libera|pode\\s+(?:dizer|avaliar))\\s+(?:e\\s+)?(?:o|a)\\b", "(?:pergunte|pergunte[\\s-]lhe|converse|fale\\s+com|diga[\\s-]lhe)\\b", "(?:decisao|escolha)\\s+{G3}(?:e|e\\s+do|e\\s+da|tem\\s+de\\s+ser\\s+feita\\s+pel[oa])\\b", "(?:com|pel[oa])\\s+(?:o|a|seu|sua)\\s+(?:[a-z]+\\s+)?{CLIN}\\s*[.,;]?\\s*$"],
    answerOpeners: ["sim", "nao", "pode", "pode\\s+sim", "claro", "com\\s+certeza", "em\\s+geral", "normalmente", "depende", "geralmente", "em\\s+parte", "e\\s+uma\\s+escolha"],
    amountWords: ["uns", "umas", "alguns", "algumas", "meia", "meio", "varios", "varias"],
    appointmentBeforeNumber: ["(?:retorno|consulta|revisao|controle)\\s+(?:de\\s+)?(?:as?\\s+|os\\s+)?"],
  },

  overlapStopwords: [
    "o", "a", "os", "as", "um", "uma", "uns", "umas", "de", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "aos", "em", "e", "ou",
    "que", "se", "com", "sem", "por", "pra", "para", "pelo", "pela", "eu", "me", "meu", "minha", "meus", "minhas", "voce", "ele", "ela",
    "isso", "isto", "esse", "essa", "este", "esta", "e", "eh", "sao", "ser", "estar", "estou", "ta", "to", "tem", "tenho", "ter", "posso",
    "pode", "devo", "preciso", "fazer", "faco", "vai", "vou", "ja", "ainda", "mais", "muito", "bem", "tambem", "so", "mas", "entao",
    "quando", "como", "onde", "qual", "quais", "quanto", "quantos", "ne", "ai", "tipo", "assim", "sim", "nao", "coisa", "vez", "dia",
    "hoje", "agora", "doutor", "doutora", "pergunta", "saber", "queria", "quero", "normal", "tudo", "nada", "ok", "obrigado", "obrigada",
  ],

  focusConcepts: [
    { id: "driving", question: ["dirigir", "guiar", "conduzir", "volante", "pegar\\s+o\\s+carro"], answer: ["dirigir", "direcao", "guiar", "conduzir", "volante", "carro"] },
    { id: "work", question: ["(?:voltar|retornar)\\s+(?:a|ao|pro|para\\s+o)\\s+(?:trabalho|trabalhar|servico|emprego)", "meu\\s+(?:trabalho|servico|emprego)"], answer: ["trabalho", "trabalhar", "servico", "emprego", "laboral"] },
    { id: "flying", question: ["aviao", "voar", "voo", "aeroporto"], answer: ["aviao", "voar", "voo", "voos", "aeroporto", "viag\\w*"] },
    { id: "swimming", question: ["piscina", "nadar", "praia", "mar", "banheira"], answer: ["piscina", "nadar", "praia", "mar", "banheira", "banho", "mergulh\\w*"] },
    { id: "sex", question: ["relacao\\s+sexual", "relacoes\\s+sexuais", "sexo", "transar"], answer: ["sexual\\w*", "sexo", "relac\\w*"] },
    { id: "alcohol", question: ["alcool", "cerveja", "vinho", "cachaca", "bebida", "beber"], answer: ["alcool", "cerveja", "vinho", "bebida\\w*", "beber"] },
    { id: "sport", question: ["academia", "esporte", "futebol", "bola", "correr", "caminhada", "bicicleta", "pedalar"], answer: ["academia", "esporte\\w*", "futebol", "correr", "corrida", "caminhada", "bicicleta", "exercicio\\w*", "atividade\\w*"] },
    { id: "lifting", question: ["carregar", "levantar", "peso", "pesado", "pesada", "sacola"], answer: ["carreg\\w*", "levant\\w*", "peso\\w*", "pesad\\w*", "quilos?", "sacolas?", "esforco\\w*"] },
    { id: "travel", question: ["viajar", "viagem", "ferias", "exterior"], answer: ["viag\\w*", "viaj\\w*", "ferias", "exterior", "aviao", "seguro"] },
    { id: "showering", question: ["banho", "tomar\\s+banho", "molhar", "chuveiro", "lavar\\s+o\\s+cabelo"], answer: ["banho", "molh\\w*", "agua", "lav\\w*", "sec\\w*", "chuveiro", "impermeavel"] },
  ],
};
