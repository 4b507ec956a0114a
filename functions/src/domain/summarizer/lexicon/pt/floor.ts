/** Portuguese safety floor (see en/floor.ts): broad words that send an unjudged present complaint to for_review. */

import type { ConceptRule } from "../types";

export const PT_FLOOR_TERMS: Readonly<Record<string, readonly string[]>> = {
  FLOOR_SIGN: [
    // round 6, from clinical knowledge: a child's drowsiness or behaviour change, colour, and sensation words
    "molinho", "molinha", "caidinho", "caidinha", "abatid*", "sonolent*", "não quer brincar", "não quer comer", "irritad*", "choroso", "chorosa", "arroxead*", "azulad*", "zonzo", "zonza", "dormente", "dormência", "pontada*", "fisgada*", "pingando", "escorrendo", "coriza",
    "tosse", "tossindo", "desmai*", "caí", "cai", "queda*", "convuls*", "ataque", "tremor*", "tremo", "tremendo", "confus*", "tontura*", "tonto", "tonta", "vomit*",
    "vómito*", "vômito*", "enjoo", "enjoada", "diarreia", "sangr*", "sangue", "coceira", "comichão", "manchas", "roxo*", "amarel*", "pálid*",
    "suor*", "calafrio*", "palpitaç*", "embaçad*", "turv*", "vejo dobrado", "pus", "cheiro", "infeç*", "infecç*", "formigueiro", "formigamento",
    "cãibra*", "exausta", "exausto", "não durmo", "sede", "inchad*", "arde", "engolir", "engasg*", "pelo nariz", "ardor", "dor", "dores", "doi", "dói", "chor*",
  ],
  /** When a complaint began or how often it comes: it is present and has a course. */
  FLOOR_ONSET: ["desde", "ontem", "esta noite", "essa noite", "hoje de manhã", "há", "faz", "o dia todo", "a noite toda", "(dois|duas|três|tres|quatro|cinco|uns|umas|vários|varios|#) (dias|horas|semanas)", "de (hora em hora|duas em duas horas)", "(#|duas|três|tres|quatro|cinco|seis|sete|oito|nove|dez) vezes"],
  FLOOR_BODY: ["tornozelo*", "dedo*", "pulso", "cotovelo*", "ombro*", "panturrilha*", "coxa*", "virilha", "lábio*", "língua", "mandíbula", "unha*", "rim", "rins", "fígado", "pulmão", "pulmões", "estômago", "cicatriz", "pontos", "sonda", "cateter", "dreno", "fezes", "cocô", "urina", "xixi", "bolsa", "ferida", "pele", "peito", "cabeça", "perna*", "pé", "pés", "olho*", "vista", "barriga", "açúcar", "glicemia", "glicose", "pressão", "tensão", "peso", "joelho*", "costas", "quadril", "anca", "pescoço", "garganta", "ouvido*", "orelha*", "nariz", "gengiva*", "dente*", "articulaç*", "músculo*", "musculo*", "mão", "mãos", "braço*", "coração"],
  FLOOR_CHANGE: ["mudou", "diferente", "estranh*", "escur*", "vermelh*", "turv*", "mais", "outra vez", "de novo", "voltou", "subiu", "baixou", "continua", "espum*", "menos", "quiet*", "rápido", "acelerad*"],
  FLOOR_MED: ["@MED", "xarope", "gotas", "creme", "bombinha", "comprimido*", "remédio*", "medicamento*", "dose*", "insulina", "injeç*", "caneta"],
  FLOOR_MED_EVENT: ["parei", "deixei", "esqueci*", "me esqueci", "não tomei", "nao tomei", "fiquei sem", "acabou", "acabaram", "sem os", "sem as", "dobr*", "a mais", "vencid*", "fora do prazo", "perdi", "troquei"],
  FLOOR_READING: ["açúcar", "glicemia", "glicose", "pressão", "tensão", "peso", "pesei", "balança", "temperatura", "termómetro", "termômetro", "pulso", "oxigénio", "oxigênio", "saturação", "aparelho", "deu", "marcou", "resultado*", "exame*", "nível", "nivel", "litemia", "análise*", "laboratório", "relógio", "pesei"],
  FLOOR_DISTRESS: ["deprimid*", "assustad*", "angústia", "ansiedade", "não aguento", "nao aguento", "desesperad*", "chor*", "estariam melhor", "estaria melhor", "melhor sem mim", "sem mim", "um peso", "desaparecer", "só atrapalho", "atrapalho", "mais bem servid*", "outra pessoa", "não acordar", "fazer mal", "o problema", "um estorvo", "mais fácil para todos", "mais facil pra todo mundo", "mais fácil pra todo mundo", "cansad* de ser", "não estar mais aqui", "sem vontade", "tudo cinzento", "tudo cinza", "desanimad*", "pra baixo", "abatid*", "sem vontade de nada", "sem ânimo", "sem animo"],
  FLOOR_CONTACT: ["falar com", "me ligue", "me ligar", "ligar-me", "que me liguem", "ver o", "ver a", "quero falar", "queria falar", "preciso falar"],
  /** Words a patient uses to bring up a problem of their own (an admission, a mistake, "one more thing"): the framing, not the symptom. */
  FLOOR_DISCLOSE: ["para ser sincer*", "pra ser sincer*", "confesso", "cá entre nós", "entre nós", "um erro", "errei", "me enganei", "enganei-me", "asneira", "besteira", "outro problema", "aconteceu uma coisa"],
  /** Units of a body measure (weight, volume in or out, saturation, temperature): a number with one is a reading. */
  FLOOR_UNIT: ["quilo", "quilos", "kg", "litro", "litros", "ml", "mililitro*", "por cento", "graus", "cc"],
  FLOOR_NUMERAL: ["um", "uma", "dois", "duas", "três", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "catorze", "quatorze", "quinze", "dezesseis", "dezasseis", "dezessete", "dezassete", "dezoito", "dezenove", "dezanove", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa", "cem", "cento", "meio", "meia", "vírgula"],
  /** What a measured value is compared with: its earlier value, its target or the patient's best. */
  FLOOR_BASELINE: ["(baixou|desceu|subiu|caiu|passou) de", "comparado com", "em vez de", "que antes", "(e|mas) (antes|da outra vez|da última vez|no hospital|na alta) (era|estava em|pesava|deu)", "(devia|deveria|tinha de|tinha que) (ser|estar em|dar)", "(o papel|a folha|o cartão|o plano) (diz|fala)", "(o meu|meu) melhor (é|era)", "o normal é"],
  /** What names a body measure or a test result, so two numbers compared are a trend in the patient's body. */
  FLOOR_MEASURED: ["@FLOOR_UNIT", "pesa*", "peso", "pesou", "pesei", "balança", "leitura", "nível", "nivel", "níveis", "niveis", "resultado*", "creatinina", "análises", "analises", "exame*", "medi", "medido", "medida", "centímetro*", "centimetro*", "cm", "pico de fluxo", "saturação", "saturacao", "açúcar", "acucar", "glicose", "glicemia", "pressão", "pressao", "tensão", "tensao"],
  /** Words that open a new topic ("one more thing"): what follows is a concern the patient saved up. */
  FLOOR_NEW_TOPIC: ["outra coisa", "mais uma coisa", "a propósito", "por falar nisso", "já agora"],
};

export const PT_FLOOR_RULES: readonly ConceptRule[] = [
  {
    id: "pt.floor.symptom", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@PAIN", "@SWELL", "@NUMB", "@WEAK", "@FEVER", "@BREATHLESS", "@DISCHARGE", "@FLOOR_SIGN"],
    examples: { match: ["ele está molinho e não quer brincar", "estou com uma tosse que não passa", "sinto tontura de manhã"], noMatch: ["fomos à feira no domingo"] },
  },
  {
    id: "pt.floor.body_change", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_BODY ~4 @FLOOR_CHANGE", "@FLOOR_CHANGE ~3 @FLOOR_BODY"],
    examples: { match: ["a urina está mais escura"], noMatch: ["o carro é diferente"] },
  },
  {
    id: "pt.floor.medication", concept: "possible_medication_problem", category: "medication_problem", severity: "high", floor: true, persists: true,
    when: ["@FLOOR_MED_EVENT ~4 @FLOOR_MED", "@FLOOR_MED ~4 @FLOOR_MED_EVENT", "(esqueci|esqueci-me|não consegui) ~1 de (dar|tomar|aplicar|pôr)", "(validade|prazo) ~3 (passou|passada|vencid*)"],
    examples: { match: ["fiquei sem comprimidos na sexta", "esqueci o remédio ontem"], noMatch: ["a farmácia estava cheia"] },
  },
  {
    // a medicine started by another prescriber: written by someone else for the patient, so any experiencer
    id: "pt.floor.new_prescription", concept: "possible_medication_problem", category: "medication_problem", severity: "high", floor: true,
    experiencer: "any", persists: true,
    when: ["(me receitou|receitou-me|me passou|passou-me|me deu) ~4 (@FLOOR_MED|antibiótico*)"],
    examples: { match: ["o médico do centro de saúde receitou-me um antibiótico"], noMatch: ["ele me deu um abraço"] },
  },
  {
    id: "pt.floor.reading", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_READING ~6 #", "@FLOOR_READING ~4 (cento*|duzent*|trezent*)", "@FLOOR_READING ~4 (quarenta|cinquenta|sessenta|setenta|oitenta|noventa)"],
    examples: { match: ["o aparelho marcou 170 hoje", "a glicemia deu cento e noventa"], noMatch: ["andei 3 quilómetros"] },
  },
  {
    id: "pt.floor.distress", concept: "possible_distress", category: "emotional_distress", severity: "high", floor: true,
    questionMeansHypothetical: false, conditionalIsReal: true,
    when: ["(deus|senhor) ~3 (me leve|me levasse|me levar|me buscar|me recolha)", "vontade de (morrer|sumir)", "@FLOOR_DISTRESS"],
    examples: { match: ["peço a deus que me leve logo", "às vezes acho que estariam melhor sem mim", "já não aguento mais nada"], noMatch: ["o dia estava bonito"] },
  },
  {
    id: "pt.floor.contact", concept: "possible_contact_request", category: "doctor_request", severity: "moderate", floor: true,
    questionMeansHypothetical: false,
    when: ["@WANT ~4 @FLOOR_CONTACT ~3 @CARE_PERSON", "@CARE_PERSON ~4 (@FLOOR_CONTACT|@CONTACT_VERB)", "@WANT ~2 falar ~3 (diretamente|pessoalmente|em pessoa)", "diga-lhe para me ligar"],
    examples: { match: ["quero falar com a enfermeira pessoalmente", "que o médico me ligue hoje"], noMatch: ["falei com a vizinha"] },
  },
  {
    // the broadest floor: a body part said with when it began or how often (a present complaint with a course);
    // a medicine with a time is routine (started, picked up), so medicines stay with the event rule above
    id: "pt.floor.mention", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_BODY"],
    with: ["@FLOOR_ONSET"],
    examples: { match: ["o joelho anda esquisito desde sábado", "o pescoço está esquisito faz três dias"], noMatch: ["o joelho está bem"] },
  },
  {
    // the patient announces a problem of their own: whatever words follow, a person should read it
    id: "pt.floor.disclosure", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_DISCLOSE", "(tenho que|tenho de|preciso|esqueci de) (dizer|contar|confessar)"],
    examples: { match: ["confesso que na terça tomei dois comprimidos", "tenho que contar uma coisa da insulina"], noMatch: ["o jardim estava bonito"] },
  },
  {
    // a number with a unit of a body measure is a reading whatever the measure is called
    id: "pt.floor.measure", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["(#|@FLOOR_NUMERAL) @FLOOR_UNIT", "(#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) @FLOOR_UNIT", "(#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) @FLOOR_UNIT"], with: ["@FLOOR_ONSET"],
    examples: { match: ["ontem fiz 3 litros de xixi", "perdi dois quilos desde segunda"], noMatch: ["andei 3 quarteirões", "a garrafa tem dois litros"] },
  },
  {
    // a measure or result that has moved from its earlier value, target or best (see en.floor.trend)
    id: "pt.floor.trend", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true, pastIsBaseline: true,
    when: ["(#|@FLOOR_NUMERAL) [e meio] ~6 @FLOOR_BASELINE ~2 (#|@FLOOR_NUMERAL)", "(era|estava em|pesava|pesou|deu) (#|@FLOOR_NUMERAL) [e meio] ~8 (agora|hoje|esta manhã|hoje de manhã|e agora|já) ~3 (#|@FLOOR_NUMERAL)"], with: ["@FLOOR_MEASURED"],
    examples: { match: ["a creatinina deu 2,4 e na alta estava em 1,3", "ela pesava dezoito quilos na consulta e agora a balança dá dezasseis", "o tubo de fora mede 12 cm e a folha diz 9"], noMatch: ["agora tomo 2 comprimidos e antes era 3", "vieram 4 primos em vez de 6"] },
  },
  {
    // a new topic the patient opens in a statement is often the concern they called about
    id: "pt.floor.new_topic", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_NEW_TOPIC"], with: ["(@FLOOR_BODY|@FLOOR_MED|@FLOOR_ONSET|@FLOOR_SIGN)"], window: 20,
    examples: { match: ["outra coisa o tornozelo está roxo desde segunda"], noMatch: ["o jardim estava bonito"] },
  },
];
