/**
 * Portuguese context cues and measurement words, in the rule language of ../types.ts. Spoken
 * Brazilian Portuguese often repeats the negation after the word ("febre não tive não",
 * "dor no peito, nada"), which `postNegationCues` covers.
 */

import type { ContextVocabulary, MeasurementVocabulary } from "../types";

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
  onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16, dezessete: 17,
  dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50,
  sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100, cento: 100, duzentos: 200, trezentos: 300,
  quatrocentos: 400, quinhentos: 500,
};

export const PT_GAP_BLOCKERS: readonly string[] = ["não", "nao", "sem", "nem", "nunca", "nada", "nenhum", "nenhuma", "jamais", "mas", "porém", "embora"];

export const PT_CONTEXT: ContextVocabulary = {
  negationCues: ["não", "nao", "sem", "nem", "nunca", "nada de", "nenhum", "nenhuma", "jamais", "nada"],
  pseudoNegations: ["ou não", "(fazer|faço|faco|fazendo|fiz|farei) nada", 
    // um pedido na forma negativa: "não dá pra falar com uma pessoa?"
    "não (dá|da|posso|poderia|pode|podia) [pra|para|eu] (falar|conversar) com",
    "não (sei se|tenho certeza|só|somente|apenas)", "sem dúvida", "(não|nada) (passa|para|melhora|resolve|adianta|alivia|segura|funciona)",
    "(nada|nenhum remédio) (adianta|resolve|alivia|funciona)", "não (consigo|conseguia) (parar|segurar)", "não (me )?sinto bem", "não (estou|tô|ando) bem",
    "não (sei|entendo) (o que|como|quando)", "não (aguento|dou conta)",
    // a purpose clause, "so as not to be a bother": it denies the burden on others, not what was said before it
    "(pra|para|pro) (não|nao) (dar trabalho|dar mais trabalho|incomodar|ser um peso|ser peso|atrapalhar|preocupar|chatear)",
  ],
  postNegationCues: ["não", "nada", "nenhum", "nenhuma", "também não", "de jeito nenhum", "não tive", "não tenho", "não senti"],
  postNegationReach: 2,
  listDenialCues: ["nada", "nada disso", "nada não", "nenhum", "nenhuma", "nenhum dos dois", "também não", "não", "de jeito nenhum"],
  conditionalCues: ["se", "e se", "caso", "no caso de", "se por acaso", "quando (eu )?(tiver|começar|sentir)"],
  clauseThen: ["então", "aí", "daí"],
  terminators: ["mas", "porém", "porem", "embora", "exceto", "só que", "agora", "ainda", "mesmo assim", "entretanto", "contudo", "porque", "pois", "já que"],
  listJoiners: ["e", "ou", "nem"],
  disjunctiveJoiners: ["ou", "nem"],
  hypotheticalCues: ["tenho medo (de|que)", "medo de", "receio", "risco de", "sinais de", "sintomas de", "vigiar", "evitar", "prevenir", "é normal (que|ter|sentir)", "como (eu )?sei (se)?", "o que (eu )?faço (se|quando)", "quando (devo|tenho que) (ligar|ir|me preocupar)", "pode (dar|causar|provocar)", "poderia", "algum dia", "no futuro", "(posso|pode|podemos|devo|deve|preciso|dá pra|da pra) (tomar|dar|dar-lhe|usar|parar|pular|dobrar|passar)"],
  accentedNonCues: [],
  hypotheticalExceptions: ["(sei|sabia|lembro|lembrava|perguntar|pergunto|ver|saber|certeza) se", "como se", "mesmo se", "se não me engano", "se deus quiser"],
  reportedInformationCues: ["(bula|papel|internet|google|folheto|receita|vizinha|comadre) (diz|dizia|fala|falava|menciona)", "li (na|no|que)", "me disseram que", "dizem que"],
  historicalCues: ["há (anos|meses|muito tempo)", "faz (anos|meses|muito tempo)", "ano passado", "mês passado", "(verão|inverno|outono) passado", "primavera passada", "semana passada", "quando (eu )?era (criança|jovem|novo|nova)", "antes da (cirurgia|operação)", "antigamente", "no passado", "no primeiro dia", "nos primeiros dias"],
  // the event the care follows: past for that event word only ("after the heart attack")
  indexEventCues: ["(depois do|depois da|desde o|desde a|após o|após a|alta ~4 do) (enfarte|infarto|avc|derrame|embolia|trombose|coágulo)", "(tive|teve) (o|um|uma|a) (enfarte|infarto|avc|derrame|embolia|trombose) ~2 (há|faz) ~2 (#|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|quinze) (dias|semanas|meses|anos)"],
  // someone who took the reading for the patient or lent the device: the measurer, not whose reading it is
  measuredForPatientCues: ["(me mediu|mediu|tirou|verificou|pôs|colocou) ~3 (a pressão|a tensão|a temperatura|a febre|o açúcar|a glicemia|o aparelho|o oxímetro)?", "(tem|comprou|emprestou) ~3 (um|uma|o|a) ~2 (aparelho|aparelhinho|termómetro|termômetro|oxímetro|medidor)"],
  // someone who gave the dose: the giver, not whose medicine it is
  givenToSpeakerCues: ["me (deu|deram|aplicou|aplicaram|pôs) ~3 (outra|outro|de novo|outra vez|dobrado|duas vezes)"],
  givenToSpokenForCues: ["(lhe|deu|deram|aplicou|aplicaram) ~3 (outra|outro|de novo|outra vez|dobrado|duas vezes|ml|unidades)"],
  careSettingCues: ["no hospital"],
  ongoingCues: ["desde", "ainda", "continua", "sigo"],
  resolutionCues: ["(já )?(passou|passaram)", "(já )?(sumiu|sumiram)", "(já )?(melhorou|melhoraram)", "nunca mais (voltou|voltaram|tive)", "(já )?está (bem|melhor|normal)", "(bem|muito) melhor", "desapareceu", "não voltou", "não (voltou|apareceu) mais", "durou (só|uns|poucos) (segundos|minutos)", "depois (passou|melhorou|parou)", "parou sozinho", "parou sozinha", "(agora|hoje) (está|tá|esta|ficou) ~1 (sequinha|sequinho|seca|seco|fechada|fechado|limpa|limpinha|boa|bom|ótima|ótimo|normal)"],
  eventResolutionCues: ["(já )?(fui|passei) na farmácia", "(já )?(comprei|peguei|consegui) (o|a|os|as)? ~1 (remédio|remédios|insulina|receita)", "(renovaram|renovei) a receita", "voltei a tomar"],
  recencyCues: ["hoje", "ontem", "de manhã", "hoje cedo", "esta noite", "essa noite", "à tarde", "agora", "agorinha", "há (uma|duas|umas) horas", "faz (uma|duas|umas) horas"],
  expectedCues: ["(é|era|seria) (totalmente|completamente)? normal", "(me|nos) (disseram|disse|falaram|falou|explicaram|explicou|avisaram|avisou) que", "(o|a) (médico|médica|doutor|doutora|enfermeira) (disse|falou|avisou) que", "já (me|nos) (tinha|tinham|havia|haviam) (dito|avisado|explicado|falado)", "(isso|isto) (podia|podería|poderia) acontecer", "esperado", "não me preocupa", "como sempre", "de sempre", "normal pra mim", "(um pouco|meio|levemente|um pouquinho) ~2 (dolorido|dolorida|inchado|inchada|cansado|cansada|incomodando)",
  ],
  baselineCues: [
    // um achado antigo e sem mudança: o estado de base, não um sinal novo
    "(está|esta|tá|ta|é|e|sempre foi|foi sempre) (assim|igual) ~3 (há|ha|faz|desde|anos|sempre)",
    "nada de novo", "(não|nao) é novo", "(não|nao) e novo", "é coisa antiga", "e coisa antiga", "tenho isso (há|ha|faz) anos",
  ],
  thirdPartyNouns: ["marido", "esposa", "mulher", "esposo", "companheiro", "companheira", "namorado", "namorada", "filho", "filha", "filhos", "filhas", "bebê", "bebé", "mãe", "mamãe", "pai", "papai", "irmão", "irmã", "tio", "tia", "primo", "prima", "avó", "avô", "vovó", "vovô", "neto", "neta", "sobrinho", "sobrinha", "amigo", "amiga", "vizinho", "vizinha", "colega", "chefe", "sogro", "sogra", "cunhado", "cunhada", "cachorro", "gato", "família", "comadre", "compadre"],
  thirdPartyDeterminers: ["meu", "minha", "meus", "minhas", "o", "a", "os", "as", "um", "uma", "seu", "sua", "nosso", "nossa", "do", "da"],
  thirdPartyPronouns: ["ele", "ela", "dele", "dela"],
  objectPrepositions: ["ao", "com", "para"],
  childNouns: ["filho", "filha", "filhos", "filhas", "bebê", "bebé"],
  // a caller who says they call for a relative: that relative is the patient
  carerCallCues: ["(estou ligando|tô ligando|to ligando|estou a ligar|ligo|liguei) ~2 (por causa|sobre|pela|pelo|em nome) ~2 (minha|meu|da minha|do meu) (mãe|mae|pai|marido|esposa|mulher|avó|avô|irmão|irmã|filho|filha|sogra|sogro)", "(sou) (a|o) (filha|filho|esposa|mulher|marido|neta|neto|cuidadora|cuidador) (dele|dela|da|do)", "(aqui é|quem fala é|fala) (a|o) (filha|filho|esposa|mulher|marido|neta|neto) (do|da|de)", "(como está|como vai|como anda|como tem passado) (a sua|o seu|sua|seu) (mãe|pai|marido|esposa|mulher|filho|filha)"],
  carerOwnRoleCues: ["(sou) (a|o) (filha|filho|esposa|mulher|marido|neta|neto|cuidadora|cuidador)", "(aqui é|quem fala é|fala) (a|o) (filha|filho|esposa|mulher|marido|neta|neto)"],
  childCallCues: [
    "(seu|sua|o|a) (bebê|bebé|nenê|neném|recém nascido|recém nascida)",
    "(seu|sua|o|a) (filho|filha|menino|menina) ~4 (como|está|mama|come|dorme|respira|febre|temperatura|remédio|medicamento|dose|bombinha|convuls*|sintomas|saúde|tratamento|peso|cirurgia|fraldas|tosse)",
    "(pediatria|pediátrico|pediátrica|infantil)",
  ],
  firstPersonCues: ["eu", "me", "meu", "minha", "meus", "minhas", "comigo", "tô", "estou", "sinto", "tenho", "tive", "ando"],
  treatmentForCues: ["(para|pra|pro|contra) [a|o|as|os|essa|esse|sua|seu|minha|meu]"],
  presentStateCues: ["estou", "tô", "tenho", "sinto", "ando", "desde", "agora", "hoje", "ontem", "ainda", "continua", "de manhã"],
  sanctionedChangeCues: ["(o|a) (médico|médica|doutor|doutora|cardiologista|enfermeira) ~3 (mandou|pediu|disse|falou|orientou) (pra|para|que)", "como (o médico|a médica) (mandou|falou|receitou)", "(terminei|acabei|completei) (o )?(tratamento|ciclo)", "antes da (cirurgia|operação|colonoscopia|endoscopia|exame)", "@CLINICIAN ~4 (tirou|trocou|diminuiu|aumentou|suspendeu|reduziu|baixou|cortou|mudou)"],
  consequenceOpeners: ["(então|entao|por isso|aí|ai)"],
  unsanctionedCues: ["(metade|menos|mais) do que", "em vez de", "ao invés de", "era (pra|para) eu", "sem (perguntar|avisar|falar)", "por conta própria", "por minha conta", "sozinho", "sozinha"],
  medicationContext: ["@MED", "tomei", "tomo", "tomar", "apliquei", "aplico", "dose", "unidades", "farmácia", "receita", "receitou", "receitado", "receitada", "prescreveu", "prescrito", "passou pra tomar", "passou para tomar"],
  selfContactCues: ["(deixa eu|deixe eu|deixa-me|deixe-me) (ligar|telefonar)", "(vou|ia) (ligar|telefonar|marcar)", "(vou|ia) pedir ~2 (a|à|pra|para) ~3 que (ligue|marque|telefone)", "eu (ligo|marco)", "(liguei|falei com|telefonei)", "(devo|tenho que) ligar", "(quando|pra quem|para quem|qual número) (ligo|devo ligar)", "(me|nos) (disse|disseram|pediu|pediram|mandou|mandaram) ~3 (pra|para) (ligar|telefonar|falar com vocês|entrar em contato)"],
  contactCues: ["@CARE_PERSON", "@CONTACT_VERB"],
};

export const PT_MEASUREMENTS: MeasurementVocabulary = {
  glucoseContext: ["glicose", "glicemia", "açúcar", "diabetes", "glicosímetro", "sensor", "dextro", "hgt", "mg dl", "mmol"],
  temperatureContext: ["temperatura", "febre", "graus", "termômetro"],
  bloodPressureContext: ["pressão", "pressão arterial", "tensão", "máxima", "mínima"],
  pulseContext: ["pulso", "batimentos", "frequência cardíaca", "batimento", "(o|meu|seu) coração (a|está a|bate a|está em|nos|tá a|tá em|estava a)", "(relógio|pulseira) ~3 (coração|pulso|batimentos)"],
  oxygenContext: ["oxímetro de pulso", "oxímetro de dedo", "oxigênio", "oxigénio", "saturação", "saturando", "oxímetro", "sat", "(aparelho|aparelhinho|coisa|coisinho|pinça|mola) (do|no) dedo"],
  // COPD and its names: the oxygen target is 88-92% (see thresholds.ts)
  lowerOxygenTargetContext: ["dpoc", "enfisema", "bronquite crónica", "bronquite crônica", "doença pulmonar obstrutiva"],
  pregnancyContext: ["grávida", "gravidez", "gestação", "gestante", "semanas de gestação", "parteira", "obstetra", "pré eclâmpsia", "pré natal", "pós parto", "puerpério", "parto", "cesárea", "cesariana", "dei à luz"],
  inrContext: ["inr", "rni", "coagulação", "tap", "i ene erre", "i n r", "ine erre"],
  lithiumContext: ["litemia", "nível de lítio", "nivel de litio", "lítio no sangue", "litio no sangue", "exame do lítio", "o lítio deu", "o litio deu"],
  nonReadingUnits: ["seta*", "minuto*", "hora*", "dia", "dias", "semana*", "mês", "meses", "ano*", "vez", "vezes", "comprimido*", "remédio*", "passo*", "andar*", "degrau*", "real", "reais", "euro*", "km", "quilômetro*", "metro*", "copo*", "xícara*", "unidades", "grama*", "mg", "ml", "litro*", "neto*", "filho*", "quarteirão", "quarteirões", "dedo", "dedos"],
  weightContext: ["peso", "pesei", "pesando", "balança", "quilos", "kg"],
  weightGainCues: ["engordei", "ganhei", "aumentei", "subi", "subiu", "aumentou", "mais"],
  currentTimeCues: ["hoje", "esta manhã", "essa manhã", "hoje de manhã", "agora", "esta noite"],
  kilogramUnits: ["quilos", "quilo", "kg", "kilos"],
  poundUnits: ["libras", "libra"],
  periods: [
    { days: 1, when: ["de um dia pro outro", "de um dia para o outro", "desde ontem", "em um dia", "em 24 horas"] },
    { days: 2, when: ["em dois dias", "em 2 dias", "desde anteontem"] },
    { days: 3, when: ["em três dias", "em 3 dias", "em poucos dias", "desde (segunda|terça|quarta|quinta|sexta|sábado|domingo)", "nesses dias", "últimos dias"] },
    { days: 7, when: ["em uma semana", "numa semana", "essa semana", "esta semana", "desde a semana passada"] },
    { days: 30, when: ["em um mês", "este mês", "esse mês", "este ano", "meses", "desde a cirurgia", "desde o verão", "desde a primavera", "desde o outono", "desde o inverno", "desde o natal", "desde o ano passado", "desde o mês passado", "desde que comecei"] },
  ],
  dayUnits: ["dia", "dias"],
  weekUnits: ["semana", "semanas"],
  readingLinks: ["em", "de", "deu", "deu uns", "marcou", "marca", "está", "tá", "estava", "tava", "foi", "foi pra", "subiu pra", "subiu para", "caiu pra", "caiu para", "baixou pra", "chegou a", "chegou em", "com", "era", "é"],
  readingFillers: ["uns", "umas", "quase", "mais de", "cerca de", "por volta de", "tipo"],
  targetCues: ["meta", "alvo", "deveria", "tem que estar", "entre", "menos de", "mais de", "abaixo", "acima", "se (subir|baixar|passar|estiver)", "normal é", "costuma"],
  numberWords: NUMBER_WORDS,
  hundredWords: ["cem", "cento"],
  thousandWords: ["mil"],
  decimalWords: ["virgula", "ponto"],
  numberJoiners: ["e"],
  bloodPressureSeparators: ["por", "sobre", "e", "com", "\\/"],
  bloodPressureNamedSeparators: ["de\\s+(?:maxima|alta)\\s+e(?:\\s+(?:de|a))?"],
};

export const PT_DETECTION_WORDS: readonly string[] = [
  "nao", "voce", "eu", "um", "uma", "com", "muito", "mas", "ele", "ela", "isso", "isto", "tenho", "estou", "obrigado", "obrigada", "tambem",
  "entao", "do", "da", "dos", "das", "ao", "pra", "bem", "sim", "ja", "agora", "ontem", "hoje", "doi", "dor", "ta", "ne", "gente", "aqui",
  "tudo", "fazer", "posso", "doutor", "doutora", "remedio", "tô", "to", "meu", "minha", "depois", "ainda", "voces", "senhora",
];
