/**
 * Portuguese clinical concepts (Brazil and Portugal): term classes, concept rules and idioms in
 * the rule language of ../types.ts, one rule per concept of ../CHECKLIST.md. Regional words are
 * included on purpose ("remédio/medicamento", "panturrilha/barriga da perna", "xixi/chichi").
 * Examples are ours; the rule's unit test runs them.
 */

import type { ConceptRule, IdiomSpec } from "../types";

export const PT_TERMS: Readonly<Record<string, readonly string[]>> = {
  CANT: ["não consigo", "nao consigo", "não dá pra", "não dá para", "não posso", "mal consigo", "custa me", "tenho dificuldade para", "tenho dificuldade em", "não estou conseguindo", "não conseguia", "não consegui"],
  // Clinicians who can change a treatment ("a reumatologista reduziu a dose").
  CLINICIAN: [
    "médico", "médica", "doutor", "doutora", "cardiologista", "ginecologista", "psiquiatra", "neurologista", "endocrinologista",
    "nefrologista", "reumatologista", "oncologista", "pediatra", "enfermeira", "enfermeiro",
  ],
  CARE_PERSON: ["médico de família", "médica de família", "ser humano", "pessoa real", 
    "médico", "médica", "doutor", "doutora", "dr", "dra", "enfermeiro", "enfermeira", "enfermeiros", "cirurgião", "cirurgiã",
    "especialista", "alguém", "uma pessoa", "pessoa", "pessoa de verdade", "humano", "equipe", "equipa", "clínica", "consultório",
    "cardiologista", "obstetra", "oncologista", "farmacêutico", "posto", "posto de saúde", "centro de saúde", "atendente",
    "psicóloga", "psicólogo", "psiquiatra", "assistente social", "terapeuta",
  ],
  CHEST: ["peito", "tórax", "torax", "esterno", "coração"],
  CALF: ["panturrilha", "panturrilhas", "barriga da perna", "gémeo", "gêmeo", "perna", "pernas", "coxa", "batata da perna"],
  LOWER_LIMB: ["pezinho", "pezinhos", "tornozelo", "tornozelos", "pé", "pés", "perna", "pernas", "canela", "canelas"],
  FACE_PART: ["rosto", "cara", "boca", "lábio", "pálpebra", "sorriso", "metade do rosto", "lado do rosto", "bochecha"],
  AIRWAY_PART: ["beiço", "beiços", "lábios", "lábio", "língua", "garganta", "rosto", "cara", "pálpebras", "boca"],
  WOUND: ["machucado", "ferimento", "ferida da cirurgia", "a operação", "ferida", "feridas", "cicatriz", "corte", "incisão", "pontos", "grampos", "agrafes", "curativo", "penso", "gaze", "atadura", "ligadura", "local da cirurgia", "enxerto", "estoma", "dreno", "sutura"],
  PAIN: ["dor", "dores", "dói", "doem", "doía", "doeu", "doendo", "dolorido", "dolorida", "ardência", "arde", "ardendo", "queima", "queimação", "pontada", "pontadas", "fisgada", "fisgadas", "cãibra", "cãibras", "câimbra", "câimbras", "incômodo", "incomodo", "desconforto"],
  PRESSURE: ["aperto", "apertado", "apertando", "pressão", "pesado", "pesada", "peso", "opressão", "esmagando", "esmaga", "sufoco", "trava"],
  SWELL: ["inchadinho", "inchadinha", "inchadíssimo", "inchadíssima", "inchadões", "inchadão", "inchadona", "inchado", "inchada", "inchados", "inchadas", "inchaço", "inchou", "incharam", "inchando", "inflamado", "inflamada", "edema", "maior", "grosso", "grossa"],
  DISCHARGE: ["matéria", "soltando matéria", "catinga", "cheira mal", "cheirando mal", "fedida", "fedido", "pus", "secreção", "secreções", "líquido", "amarelo", "amarelado", "amarelada", "verde", "esverdeado", "cheiro ruim", "mau cheiro", "fedendo", "fedor", "mal cheiro", "escorrendo", "vazando", "minando", "purulento", "molhando o curativo"],
  OPENING: ["rebentou", "rebentaram os pontos", "estourou", "descolou", "abriu", "abriram", "abrindo", "aberta", "aberto", "se abriu", "se abriram", "soltou", "soltaram os pontos", "separando", "os pontos abriram"],
  BREATHE: ["respirar", "respiro", "respiração", "ar", "fôlego", "folego"],
  BREATHLESS: ["pouco fôlego", "fico sem fôlego", "perco o fôlego", "falta me o ar", "custa me respirar", "respiração curta", "ofegando", "puxando o ar", "a arfar", "arfando", "falta de ar", "sem ar", "sem fôlego", "sem folego", "cansaço para respirar", "ofegante", "sufocado", "sufocada", "chiado", "chiando", "canseira", "dispneia", "fôlego curto", "faltando ar", "falta o ar", "me falta o ar"],
  NUMB: ["dormente", "dormência", "formigamento", "formigando", "formiga", "adormecido", "adormecida", "não sinto", "sem sensibilidade"],
  WEAK: ["fraco", "fraca", "fraqueza", "sem força", "caído", "caída", "torto", "torta", "pesado", "pesada", "paralisado", "paralisada", "não obedece", "mole"],
  FEVER: ["febre", "febril", "temperatura", "calafrio", "calafrios", "tremedeira", "tremendo de frio", "suor", "suores", "suando frio", "suores noturnos", "frio e calor"],
  MOOD_LOW: ["em baixo", "na bad", "numa bad", "deprê", "sem ânimo", "sem vontade de nada", "sem chão", "triste", "deprimido", "deprimida", "vazio", "vazia", "pra baixo", "para baixo", "desanimado", "desanimada", "sozinho", "sozinha", "sem vontade", "abatido", "abatida", "na fossa"],
  SEVERE: ["forte", "fortíssima", "fortíssimo", "muito forte", "terrível", "horrível", "insuportável", "intensa", "intenso", "absurda", "absurdo", "demais", "muito", "pior", "violenta", "desesperadora"],
  WORSE: ["pior", "piorou", "piorando", "piora", "cada vez mais", "aumentou", "aumentando", "espalhando", "espalhou", "crescendo", "cresceu", "mais que antes", "não melhora", "só aumenta", "subindo"],
  NEW: ["novo", "nova", "desde ontem", "desde hoje", "desde de manhã", "desde", "hoje", "ontem", "agora", "de manhã", "hoje cedo", "esta noite", "essa noite", "começou", "apareceu", "primeira vez", "de repente"],
  SUDDEN: ["de repente", "do nada", "subitamente", "súbito", "súbita", "de uma vez", "de uma hora pra outra", "de uma hora para outra"],
  PERSISTENT: ["não passa", "não para", "não sai", "continua", "sempre", "o dia todo", "a noite toda", "todos os dias", "todo dia", "há dias", "faz dias", "sem parar", "constante", "direto", "ainda"],
  AT_REST: ["em repouso", "parado", "parada", "sentado", "sentada", "deitado", "deitada", "sem fazer nada", "falando", "para me vestir", "à noite", "de noite", "me acorda"],
  MED_NOUN: [
    "remédio", "remédios", "medicamento", "medicamentos", "comprimido", "comprimidos", "pílula", "pílulas", "cápsula", "cápsulas",
    "dose", "doses", "insulina", "injeção", "injeções", "picada", "adesivo", "gotas", "colírio", "receita", "receitas",
    "antibiótico", "antibióticos", "analgésico", "analgésicos", "bombinha", "inalador", "spray", "caneta", "canetas", "unidades",
    "tratamento", "diurético", "diuréticos", "anticoagulante", "anticoagulantes", "estatina", "antidepressivo", "xarope",
    "quimio", "remedinho", "o da pressão", "os da pressão", "o do coração", "o do açúcar", "o da diabetes",
    "vitamina*", "suplemento*", "ácido fólico", "acido folico", "ferro", "laxante*", "probiótico*",
  ],
  DRUG: [
    "hidroxiureia", "hidroxicarbamida",
    "ácido valproico", "valproico", "levetiracetam", "lamotrigina", "lacosamida", "topiramato", "oxcarbazepina", "clonazepam",
    "varfarina", "marevan", "coumadin", "aas", "aspirina", "clopidogrel", "eliquis", "apixabana", "xarelto", "rivaroxabana",
    "clexane", "enoxaparina", "heparina", "metformina", "glifage", "glicazida", "lantus", "glargina", "nph", "ozempic",
    "losartana", "captopril", "enalapril", "anlodipino", "atenolol", "propranolol", "carvedilol", "furosemida", "lasix",
    "hidroclorotiazida", "espironolactona", "sinvastatina", "atorvastatina", "puran", "levotiroxina", "alopurinol",
    "prednisona", "dipirona", "paracetamol", "tylenol", "ibuprofeno", "tramadol", "morfina", "sertralina", "fluoxetina",
    "amoxicilina", "salbutamol", "aerolin", "digoxina", "amiodarona", "omeprazol", "ferro", "metotrexato", "tamoxifeno",
  ],
  DRUG_SHAPE: ["*salazina", "*pril", "*sartana", "*olol", "*dipino", "*statina", "*semida", "*xabana", "*parina", "*gliptina", "*gliflozina", "*glutida", "*prazol", "*oxetina", "*azepam", "*zolam", "*mabe", "*tinibe", "*ciclina", "*cilina", "*floxacino", "*micina", "*azol", "*clovir", "*navir", "*gravir", "*buvir", "*fovir", "*tamivir", "*previr", "*asvir", "*sona", "*profeno"],
  /** Medicines taken once a week (or less): taken daily, they are dangerous (methotrexate above all). */
  WEEKLY_MED: ["metotrexato", "metoject", "alendronato", "ácido alendrónico", "fosamax", "risedronato", "actonel", "ibandronato", "semaglutida", "ozempic", "wegovy", "dulaglutida", "trulicity", "tirzepatida", "mounjaro", "injeção semanal", "comprimido semanal", "caneta semanal"],
  /** A schedule more often than weekly. */
  MORE_THAN_WEEKLY: ["todo dia", "todos os dias", "toda manhã", "todas as manhãs", "toda noite", "todas as noites", "cada dia", "diariamente", "por dia", "ao dia", "duas vezes por semana", "duas vezes na semana", "três vezes por semana", "dia sim dia não"],
  NSAID: ["brufen", "nurofen", "alivium", "cataflan", "nimed", "naprosyn", "profenid", "feldene", "arcoxia", "toragesic", "cetorolaco", "ibuprofeno", "advil", "naproxeno", "diclofenaco", "voltaren", "cataflam", "nimesulida", "cetoprofeno", "celecoxib", "meloxicam", "anti inflamatório*", "anti inflamatorio*", "antiinflamatório*", "*profeno"],
  ANTICOAG: ["sintrom", "varfine", "lixiana", "fraxiparina", "anticoagulado", "anticoagulada", "varfarina", "marevan", "coumadin", "apixabana", "apixaban", "eliquis", "rivaroxabana", "xarelto", "dabigatrana", "pradaxa", "heparina", "enoxaparina", "clexane", "anticoagulante*", "*xabana"],
  /** Medicines whose blood level is measured: a level that is high or toxic is reported. */
  LEVEL_DRUG: ["lítio", "litio", "carbolitium", "digoxina", "tacrolimus", "prograf", "ciclosporina", "sirolimus", "everolimus", "fenitoína", "fenitoina", "valproato", "depakene", "carbamazepina", "tegretol", "fenobarbital", "teofilina", "vancomicina", "gentamicina"],
  /** A quick-relief (rescue) inhaler, by name or by its colour. */
  RELIEVER: ["ventilan", "ventolin", "inalador azul", "bomba", "bombinha", "bombinha azul", "a azul", "aerolin", "salbutamol", "inalador", "nebulização", "nebulizador", "spray"],
  MED: ["@MED_NOUN", "@DRUG", "@DRUG_SHAPE", "@LEVEL_DRUG"],
  MED_PRONOUN: ["o", "a", "os", "as", "ele", "ela", "eles", "elas", "nenhum", "nenhuma"],
  NUM: ["um", "uma", "dois", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "uns", "umas", "vários", "várias", "meio", "#"],
  CONTACT_VERB: ["ligar me", "liga me", "ligue me", "me ligue", "me liga", "telefonar", "telefonar me", "contactar", "contactar me", "me atender", "atender me", "ligue", "liguem", "ligar", "ligasse", "ligação", "retorne", "retornar", "retorno", "falar", "fale", "conversar", "ver", "me veja", "consulta", "marcar", "atender", "me atenda", "contato", "contatar", "entrar em contato", "me examine", "me examinar", "me passa", "me passe", "passar pra", "passar para", "transferir", "me transfere", "me transfira", "me coloca com", "me põe com"],
  WANT: ["dava para", "dava pra", "seria possível", "consegue", "conseguia", "podiam", "quero", "queria", "prefiro", "preferia", "posso", "gostaria", "preciso", "precisava", "pode", "podia", "poderia", "podem", "por favor", "pedir", "peço", "dá pra", "dá para", "será que", "tem como", "é possível", "me", "alguém pode"],
};

export const PT_RULES: readonly ConceptRule[] = [
  {
    id: "pt.chest_pain", concept: "chest_pain", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(@PAIN|@PRESSURE) ~4 (no|na|em|do|pelo) ~1 @CHEST",
      "(dói|doendo|aperta|apertando|queima|pesa) ~2 (o|no|meu)? ~1 peito",
      "@CHEST ~3 (@PAIN|apertado|doendo|pesado|pegando fogo|esmagado)",
      "(infarto|enfarte|enfarto|ataque cardíaco|angina)",
      "(elefante|peso|pedra|alguma coisa) ~3 (em cima|sentado em cima|sobre) ~2 (do|de)? ~2 (meu )?peito",
      "(dor) ~5 (desce|corre|vai|sobe|irradia|passa) ~3 (braço|mandíbula|queixo|pescoço|costas|ombro)",
    ],
    examples: { match: ["estou com uma dor no peito desde cedo", "sinto um aperto no peito quando subo a ladeira", "a dor desce pro braço esquerdo"], noMatch: ["dói o joelho", "peito de frango grelhado"] },
  },
  {
    id: "pt.breathing_severe", concept: "breathlessness", category: "red_flag_symptom", severity: "urgent",
    when: ["(parar|paro|parando|parar a) ~3 meio ~3 (frase|frases|falar) ~4 (ar|respirar|fôlego|folego)", "(custa me|custa-me|não consigo|nao consigo) falar (seguido|de seguida)", "(não|nao) (entra|chega|vem) ~1 (o)? ~1 ar !(fresco|pela|na|no|condicionado|puro)", "(me afogando|a afogar me|lutando para respirar|lutando pra respirar|buscando ar)", "(lábios|boca|unhas|dedinhos) ~3 (roxinhos|roxinhas|arroxeados|arroxeadas|pretos)", "(não|nao) (tô|to|estou|tou) (conseguindo|dando conta de) ~1 respirar", "@CANT ~2 @BREATHE", "(sufocando|sufocada|sufocado|me sufoca|sufoco)",
      "(respirando|respira|respirar) (com|pela) (a)? ~1 barriga", "(afundando|afunda|puxando|repuxando) ~4 (costela|costelas|pescoço|barriga)", "(costela|costelas|costelinhas|pescoço) ~3 (afundando|afunda|afundam|puxando|puxa|repuxando)", "(nariz|narizinho) ~2 (abrindo e fechando|batendo|mexendo)", "(lábios|unhas|dedos|boca) ~3 (roxos|roxas|azuis|azulados|arroxeados|cinzentos)", "(dificuldade|difícil) ~2 (para|pra|de)? ~1 respirar", "(não consigo) (terminar|falar) ~2 (frase|frases)"],
    examples: { match: ["tenho de parar a meio das frases para respirar", "custa-me falar seguido desde ontem", "não entra ar, parece que estou me afogando", "a menina está com os lábios roxinhos", "não tô conseguindo respirar direito desde cedo", "não consigo respirar deitada", "estou com os lábios meio roxos", "tenho dificuldade para respirar hoje", "as costelinhas dele afundam quando ele puxa o ar"], noMatch: ["paro a meio do caminho para beber água", "não entra ar fresco pela janela da sala", "respiro bem", "fiz os exercícios de respiração"] },
  },
  {
    id: "pt.breathless", concept: "breathlessness", category: "red_flag_symptom", severity: "high",
    when: ["@BREATHLESS", "(respiração) ~3 (pior|rápida|curta|chiando|difícil)"],
    qualifiedBy: ["até pra falar", "até para falar", "por tudo e por nada", "qualquer esforço", "ao mínimo esforço", "@WORSE", "@NEW", "@SUDDEN", "@AT_REST", "@SEVERE", "@PERSISTENT", "(poucos|uns) passos", "(não consigo) (andar|falar|dormir)", "banheiro", "cozinha", "escada"],
    examples: { match: ["falta-me o ar ao mínimo esforço", "fico sem fôlego até pra falar", "fico com falta de ar até sentada", "sem fôlego desde ontem"], noMatch: ["o fôlego do atleta", "o ar condicionado quebrou"] },
  },
  {
    id: "pt.orthopnoea", concept: "breathlessness", category: "red_flag_symptom", severity: "high",
    when: ["(não consigo|não dá pra|não dá para) ~2 (deitar|ficar deitado|ficar deitada|dormir) ~2 (reto|reta|de costas|deitado|deitada)?", "(durmo|dormir|dormindo|dormi) ~4 (sentado|sentada|na poltrona|no sofá|com travesseiros|recostado|recostada)", "(mais|três|quatro|vários) (travesseiros|travesseiro|almofadas)", "(acordo|acordei|acordando) ~4 (sem ar|sufocado|sufocada|com falta de ar|tossindo)"],
    examples: { match: ["durmo sentada na poltrona senão falta o ar", "preciso de três travesseiros agora", "acordei sem ar de madrugada"], noMatch: ["comprei travesseiros novos"] },
  },
  {
    id: "pt.syncope", concept: "syncope", category: "red_flag_symptom", severity: "urgent", passingDoesNotResolve: true,
    when: ["(dei um piripaque|deu um piripaque|tive um piripaque|me deu um piripaque|tive uma síncope|fiquei sem sentidos|caí redondo|caí redonda|caiu redondo|caiu redonda|desfaleci|desfaleceu|fui abaixo|foi abaixo)", "(quebra de tensão|quebra de pressão|deu me uma quebra|tive uma quebra|teve uma quebra)", "(desmaiei|desmaiou|desmaio|desmaios|desmaiar|perdi os sentidos|perdi a consciência|caí desmaiado|caí desmaiada)", "apaguei !(a|o|as|os|um|uma|tudo)", "(quase) ~2 (desmaiei|desmaio|apaguei)", "(ficou tudo preto|escureceu tudo|vi tudo preto|a vista escureceu|tudo escuro)", "(as pernas) ~2 (falharam|bambearam|cederam)"],
    examples: { match: ["ontem deu-me uma quebra de tensão no café", "a minha mãe caiu redonda na cozinha", "tive um piripaque no ônibus", "ontem eu desmaiei no banheiro", "quase desmaiei na fila", "ficou tudo preto e tive que sentar"], noMatch: ["o preço caiu muito", "apaguei a luz da sala"] },
  },
  {
    id: "pt.palpitations", concept: "palpitations", category: "red_flag_symptom", severity: "high",
    when: ["(coração) ~3 (a bater|bate) ~2 (muito depressa|muito rápido|muito forte|desalmadamente|que nem louco|feito louco)", "(coração) ~3 (aos saltos|aos pulos|na boca|saindo pela boca|tropeçando|dando pulos|aos tropeções)", "(palpitação|palpitações|taquicardia|batedeira)", "(coração) ~3 (disparado|disparou|dispara|acelerado|a mil|batendo forte|batendo rápido|falhando|pulando|descompassado)"],
    examples: { match: ["o coração está a bater muito depressa sem razão", "sinto o coração na boca desde ontem", "tenho palpitações à noite", "o coração dispara do nada"], noMatch: ["falo com o coração aberto", "de coração, obrigada"] },
  },
  {
    id: "pt.bp_words", concept: "blood_pressure_abnormal", category: "red_flag_symptom", severity: "high",
    when: ["(tensão|tensao|tensão arterial) ~3 (muito alta|altíssima|nas alturas|subiu muito|muito baixa|baixíssima|caiu muito|disparou|descompensada)", "(pressão) ~3 (lá em cima|alta demais|a mil|no chão|descompensada)", "(pressão) ~3 (nas alturas|altíssima|muito alta|muito baixa|baixíssima|subiu muito|disparou|caiu muito)"],
    examples: { match: ["a tensão está muito alta hoje", "a pressão dele está lá em cima", "a pressão subiu muito hoje", "minha pressão está nas alturas"], noMatch: ["há muita tensão lá em casa", "pressão no trabalho"] },
  },
  {
    id: "pt.swelling_legs", concept: "fluid_swelling", category: "red_flag_symptom", severity: "high",
    when: ["(retendo|retenção de|a reter) ~2 (líquido|líquidos|água)", "(sapatos|chinelos|sandálias|anel|aliança|calças|botas) ~3 (não me servem|já não me servem|já não servem|não me cabem|apertam|a apertar)", "@LOWER_LIMB ~4 @SWELL", "@SWELL ~3 (os|as|meus|minhas)? ~1 @LOWER_LIMB",
      "(sapato|sapatos|chinelo|chinelos|meia|meias|anel|aliança|calça) ~3 (não entra|não entram|não cabe|não cabem|apertando|não fecha)", "(não entra|não entram|não cabe|não cabem|apertando) ~3 (sapato|sapatos|chinelo|chinelos|meia|meias|anel|anéis|aliança|calça|relógio)", "(barriga|abdome|abdômen|abdómen) ~3 (inchada|inchado|estufada|estufado|dura|maior)", "(fica|ficou) ~2 (a marca|marcado|marcada|afundado|o dedo)"],
    qualifiedBy: ["de um dia para o outro", "de um dia pro outro", "cada vez mais", "@WORSE", "@NEW", "@SUDDEN", "@SEVERE", "@PERSISTENT", "(uma|só uma) (perna|pé)", "joelho", "joelhos", "coxa", "coxas", "@NUM (quilos|quilo|kg)", "não entra", "não cabe"],
    examples: { match: ["os sapatos já não me servem, tenho os pés inchadíssimos", "estou retendo muito líquido desde segunda", "os tornozelos incharam muito desde sábado", "o sapato não entra mais", "estou com a barriga inchada e dura"], noMatch: ["as botas novas servem bem", "o preço inchou"] },
  },
  {
    id: "pt.weight_gain_words", concept: "weight_gain", category: "red_flag_symptom", severity: "high",
    when: ["(ganhei|engordei|aumentei|subi) ~3 @NUM ~1 (quilinhos|quilogramas) !(desde o verão|desde a primavera|desde o outono|desde o inverno|desde o natal|desde o ano passado|desde que comecei|este ano)", "(engordei|ganhei|aumentei|subi|ganhou|engordou) ~3 @NUM ~1 (quilos|quilo|kg) !(desde o verão|desde a primavera|desde o outono|desde o inverno|desde o natal|desde o ano passado|desde que comecei|este ano)", "(peso|balança) ~4 (subiu|aumentou|disparou|está subindo|marca mais)", "(engordei|ganhei peso|aumentei de peso)"],
    qualifiedBy: ["@SUDDEN", "(em|desde) ~2 (dias|dia|semana|dois dias|três dias)", "desde", "ontem", "essa semana", "esta semana", "rápido", "@NUM (quilos|quilo|kg)", "(segunda|terça|quarta|quinta|sexta|sábado|domingo)"],
    examples: { match: ["ganhei três quilinhos em dois dias", "ganhei dois quilos em três dias", "a balança subiu desde segunda"], noMatch: ["perdi três quilinhos", "perdi peso"] },
  },
  {
    id: "pt.stroke", concept: "stroke_signs", category: "red_flag_symptom", severity: "urgent",
    when: ["(boca|cara|rosto) ~3 (de lado|puxada|virada|descaída|de banda|ao lado)", "(língua) ~2 (enrolada|pesada|presa|travada|dormente)", "(não se entende|não se entendia|não se percebe|não se percebia|não dava pra entender|não dava para entender) ~2 (o que (ele|ela) (diz|dizia|fala|falava))", "(perdeu|perdi) ~2 (a)? ~1 força ~3 (do|no|na|da) ~1 (braço|perna|mão|lado)", "(fiquei|ficou) (aéreo|aérea|desligado|desligada|olhando pro nada|olhando para o nada|com o olhar parado) ~8 (boca|lábios|não lembro|nao lembro|não respondia|nao respondia|não lembra)", "(mexendo|mexia|estalando|mastigando) ~2 (a boca|os lábios) ~2 (sozinho|sozinha|sem parar|à toa)?", 
      "@FACE_PART ~3 (torta|torto|caída|caído|entortou|dormente|paralisada|repuxada)",
      "(fala|falando|falei|voz) ~3 (enrolada|enrolando|arrastada|estranha|embolada|trocando palavras)",
      "(as palavras) ~3 (não saem|não saíam|trocadas|embolando)",
      "@CANT ~2 falar !(com)", "@CANT ~2 (mexer o braço|mexer a perna|levantar o braço|levantar a perna|achar as palavras)",
      "(um lado|lado esquerdo|lado direito|metade do corpo) ~4 (@WEAK|@NUMB|não obedece)",
      "(braço|perna|mão) ~3 (dormente|sem força|paralisado|paralisada|morto|morta|não obedece|não sinto)",
      "(avc|derrame|isquemia|ave)",
      "(convulsão|convulsões|convulsionei|crise convulsiva|ataque epiléptico|tive um ataque)",
    ],
    examples: { match: ["o meu pai ficou com a boca de banda", "não se percebe o que ela diz desde manhã", "perdeu a força no braço esquerdo", "ele ficou olhando pro nada e não respondia, depois não lembra", "ela ficava mastigando a boca sem parar", "a boca entortou de um lado", "minha fala ficou enrolada de manhã", "o braço direito ficou sem força"], noMatch: ["deixei o livro de lado", "fiquei aéreo na aula de matemática", "a rua é torta"] },
  },
  {
    id: "pt.headache", concept: "severe_headache", category: "red_flag_symptom", severity: "high", pregnancyQualifies: true,
    when: ["(cabeça) ~3 (rachando|a estalar|a rebentar|vai rebentar|vai estourar|martelando)", "(dor de cabeça) ~4 (nunca tive|como nunca|pior da minha vida|a pior da vida)", "(dor de cabeça|dores de cabeça|enxaqueca|cefaleia)", "(cabeça) ~3 (explodindo|vai explodir|latejando|estourando|doendo)"],
    qualifiedBy: ["nunca tive", "como nunca", "da minha vida", "não passa com nada", "dipirona", "paracetamol", "benuron", "tylenol", "@SEVERE", "@WORSE", "@SUDDEN", "@PERSISTENT", "a pior", "vista", "visão", "embaçada", "pontos", "vômito*", "rigidez", "nuca", "remédio", "não passa"],
    examples: { match: ["tenho a cabeça a rebentar desde ontem", "uma dor de cabeça como nunca tive", "estou com uma dor de cabeça fortíssima que não passa", "a cabeça está explodindo desde ontem"], noMatch: ["o balão vai rebentar", "ele é o cabeça da família"] },
  },
  {
    id: "pt.confusion", concept: "confusion_drowsiness", category: "red_flag_symptom", severity: "high",
    when: ["(as vozes) ~2 (voltaram|estão de volta|recomeçaram)", "não (me|nos) (reconhecia|reconheceu|conhecia)", "(ouve|ouvia|escuta|escutava) vozes", "(a tv|a televisão|o rádio|a rádio) ~3 (fala dele|fala com ele|fala dela|fala com ela|manda recados)", "(tá|está|anda|estava|ficou|andava) ~2 (variando|desnorteado|desnorteada|fora de si|baralhado|baralhada|prostrado|prostrada|delirando|trocando as bolas)", "(não fala|não diz|não falava|não dizia) coisa com coisa", "(não me reconhece|não me reconheceu|já não me conhece|não me conhece mais|não sabe onde está|não sabe que dia é|não sabe quem sou)", "(difícil|não consigo|não conseguimos|não dá) ~2 (acordá lo|acordá la|acordar ele|acordar ela)", "(confuso|confusa|desorientado|desorientada) !(com|sobre)", "(não sei onde estou|não reconheço)", "(muito sonolento|muito sonolenta|não consigo ficar acordado|não consigo ficar acordada|dormindo o tempo todo)", "(vendo coisas|ouvindo vozes|alucin*)", "(vi|vejo|via|vendo) ~3 (bichos|bichinhos|insetos|aranhas|formigas|gente|pessoas|coisas) ~4 (andando|correndo|na parede|no teto|que não (existem|estavam|estão))"],
    examples: { match: ["as vozes voltaram esta semana", "hoje a minha mãe não me reconhecia", "ele diz que a televisão fala dele", "a minha mãe anda baralhada desde ontem", "o vô está variando desde a noite", "ela não fala coisa com coisa", "não conseguimos acordá-lo direito", "minha filha achou que eu estava confusa", "não consigo ficar acordada de dia", "ontem vi uns bichinhos andando na parede"], noMatch: ["não conheço esse médico", "ela fala coisa com coisa, está ótima", "estou confusa com a dieta", "vi meus netos no domingo"] },
  },
  {
    id: "pt.saddle", concept: "saddle_numbness", category: "red_flag_symptom", severity: "urgent",
    when: ["@NUMB ~6 (bunda|rabo|traseiro|entre as coxas)", "(bunda|rabo|traseiro|nádegas|bumbum) ~3 @NUMB", "(fiz|faço|escapou|escapa) ~2 (xixi|cocô|urina|chichi) ~3 (sem sentir|sem perceber|na cama sem)", "@NUMB ~6 (virilha|partes íntimas|entre as pernas|bumbum|nádegas|períneo|lá embaixo)", "(virilha|partes íntimas|entre as pernas|lá embaixo) ~4 @NUMB", "(não seguro|não consigo segurar|perdi o controle) ~3 (o xixi|a urina|as fezes|o intestino|a bexiga|do xixi|da urina|da bexiga|do intestino)", "(fiz xixi|urinei) ~2 (na roupa|sem perceber|sem sentir)", "(as duas pernas|ambas as pernas) ~3 (fracas|sem força|dormentes)"],
    examples: { match: ["tenho o rabo dormente desde a operação à coluna", "escapou o xixi sem perceber", "está dormente entre as pernas", "não consigo segurar o xixi"], noMatch: ["fiz xixi antes de sair", "perdi o controle remoto"] },
  },
  {
    id: "pt.vision", concept: "vision_loss", category: "red_flag_symptom", severity: "urgent",
    when: ["(vista|visão) ~3 (embaçou|ficou turva|ficou embaçada|sumiu|apagou|turvou|nublou|enevoada)", "(vejo) ~2 (tudo)? ~1 (embaçado|turvo|borrado|nublado|enevoado|desfocado|a dobrar)", "(deixei de ver|deixou de ver|não vejo nada) ~3 (do olho|de um olho|do lado)", "(cortina|sombra|véu|mancha preta|mancha escura|nuvem) ~5 (no olho|na vista|na frente|cobrindo|descendo|sobre o olho)", "(perdi|perdendo|perda da) ~2 (visão|vista)", "(não enxergo|não vejo) ~3 (do olho|com o olho|nada|de um lado)", "(visão|vista) ~4 (embaçada|turva|escura|escureceu|piorou|borrada)", "(flashes|luzes|faíscas|clarões|relâmpagos) ~3 (no olho|na vista|de luz)?", "(moscas volantes|moscas|pontinhos pretos|manchinhas) ~3 (novas|muitas|de repente|mais)", "(vendo dobrado|visão dupla|vejo duplo|vejo dobrado)", "(olho) ~3 (doendo muito|dor forte|dor horrível|dor insuportável)"],
    examples: { match: ["de repente a vista turvou do olho direito", "vejo tudo desfocado desde manhã", "vejo uma cortina no olho operado", "estou vendo flashes de luz de um lado", "a vista escureceu de repente"], noMatch: ["vejo a novela todos os dias", "fechei a cortina da sala"] },
  },
  {
    id: "pt.fever", concept: "fever", category: "red_flag_symptom", severity: "high",
    when: ["(febrão|febrinha|febre alta|arrepios de frio|a tiritar)", "(pelando|queimando|ardendo) (de febre|em febre)", "(corpo|testa) ~2 (pelando|fervendo|quente demais)", "(febre|febril|calafrio|calafrios|tremedeira|suores noturnos|suando frio|tremendo de frio)", "(estou com|com|subiu|deu) ~2 (temperatura|a temperatura)", "(temperatura) ~2 (subiu|alta|deu|está alta|tá alta)", "(sinto|sentindo|com|tô com|estou com) ~2 (frio e calor|calor e frio)"],
    examples: { match: ["o menino está ardendo em febre", "a testa dele está pelando", "estou com febre e calafrios desde ontem", "a temperatura subiu à noite"], noMatch: ["a água está fervendo", "faz frio e calor nessa casa"] },
  },
  {
    id: "pt.wound", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
    when: ["(rebentaram|rebentou|estourou|estouraram|abriram|soltaram|abriu) ~3 (os pontos|a ferida|a cicatriz|a sutura|os agrafes|os grampos)", "@WOUND ~6 (@DISCHARGE|@OPENING|infeccionada|infeccionado|infectada|infectado|vermelha|vermelho|quente|inchada|inflamada|sangrando)",
      "(passando|passou|passa|saindo|saiu) ~2 (da|do) (linha|marca|risco|caneta|traço|contorno)", "@DISCHARGE ~5 (da|do|na|no|em volta da|ao redor da) ~3 @WOUND", "(vermelhidão|vermelho|manchas vermelhas|riscos vermelhos) ~7 (espalhando|aumentando|crescendo|subindo|maior)", "(quente ao toque|está quente)", "(pus|purulento|purulenta)"],
    examples: { match: ["o machucado do pé está soltando matéria", "a ferida da cirurgia cheira mal", "rebentaram os pontos da cicatriz", "a ferida está vermelha e saindo um líquido amarelo", "os pontos abriram um pouco", "a vermelhidão em volta da cicatriz está espalhando"], noMatch: ["a matéria de história é difícil", "corte de cabelo novo"] },
  },
  {
    id: "pt.bleeding_heavy", concept: "bleeding", category: "red_flag_symptom", severity: "urgent",
    when: ["(mijando|mijo|faço xixi|fazendo xixi|faço chichi) ~2 (sangue|vermelho)", "(cocô|fezes) ~3 (pretinho|cor de piche|como alcatrão|pretas como)", "(vomitando|vomitei|vomitou|a vomitar) ~3 (borra de café|uma coisa preta|coisa escura)", "(sangrando|sangrou|sangue|a sangrar) ~3 (aos montes|a potes|que nem torneira|como torneira|em golfadas|jorrando|esguichando|a jorrar)", "(hemorragia)", "(catarro|escarro|cuspe|expectoração) ~3 (com raias de sangue|com rajas de sangue|com fios de sangue|raiado de sangue|com sangue)", 
      "(sangrando|sangra|sangramento|sangue) ~3 (muito|demais|não para|sem parar|não estanca|encharcando|bastante|atravessando)",
      "(encharquei|encharcou|encharcando|ensopou|ensopado|ensopada) ~3 (absorvente|absorventes|curativo|gaze|lençol|roupa|toalha)",
      "(coágulos) ~3 (grandes|enormes)",
      "(tossi|tossindo|tusso|vomitei|vomitando|cuspi|cuspindo) ~3 sangue",
      "sangue ~3 (nas|na|no) ~2 (fezes|cocô|urina|xixi|vômito|saliva|boca|vaso|privada|papel|papel higiénico|papel higiênico)", "sangue (quando|ao) me limp*",
      "(fezes|cocô) ~3 (pretas|preto|escuras|como piche|com sangue)",
      "(urina|xixi) ~5 (vermelha|com sangue|cor de coca|cor de coca cola|cor de café|cor de chá preto|preta)",
      "(borra de café)",
    ],
    examples: { match: ["estou mijando sangue desde ontem", "está a sangrar que nem torneira", "o catarro vem com raias de sangue", "hoje vi sangue vivo no papel", "está sangrando muito e encharcou a gaze", "vomitei sangue hoje cedo", "as fezes estão pretas desde ontem"], noMatch: ["tenho análise de sangue amanhã", "fiz exame de sangue"] },
  },
  {
    id: "pt.bleeding_minor", concept: "bleeding_minor", category: "red_flag_symptom", severity: "moderate",
    when: ["(sangra|sangrando|a sangrar) ~2 (o nariz|a gengiva|do nariz|da gengiva|as gengivas)", "(nódoas negras|nódoa negra|pisaduras|roxões|manchas roxas|hematomas) ~3 (sem bater|sem razão|do nada|pelo corpo todo|por todo o lado)", "(sangramento no nariz|sangrando pelo nariz|sangra o nariz|nariz sangrando|gengiva sangrando|gengivas sangram|sangra a gengiva)", "(roxos|manchas roxas|hematomas) ~3 (pelo corpo|sem bater|do nada|enormes|fácil)", "(roxo|mancha roxa|hematoma) ~6 (aumentando|maior|crescendo|espalhando|duro)"],
    qualifiedBy: ["@PERSISTENT", "@SEVERE", "@WORSE", "(minutos|hora|horas|meia hora)", "não para", "todo dia", "todos os dias", "enormes", "pelo corpo"],
    examples: { match: ["aparecem nódoas negras por todo o lado desde que tomo o sintrom, todos os dias", "o hematoma na virilha está aumentando", "o nariz sangrando todo dia", "aparecem manchas roxas pelo corpo"], noMatch: ["o nariz está entupido", "o nariz coçando"] },
  },
  {
    // tiny red or purple dots in the skin (petechiae): a sign of low platelets or of a serious infection
    id: "pt.petechiae", concept: "bleeding_minor", category: "red_flag_symptom", severity: "high",
    when: ["(pontinhos|pintinhas|manchinhas|pequenos pontos|pequenas manchas) ~2 (vermelhos|vermelhas|roxos|roxas|arroxeados|arroxeadas)", "(petéquias|petequias)"],
    examples: { match: ["apareceram uns pontinhos vermelhos nas pernas", "ela tem umas manchinhas roxas na barriga", "o médico falou em petéquias"], noMatch: ["tenho uma espinha vermelha no nariz", "o vestido tem pontos vermelhos"] },
  },
  {
    // clear, watery fluid dripping from one side of the nose, worse leaning forward: spinal fluid after nose, sinus or skull surgery
    id: "pt.csf_leak_nose", concept: "csf_leak", category: "red_flag_symptom", severity: "high",
    when: ["(líquido|liquido|água|agua|aguinha|gotas) ~4 (transparente|clarinho|clarinha|clara|claro|como água|como agua) ~5 (nariz|narina)", "(nariz|narina) ~4 (pinga|escorre|escorrendo|pingando) ~4 (transparente|como água|como agua|aguinha)"],
    qualifiedBy: ["um lado", "uma narina", "narina (direita|esquerda)", "(me baixo|baixar|me inclino|inclinar|abaixo a cabeça)", "salgado", "metálico", "não para", "desde a operação", "desde a cirurgia"],
    examples: { match: ["sai um líquido transparente como água pela narina direita quando me baixo", "o nariz escorre como água só de um lado e tem um gosto salgado"], noMatch: ["estou com o nariz entupido da gripe", "bebo água clara"] },
  },
  {
    // groaning, moaning or wincing when moved or touched: pain in someone who cannot say it
    id: "pt.pain_when_moved", concept: "pain_nonverbal", category: "red_flag_symptom", severity: "high", experiencer: "any",
    when: ["(geme|gemer|gemendo|se queixa|queixa-se|grita|faz caretas|faz cara de dor|contorce) ~4 (quando|sempre que|cada vez que|se) ~3 (o|a)? (viramos|viro|mexemos|mexo|tocamos|toco|lavamos|mudamos|mudo)"],
    qualifiedBy: ["@NEW", "@WORSE", "começou", "começa", "não fazia isso", "antes não"],
    examples: { match: ["o meu pai começou a gemer quando o viramos na cama", "ela faz cara de dor sempre que a mexemos, antes não fazia isso"], noMatch: ["ele se queixa do tempo todos os dias"] },
  },
  {
    id: "pt.dvt", concept: "leg_clot_signs", category: "red_flag_symptom", severity: "urgent",
    when: ["@CALF ~5 (vermelhona|quentinha|inchadona|doída|repuxando|esticada|brilhante)", "(perna) ~3 (mais gorda|mais quente|maior que a outra)", "@CALF ~5 (inchada|inchado|dura|duro|quente|vermelha|vermelho|doendo|dolorida|dolorido|mais grossa|maior|como pedra)", "(dor|inchaço|calor) ~3 (na|da) ~1 (panturrilha|batata da perna|barriga da perna)", "(uma perna) ~3 (mais grossa|mais inchada|maior)"],
    examples: { match: ["a barriga da perna está inchadona e quentinha", "a perna direita está mais quente que a outra", "a panturrilha está dura e quente", "uma perna está mais grossa que a outra"], noMatch: ["a perna da mesa está bamba", "estiquei as pernas"] },
  },
  {
    id: "pt.circulation", concept: "poor_circulation", category: "red_flag_symptom", severity: "high",
    when: ["(dedos|pé|pés|mão|mãos|dedinhos) ~3 (roxinhos|arroxeados|pretos|negros|frios como gelo|azulados)", "(não sinto) ~2 (os dedos|o pé|a mão|os dedinhos)", "(dedos|pé|mão|pés|mãos) ~3 (brancos|brancas|roxos|roxas|azuis|gelados|geladas)", "@CANT ~1 (mexer|sentir) ~2 (os dedos|o pé|a mão)", "(gesso|tala|atadura|bota) ~3 (muito apertado|muito apertada|apertando muito|machucando)"],
    examples: { match: ["os dedinhos do pé estão arroxeados com o gesso", "não sinto os dedos desde que puseram a tala", "os dedos do pé estão brancos e gelados", "o gesso está apertando muito"], noMatch: ["pintei as unhas de roxo", "está frio lá fora"] },
  },
  {
    id: "pt.pain_severe", concept: "uncontrolled_pain", category: "red_flag_symptom", severity: "high",
    when: ["(dor) ~3 (de morrer|de matar|que mata|de enlouquecer|de chorar|desgraçada|do cão|dos diabos|dos infernos)", "(chorando|gritando|grito|choro|urrando|me contorcendo|contorcendo me) ~2 (de dor)", "(a dor) ~2 não (me)? ~1 deixa (dormir|andar|mexer)", "(dipirona|tramadol|morfina|paracetamol|benuron|analgésico|brufen|remédio) ~3 (não faz efeito|não está a fazer efeito|não serve|não me faz nada)", "(dor|dores) ~2 (insuportável|horrível|terrível|absurda|muito forte|fortíssima|desesperadora|intensa)", "(não aguento|não suporto|insuportável) ~2 (a dor|de dor)?", "(dez de dez|10 de 10|nove de dez)", "(analgésico|remédio|dipirona|tramadol|morfina|paracetamol) ~3 (não faz nada|não adianta|não resolve|não está fazendo efeito|não segura)", "(não consigo) ~2 (dormir|andar|me mexer|pisar) ~3 (de dor|pela dor|com a dor)"],
    examples: { match: ["estou com uma dor de morrer nas costas", "estou me contorcendo de dor", "a dor não me deixa dormir", "a dor está insuportável à noite", "o remédio não faz nada"], noMatch: ["morrendo de rir com o neto", "a dor melhorou bastante"] },
  },
  {
    id: "pt.belly", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(vomitando|vomito|botando|gomitando|a vomitar) ~2 (até água|até a água|até o soro|até o remédio)", "(tudo que|tudo o que) (come|como|toma|tomo|dou) ~3 (vomita|vomito|bota pra fora|põe fora|deita fora)", "(dor de barriga|dor na barriga|dor de estômago|cólica|cólicas|dor no estômago) ~3 (de morrer|fortíssima|absurda|que não passa)", "(barriga|abdómen|abdômen) ~2 (duríssima|rija|tesa)", "(caganeira|soltura|desarranjo|disenteria|intestino solto|piriri) ~4 (o dia todo|sem parar|várias vezes|com sangue|desde|que nem água|como água)", "(olhos|pele|cara) ~3 (amarelinhos|amarelinhas|cor de gema)", "(não|nao) (tô|to|estou|está|esta|ta|tá) conseguindo (segurar|parar) nada", "(botando|botei|pondo|pus|colocando) tudo (pra|para) fora", "(vomito|vomitando|vomitei) tudo (que|o que)", "(não paro nada no estômago|vomito tudo|não consigo segurar nada|não para nada) ~3 (nem água|água|remédio)?", "(vomitando|vômitos|vomitei) ~4 (o dia todo|a noite toda|sem parar|várias vezes|desde)", "(diarreia|caganeira) ~4 (o dia todo|sem parar|várias vezes|com sangue|desde)", "(dor de barriga|dor no estômago|dor na barriga|dor abdominal) ~2 (forte|muito forte|horrível|insuportável)", "(barriga) ~2 (dura como pedra|dura como tábua|durinha)", "(olhos|pele) ~3 (amarelos|amarelas|amarelados|amareladas)", "(icterícia|amarelão)"],
    examples: { match: ["está vomitando até o soro", "tudo o que come deita fora", "está com piriri sem parar desde ontem", "a barriga está rija e dói muito", "não tô conseguindo segurar nada no estômago", "tô botando tudo pra fora desde ontem", "estou vomitando o dia todo", "vomito tudo nem água para", "os olhos estão amarelados"], noMatch: ["a massa ficou rija", "gema amarela"] },
  },
  {
    id: "pt.urine_retention", concept: "urinary_retention_or_output", category: "red_flag_symptom", severity: "urgent",
    when: ["(não sai|não sai nada de) ~2 (xixi|urina|chichi|mijo)", "não (fez|faz|fiz|faço) (xixi|chichi) ~3 (desde|o dia todo|há horas)", "(fralda|fraldas) ~4 (seca|secas|sequinha|sem xixi)", "@CANT ~2 (urinar|fazer xixi|esvaziar a bexiga|mijar)", "(não urinei|não fiz xixi|não urino) ~3 (desde|o dia todo|nada)?", "(bolsa|sonda) ~3 (não enche|não drena|entupida|entupiu|saiu)", "(só sai|sai só) ~2 (umas gotas|um pouquinho|pingando)",
      // much less urine than usual
      "(pouco|pouquinho|quase nada de|quase não faço|quase não fiz|quase não faz) (xixi|urina|chichi) ~4 (desde|há|o dia todo|hoje|quase nada)", "(xixi|urina|chichi) ~3 quase nada ~2 (desde|há|hoje|o dia todo)"],
    examples: { match: ["não fiz chichi desde ontem à noite", "tô fazendo pouco xixi, quase nada desde anteontem", "a fralda está sequinha desde manhã", "não consigo fazer xixi desde cedo", "a bolsa da sonda não enche"], noMatch: ["comprei fraldas no mercado", "faço xixi normal"] },
  },
  {
    id: "pt.urine_infection", concept: "urinary_infection", category: "red_flag_symptom", severity: "moderate",
    when: ["(arde|ardência|queima|ardor|dói) ~3 (pra mijar|para mijar|ao fazer chichi|quando faço chichi|quando mijo|a urinar|o xixi|o chichi)", "(infecção urinária|infeção urinária|cistite|infecção de urina|infeção na urina|pielonefrite)", "(arde|ardência|queima|dói) ~2 (ao urinar|quando faço xixi|pra fazer xixi|para urinar|quando urino)", "(urina|xixi) ~3 (turva|com cheiro forte|escura|fedendo)"],
    qualifiedBy: ["@FEVER", "(rim|rins|costas|lombar) ~2 (dor|dói)", "@WORSE", "@SEVERE", "sangue", "@PERSISTENT", "sonda"],
    examples: { match: ["arde quando faço chichi e tenho febre", "arde quando faço xixi"], noMatch: ["o sol queima a pele", "faço muito xixi à noite"] },
  },
  {
    id: "pt.hypo", concept: "hypoglycaemia", category: "red_flag_symptom", severity: "high",
    when: ["(duas|2|dupla) (setas|seta) ~2 (para baixo|pra baixo|a descer|descendo)", "(açúcar|glicose|glicemia|diabetes) ~3 (baixou|lá embaixo|no chão|baixinha|em baixo)", "(deu|tive|tive uma|teve uma|deu uma) (hipo|baixa de açúcar|queda de açúcar)", "(hipoglicemia|hipo|açúcar baixo|glicose baixa|glicemia baixa|deu uma baixa|caiu o açúcar|a glicose caiu)", "(açúcar|glicose|glicemia) ~3 (caiu|despencou|muito baixa|baixíssima|baixou muito)", "(tremendo|tremedeira|tremor) ~3 (suando|suor|suada|suado)", "(suando|suada|suado) ~3 (tremendo|tremedeira)"],
    examples: { match: ["o sensor mostra duas setas para baixo", "deu uma baixa de açúcar de madrugada", "a glicose está baixinha e estou suando frio", "tive uma hipoglicemia forte de madrugada", "a glicose despencou depois da caminhada", "acordei suando e tremendo"], noMatch: ["tem duas setas na placa da rua", "comprei açúcar mascavo", "comprei açúcar no mercado"] },
  },
  // a rescue glucagon given to the patient: a low they could not treat themselves
  {
    id: "pt.hypo_rescue", concept: "severe_hypoglycaemia", category: "red_flag_symptom", severity: "high", experiencer: "speaker",
    when: ["(deu|deram|aplicou|aplicaram|aplicar|dar|usou|usaram) ~3 (glucagon|glucagom|baqsimi)"],
    examples: { match: ["meu marido teve que me aplicar o glucagon de madrugada"], noMatch: ["o glucagon fica na geladeira"] },
  },
  {
    id: "pt.hyper", concept: "hyperglycaemia", category: "red_flag_symptom", severity: "high",
    when: ["(açúcar|glicose|glicemia|diabetes|diabete) ~3 (lá em cima|nas nuvens|alta demais|descontrolada|descompensada|não desce|atacada)", "(glicosímetro|medidor|sensor|libre) ~3 (marca|deu|aparece|mostra|diz) ~2 (hi|high|alto|erro)", "(açúcar|glicose|glicemia|diabetes) ~3 (nas alturas|altíssima|muito alta|não baixa|disparou|lá em cima)", "(cetona|cetonas|corpos cetônicos) ~3 (alta|altas|positiva|positivas|deu)?", "(aparelho|glicosímetro|medidor) ~3 (marca|mostra|deu) ~1 (hi|high|alto)"],
    examples: { match: ["a diabetes está lá em cima e não desce", "o sensor mostra hi", "a glicose está nas alturas e não baixa", "deu cetona positiva no exame"], noMatch: ["o açúcar está no armário", "expectativa alta"] },
  },
  {
    id: "pt.anaphylaxis", concept: "allergic_reaction", category: "severe_side_effect", severity: "urgent",
    when: ["(boca|lábios|beiço|beiços|língua|olhos|cara|rosto) ~3 (inchadões|inchadão|inchadona|inchou tudo|inchou toda|deformado|deformada)", "(garganta) ~2 (a fechar|apertando|trancando|trancou)", "@AIRWAY_PART ~3 (inchada|inchados|inchadas|inchado|inchou|incharam|fechando|fechou)", "(reação alérgica|choque anafilático|anafilaxia|alergia forte)", "(garganta) ~2 (fechando|fechou|apertada)"],
    examples: { match: ["o beiço ficou inchadão depois da injeção", "sinto a garganta a fechar", "os lábios incharam depois do comprimido", "sinto a garganta fechando"], noMatch: ["a porta trancou sozinha", "sou alérgica a gato"] },
  },
  {
    id: "pt.skin_reaction", concept: "skin_reaction", category: "severe_side_effect", severity: "high",
    when: ["(corpo todo|corpo inteiro) ~3 (empolou|empolado|empolada|pipocou|encaroçou|cheio de manchas|cheio de vergões)", "(pele) ~3 (a cair|caindo|a sair|saindo|a descascar|descascando) ~8 (bolhas|ferida|feridas|não consigo|nao consigo|dói|doi)", "(abriram se|abriram|apareceram|saíram|sairam|fizeram se) ~3 (umas|uma|várias|bolhas) ~2 bolhas?", "(empolou|empolado|empolada|pipocou|pipocando|encaroçou) ~4 (o corpo todo|todo|toda|inteiro|inteira|desde que|por todo o lado)", "(coceira|comichão|prurido) ~3 (no corpo todo|pelo corpo todo|em todo o corpo)", "(pele) ~3 (soltando|descolando|a descascar|em carne viva)", "(urticária|brotoeja|brotoejas|vergões|bolhas|manchas vermelhas pelo corpo|erupção)", "(manchas|bolinhas|caroços) ~4 (pelo corpo todo|espalhando|coçando|desde que comecei)", "(pele|boca|lábios) ~3 (descascando|bolhas|feridas|aftas)"],
    examples: { match: ["nas mãos a pele está a cair e abriram umas bolhas na planta do pé", "o corpo todo empolou depois do antibiótico", "tenho comichão em todo o corpo desde o remédio novo", "apareceu urticária no corpo todo", "a pele está descascando nas mãos"], noMatch: ["a tinta da parede está descolando", "manchas de café na mesa"] },
  },
  {
    id: "pt.side_effect", concept: "side_effect", category: "severe_side_effect", severity: "high",
    when: ["(@MED) ~4 (me derrubou|está a fazer me mal|faz me mal|está me fazendo mal|não me caiu bem|me deixou mal)", "(não estou|não tô|não to) (aguentando|me dando bem com) ~2 (@MED|o remédio|os remédios|o tratamento|a quimio)", "(desde que) ~2 (comecei|estou tomando|tomo|troquei|mudaram|aumentaram) ~4 (@MED|a dose|o novo|a nova)?", "(efeito colateral|efeitos colaterais|reação)", "(@MED) ~4 (me dá|me deu|está me dando|me deixa|me deixou|me faz mal|me fez mal) ~3 (tontura|enjoo|diarreia|dor|coceira|tosse|sono)?"],
    qualifiedBy: ["@SEVERE", "@WORSE", "@PERSISTENT", "@SUDDEN", "urticária", "inch*", "sangr*", "vômit*", "desmai*", "tontura*", "amarel*", "não consigo", "parei", "medo", "mal", "dor*", "músculo*"],
    examples: { match: ["o comprimido novo está a fazer-me mal, vomito todos os dias", "desde que comecei o remédio novo fico com tontura o dia todo", "a metformina me faz mal e vomito"], noMatch: ["a comida não me caiu bem", "tomo o remédio com comida"] },
  },
  {
    id: "pt.fall", concept: "fall_or_head_injury", category: "red_flag_symptom", severity: "high",
    when: ["(dei um tombo|dei uma queda|dei um trambolhão|levei um trambolhão|fui ao chão|fui pro chão|me estabaquei|me estatelei|estatelei me|caí de cara|caí de costas|caí de bunda)", "(caiu|levou um tombo|tomou um tombo|deu uma queda|foi ao chão|foi pro chão) ~3 (no banheiro|na casa de banho|no chuveiro|da cama|da cadeira|na escada|nas escadas|na rua|na cozinha|de costas|de cara)", "(bateu|bati|bateu com|bati com) ~2 (a cabeça|com a cabeça|na cabeça|com a testa|na testa)", "(galo|calombo) ~3 (na cabeça|na testa)", "(eu caí|levei um tombo|tomei um tombo|sofri uma queda|escorreguei e caí|caí no chão|levei uma queda|caí da escada)", "(bati|batí) ~2 a cabeça", "(várias|duas|três|umas quantas) quedas", "não ~2 (consegui|conseguia|conseguiu) (levantar|levantar-me|me levantar|se levantar) ~3 chão", "(no chão|caído no chão|caída no chão) ~3 (horas|uma hora|a noite toda|mais de uma hora|um bom bocado)"],
    examples: { match: ["dei um trambolhão na rua ontem", "a minha sogra caiu na casa de banho", "ficou com um galo na testa", "teve duas quedas esta semana", "não consegui me levantar do chão da cozinha", "ficou caída no chão mais de uma hora", "levei um tombo no banheiro ontem", "bati a cabeça no armário"], noMatch: ["caiu a ligação duas vezes", "caiu a ficha", "caiu a internet"] },
  },
  {
    id: "pt.joint", concept: "dislocation_or_implant_problem", category: "red_flag_symptom", severity: "urgent",
    when: ["(quadril|anca|prótese|joelho|ombro) ~3 (saiu do lugar|deslocou|desencaixou|luxou|saltou fora|saiu fora)", "(não consigo|não consegue) ~2 (pôr o pé no chão|assentar o pé|pousar o pé)", "(perna|pé|quadril|joelho) ~4 (mais curta|torta|virada|fora do lugar|saiu do lugar)", "(ouvi|senti) ~2 (um estalo|um estalo forte|um clique) ~4 (quadril|joelho|ombro)", "@CANT ~2 (apoiar o pé|pisar|colocar o pé no chão|botar peso)"],
    examples: { match: ["acho que a prótese da anca saltou fora", "não consigo pousar o pé no chão", "a perna operada parece mais curta", "não consigo pisar no chão"], noMatch: ["o joelho está ótimo", "apoio o projeto"] },
  },
  {
    id: "pt.tube_stoma", concept: "device_or_stoma_problem", category: "red_flag_symptom", severity: "high",
    when: ["(sonda|cateter|algália|dreno|tubo|picc) ~4 (soltou|arrancou|arrancada|entupiu|entupida|parou de drenar|não drena|deslocou)", "(arrancou|tirou|puxou) ~2 (a sonda|o cateter|a algália|o dreno|o soro)", 
      // high output from a stoma (dehydration risk): the bag emptied many times, or litres
      "(esvaziei|esvaziar|esvaziando|troquei) ~3 [a] (bolsa|bolsinha) ~4 @NUM (vezes)", "(bolsa|estoma|ostomia) ~8 (litro*)", "(bolsa) ~3 (enche|enchendo) ~3 (toda hora|de hora em hora|muito rápido|rapidinho)","(estoma|ostomia|colostomia) ~4 (escura|roxa|preta|sangrando|inchada|afundou|escuro|roxo|preto|inchado|arroxeado|arroxeada)", "(dreno|sonda|cateter|tubo|picc|port) ~3 (saiu|caiu|entupiu|entupido|soltou)", "(bolsa) ~4 (não sai nada|vazia desde)"],
    examples: { match: ["o meu pai arrancou a algália de noite", "o dreno parou de drenar", "o estoma está roxo desde hoje cedo", "esvaziei a bolsa oito vezes desde ontem", "o dreno saiu de noite", "a colostomia está roxa"], noMatch: ["tirou a roupa do varal", "a bolsa da feira"] },
  },
  {
    // dificuldade para engolir, engasgo com água (disfagia nova)
    id: "pt.swallowing", concept: "swallowing_difficulty", category: "red_flag_symptom", severity: "high",
    when: ["(comida|água|líquido|comprimido) ~3 (não desce|entala|entalou|fica entalado|fica entalada|volta pelo nariz|sai pelo nariz)", "(entalo|entalando|entalei|se engasga|engasga se) ~3 (com|toda vez|sempre|a toda a hora|quando)", "(dificuldade|custando|custa|não consigo|nao consigo|difícil|dificil) ~2 (para|pra|de)? engolir", "(engasgo|engasgando|engasguei|me engasgo) ~3 (com)? (água|agua|a comida|líquidos|sopa|tudo)?", "(vai|foi|desce) pro lado errado"],
    examples: { match: ["a comida fica entalada na garganta", "engasga-se a toda a hora com a sopa", "desde ontem tenho dificuldade para engolir", "me engasgo com a água toda hora"], noMatch: ["o trânsito não desce a avenida", "engulo os comprimidos sem problema"] },
  },
  {
    // formigamento nos lábios, mão em garra (cálcio baixo depois de cirurgia no pescoço)
    id: "pt.low_calcium_signs", concept: "hypocalcaemia_signs", category: "red_flag_symptom", severity: "high",
    when: ["(formigueiro|formigueiros|dormência) ~4 (na boca|à volta da boca|nos lábios|na ponta dos dedos|nas pontas dos dedos)", "(mão|mãos|dedos) ~3 (encolhidos|encolhidas|repuxando|presas|rígidas)", "(lábios|labios|boca|em volta da boca) ~4 (formig*|dormente*|adormecid*)", "formig* ~4 (lábios|labios|em volta da boca)", "(mão|mãos|mao|maos|dedos) ~4 (em garra|travad*|cãibra|caibra|contraíd*|repuxad*)"],
    examples: { match: ["tenho formigueiros à volta da boca desde a operação da tiroide", "as mãos ficam repuxando sozinhas", "tô com formigamento nos lábios desde ontem", "minha mão ficou em garra hoje cedo"], noMatch: ["tenho as mãos secas", "meus lábios estão secos"] },
  },
  {
    // recém-nascido sonolento demais para mamar
    id: "pt.infant_drowsy", concept: "confusion_drowsiness", category: "red_flag_symptom", severity: "urgent",
    when: ["(bebê|bebé|nenê|neném|ele|ela) ~3 (está|tá|anda|ficou) ~2 (largadinho|largadinha|sem reação|prostrado|prostrada)", "(só quer dormir|só dorme|dorme o dia todo) ~4 não (quer mamar|mama|come|acorda)", "(muito|tão|tao|demais) (sonolent*|dorminhoc*|molinh*) ~6 (mama*|peito|mamadeira|acordar)", "(tão|tao) (sonolenta|sonolento|molinha|molinho) que", "(difícil|dificil|impossível|impossivel) ~2 (acordar|acordá-la|acordá-lo)", "(só mama|mama só|so mama) ~3 (minuto|minutos|segundos)", "(molinho|molinha|mole demais)"],
    examples: { match: ["o bebê está largadinho desde a tarde", "só quer dormir e não quer mamar", "ela tá tão sonolenta que nem mama", "ele só mama dois minutos e dorme"], noMatch: ["o bebê dorme bem e mama bem", "o bebê dorme bem entre as mamadas"] },
  },
  {
    id: "pt.urine_foamy", concept: "urine_foamy", category: "red_flag_symptom", severity: "high",
    when: ["(urina|xixi) ~4 (espumosa|espumando|com espuma|espuma)", "espuma ~3 (urina|xixi)"],
    examples: { match: ["meu xixi tá saindo com espuma"], noMatch: ["a cerveja fez espuma"] },
  },
  {
    id: "pt.fetal_movement", concept: "reduced_fetal_movement", category: "red_flag_symptom", severity: "urgent", experiencer: "any",
    when: ["(bebé|bebê|neném|nenê|barriga) ~4 (não dá pontapés|não está a mexer|não tem mexido|deixou de mexer)", "(deixei de|não) (sentir|sinto|senti) ~2 (o bebé|o bebê|os pontapés|pontapés|ele a mexer|ela a mexer)", "(bebê|bebé|neném|nenê|nenem|nene|bebezinho|bebezinha) ~4 (parad*|quiet*|sossegad*|não mexeu|nao mexeu|mexeu pouco|não se mexeu|nao se mexeu)", "(bebê|bebé|neném|nenê) ~4 (não mexe|mexendo menos|parou de mexer|não está mexendo|quase não mexe|quietinho|quietinha)", "(não sinto|não senti|quase não sinto) ~3 (o bebê|o bebé|mexer|chutes|os movimentos)", "(menos) (movimentos|chutes)"],
    examples: { match: ["o bebé não tem mexido desde ontem", "deixei de sentir os pontapés", "a nenê tá paradinha desde ontem", "o bebê quase não mexe desde ontem", "não senti chutes hoje"], noMatch: ["o bebé dá muitos pontapés", "o bebê mexe muito"] },
  },
  {
    // na gravidez ou depois do parto: vista turva ou com pontinhos, rosto ou mãos inchados (pré-eclâmpsia)
    id: "pt.pregnancy_vision_swelling", concept: "pregnancy_warning_signs", category: "red_flag_symptom", severity: "high", pregnancyQualifies: true,
    when: [
      "(vista|visão|visao|olhos) ~4 (turva|embaçada|embacada|embaçado|borrada|esquisita|estranha|nublada|escura)",
      "(vejo|vendo|ver|vi|via) ~2 (pontinhos|pontos|estrelinhas|estrelas|luzinhas|brilhos|flashes|manchas|mosquinhas)",
      "(rosto|cara|mãos|maos|dedos|pálpebras|palpebras) ~4 (inchado|inchados|inchada|inchadas|inchou|incharam|estufado|estufada)",
      "(aliança|alianca|anel) ~4 não ~2 (sai|entra|cabe|passa)",
    ],
    qualifiedBy: ["@SUDDEN", "@WORSE", "@NEW", "@SEVERE", "hoje", "hoje de manhã", "de um dia para o outro", "de um dia pro outro"],
    examples: {
      match: ["estou com a vista turva desde hoje de manhã", "fico vendo pontinhos brilhantes", "minhas mãos incharam e a aliança não sai"],
      noMatch: ["a foto ficou embaçada", "vimos as estrelas na praia"],
    },
  },
  {
    id: "pt.pregnancy_signs", concept: "pregnancy_warning_signs", category: "red_flag_symptom", severity: "urgent",
    when: ["(rebentou|rebentaram|rompeu|estourou) ~2 (as águas|a bolsa das águas)", "(perdendo|a perder|perdi|saindo|a sair|escorrendo) ~2 (água|líquido|sangue) ~3 (por baixo|lá embaixo|pela vagina|sem parar)", "(sangue|sangramento|a sangrar|sangrando|perdas de sangue) ~4 (nas cuecas|na cueca|lá de baixo)", "(barriga) ~3 (endurece|fica dura|a endurecer) ~4 (toda hora|de (cinco|dez|três|#) em|regularmente)", "(a bolsa estourou|estourou a bolsa|rompeu a bolsa|saindo líquido|perdendo líquido)", "(contrações) ~4 (a cada|regulares|seguidas|fortes)", "(sangramento|sangue|sangrando) ~4 (vaginal|por baixo|na calcinha)"],
    examples: { match: ["acho que rebentaram as águas", "estou a perder líquido por baixo", "tenho perdas de sangue nas cuecas", "acho que a bolsa estourou", "estou com sangramento na calcinha"], noMatch: ["rebentou um cano na cozinha", "bebo muita água"] },
  },
  {
    id: "pt.reliever_overuse", concept: "reliever_overuse", category: "red_flag_symptom", severity: "high",
    when: ["(bombinha|aerolin|salbutamol|inalador|ventilan|bomba|puff) ~6 (a toda a hora|de meia em meia hora|não faz nada|não está a fazer efeito|já não faz efeito|não adianta|não dura)", "@RELIEVER ~6 @NUM ou @NUM (vezes|jatos|jatinhos|puffs)", "@RELIEVER ~8 (a cada|de) (duas|três|tres|2|3) (horas|em (duas|três|tres|2|3) horas)", "(bombinha|aerolin|salbutamol|inalador|nebulização|nebulizador) ~6 @NUM (vezes|jatos|jatinhos|puffs)", "(bombinha|aerolin|salbutamol|inalador) ~6 (toda hora|de hora em hora|o dia todo|muito mais|não está segurando|não segura|não faz efeito|não resolve)"],
    examples: { match: ["uso o ventilan de meia em meia hora e já não faz efeito", "usei a bombinha seis vezes hoje", "a bombinha não está segurando"], noMatch: ["o ventilan está na gaveta", "a bombinha está na bolsa"] },
  },
  {
    id: "pt.stool_count", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(banheiro|casa de banho|privada) ~3 (cinco|seis|sete|oito|nove|dez|doze|quinze|#) (vezes|vez)", "(cinco|seis|sete|oito|nove|dez|#) ~2 (vezes|evacuações) ~8 (líquid*|diarreia|mole|aguad*|banheiro|casa de banho)", "(diarreia|caganeira|líquid*|aguad*|evacuações) ~8 (cinco|seis|sete|oito|nove|dez|#) ~1 (vezes|evacuações)"],
    examples: { match: ["vou à casa de banho umas oito vezes por dia e sai sangue", "fui ao banheiro sete vezes hoje, tudo líquido", "a diarreia vem umas seis vezes por dia"], noMatch: ["fui ao banheiro duas vezes hoje", "andei cinco vezes em volta da praça"] },
  },
  {
    id: "pt.vomiting_diarrhoea", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(vomit*|vômito*|vómito*|gomit*) ~8 (piriri|desarranjo|soltura|disenteria|cocô mole|cocô líquido)", "(piriri|desarranjo|soltura|disenteria) ~8 (vomit*|vômito*|vómito*|gomit*)", "(vomit*|vômito*|vómito*|gomit*) ~8 (diarreia|caganeira|intestino solto)", "(diarreia|caganeira) ~8 (vomit*|vômito*|vómito*|gomit*)"],
    examples: { match: ["está com desarranjo e vomitando desde ontem", "estou vomitando e com diarreia desde ontem"], noMatch: ["sem vômito e sem nada", "sem vômito nem diarreia"] },
  },
  {
    id: "pt.dizziness", concept: "dizziness_or_balance", category: "red_flag_symptom", severity: "high",
    when: ["(tonteira|zonzeira|cabeça leve|cabeça à roda|tudo à roda|tudo a andar à roda|vertigens|labirintite|desequilibrado|desequilibrada|sem equilíbrio|a cambalear|feito bêbado|feito bêbada|como se tivesse bebido)", "(tontura|tonturas|tonto|tonta|zonzo|zonza|vertigem|cabeça rodando|tudo rodando|cambaleando|como bêbado|como bêbada|perdi o equilíbrio|perdendo o equilíbrio)", "(cabeça|tudo|mundo|quarto|casa) ~2 (girando|rodando|gira|roda|girou|rodou)"],
    qualifiedBy: ["@WORSE", "@NEW", "@SUDDEN", "@SEVERE", "@PERSISTENT", "caí", "cair", "queda", "desmai*", "escuro", "ao levantar", "de pé"],
    examples: { match: ["ando com a cabeça à roda desde ontem", "estou com uma tonteira forte desde manhã", "a cabeça tá girando desde que levantei", "estou com muita tontura desde ontem", "ando cambaleando como bêbada"], noMatch: ["a roda do carro furou", "ando bem"] },
  },
  {
    id: "pt.sputum", concept: "sputum_change", category: "red_flag_symptom", severity: "high",
    when: ["(expectoração|gosma|catarreira|o que eu cuspo) ~5 (verde*|amarel*|marrom|castanho|acastanhad*|escuro*|com sangue|ferrugem|grosso)", "(catarro|escarro|secreção|muco) ~5 (verde*|amarel*|marrom|escuro*|com sangue|mais grosso*)"],
    examples: { match: ["a expectoração ficou acastanhada", "o catarro ficou verde"], noMatch: ["o casaco castanho", "chá verde"] },
  },
  {
    id: "pt.growing_lump", concept: "growing_lump", category: "red_flag_symptom", severity: "high",
    when: ["(um alto|um altinho|quisto|cisto|papo) ~6 (crescendo|cresceu|maior|aumentando|a crescer|aumentou)", "(caroço|carocinho|nódulo|íngua|bolinha|calombo) ~6 (crescendo|cresceu|maior|novo|nova|duro|dura)", "(achei|senti|notei|apareceu) ~2 (um|uma)? ~1 (caroço|carocinho|nódulo|íngua|bolinha|calombo)"],
    examples: { match: ["tenho um alto no pescoço que está a crescer", "o caroço no pescoço está crescendo", "achei um carocinho na axila"], noMatch: ["o som está muito alto", "caroço de azeitona"] },
  },
  // the patient hurt, threatened or afraid of someone at home
  {
    id: "pt.unsafe_at_home", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["(tenho medo|medo) ~2 (do|da) ~1 (meu|minha)? ~1 (marido|companheiro|namorado|genro|filho|filha|ex|mulher|esposo|esposa|neto|cunhado)", "medo ~2 (de ficar|de voltar|de estar|de ir) ~2 (em casa|pra casa|para casa)", "medo (dele|dela|do meu marido|do meu companheiro|do meu namorado|da minha mulher|do meu filho)", "(não me sinto|nao me sinto) (segura|seguro) ~2 (em casa|com ele|com ela)", "medo ~3 por mim", "(faca|facas|arma|revólver|canivete) ~5 (sumiu|sumiram|desapareceu|escondida|escondeu|escondido)", "(sumiu|sumiram|desapareceu|escondeu) ~3 (a faca|as facas|a arma|o revólver|o canivete)"],
    examples: { match: ["tenho medo do meu genro quando bebe", "tô com medo por mim e pelas crianças", "a faca do churrasco sumiu da gaveta", "tenho medo de voltar pra casa", "não me sinto segura em casa"], noMatch: ["tenho medo do escuro", "tenho medo de agulha"] },
  },
  {
    // a danger in the home (uma chama perto do oxigénio, o fogão esquecido aceso, uma pessoa confusa na rua de noite)
    id: "pt.unsafe_at_home.hazard", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["(cozinha|casa|quarto|sala|apartamento) ~3 (cheia de fumo|cheia de fumaça|cheio de fumo|cheio de fumaça|a encher de fumo|enchendo de fumaça)", "(frigideira|panela|cortina|cortinas|fogão|forno|aquecedor|alguma coisa) ~3 (a arder|pegou fogo|pegando fogo|em chamas|está queimando)", 
      "(fuma|fumam|continua a fumar|continua fumando|acende um cigarro|vela|velas|fogão a gás) ~8 (oxigénio|oxigênio|concentrador|botija de oxigénio|garrafa de oxigénio|cilindro de oxigênio)",
      "(oxigénio|oxigênio|concentrador|botija de oxigénio|garrafa de oxigénio|cilindro de oxigênio) ~8 (fuma|fumam|continua a fumar|continua fumando|acende um cigarro|vela|velas|fogão a gás)",
      "(deixa|deixou|deixava|esquece|esqueceu) ~3 (o gás|o fogão|o lume|o fogo|o forno|a boca do fogão) (ligado|ligada|aceso|acesa|aberto)",
      "(encontraram|encontrei|encontrou|achamos|acharam|achou|andava|saiu|foi encontrado|foi encontrada) ~8 (de pijama|de camisa de dormir|de camisola de dormir|de roupão|às (duas|três|quatro|cinco|#) da (manhã|madrugada)|de madrugada|a meio da noite|no meio da noite)",
    ],
    examples: { match: ["a cozinha está cheia de fumo", "a frigideira pegou fogo", "o meu marido ainda fuma no quarto onde está o concentrador", "ela deixou o gás ligado outra vez sem panela", "acharam ele na rua de pijama às três da manhã"], noMatch: ["a sala ficou cheia de gente", "deixei de fumar muito antes do oxigénio", "saiu cedo para o trabalho"] },
  },
  {
    id: "pt.unsafe_at_home.violence", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["(agarrou|pegou|segurou|apertou|encostou) ~3 pelo (pescoço|pescoco|gasganete)", "(mãos|maos|mão|mao) (no|à volta do|em volta do) [meu] (pescoço|pescoco)", "me (enforcou|estrangulou|sufocou)|(enforcou|estrangulou|sufocou) me", "(mexe|vê|ve|olha|revista|controla) ~2 (no|o|meu|o meu) (celular|telemóvel|telemovel|telefone)", "(ficou com|fica com|tirou|tem) ~2 (o meu|meu|a minha|minha) (cartão|cartao|dinheiro|reforma|aposentadoria|pensão)", "(fica|ficou|ficava) ~2 (agressivo|violento|agressiva|violenta)", "(atirou|jogou|arremessou|atira|joga) ~2 (uma cadeira|a cadeira|um prato|os pratos|a mesa|coisas|um copo) ~3 (contra|na|no|pela)", "(deu|dá) ~2 (um murro|um soco|um pontapé|uma bicuda) ~2 (na|no) (porta|parede|janela)", "me (esbofeteou|estapeou|espancou|chutou|deu uma surra|deu uma bofetada|deu um murro|deu um estalo|deu uma chapada|apertou o pescoço|agarrou pelo pescoço|puxou o cabelo|trancou|maltrata|humilha)", "(bateu|empurrou|ameaçou|agrediu|esbofeteou|espancou) me", "deu me (um estalo|uma chapada|um murro|uma bofetada|um soco|um tapa|uma surra)", "me (bateu|bate|batia|empurrou|empurra|ameaçou|ameaça|agrediu|agride|enforcou|deu um tapa|deu um soco)"],
    with: ["(ele|ela|marido|companheiro|companheira|namorado|namorada|mulher|esposa|filho|filha|pai|mãe|ex)"],
    window: 8,
    examples: { match: ["o meu marido agarrou-me pelo pescoço", "ele me pegou pelo pescoço contra a parede", "ele vê o meu telemóvel todas as noites", "o meu filho ficou com o meu cartão do banco", "quando bebe ele fica agressivo", "o meu filho atirou uma cadeira contra a parede", "ele deu um soco na porta ontem à noite", "o meu companheiro bateu-me ontem", "o meu filho deu-me uma chapada", "meu marido me empurrou contra a parede ontem"], noMatch: ["ele me pegou pela mão para atravessar", "o banco tem o meu cartão registado", "o cão fica agressivo com o carteiro", "joguei a cadeira velha no lixo", "o vento bateu a porta", "o cachorro me empurrou na porta"] },
  },
  {
    // Portuguese drops the subject ("atirou uma cadeira contra a parede"): the acts that only a
    // person does in anger stand without a person named nearby (the other violence rule needs one)
    id: "pt.unsafe_at_home.assault", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: [
      "(atirou|atira|jogou|joga|arremessou|arremessa) ~3 (contra|na|no) (a parede|parede|a porta|porta|o chão|chão|a janela|janela|o espelho|espelho|mim)",
      "(deu|dá|dava) ~2 (um murro|murros|um soco|socos|um pontapé|pontapés|uma cabeçada) ~2 (na|no|contra a) (porta|parede|janela|mesa|armário)",
      "(me empurrou|me empurra|me atirou|me jogou|empurrou me|atirou me) ~2 contra (a parede|a porta|o chão|o armário|a mesa|a cama|o móvel)",
      // a threat to keep the patient from telling anyone
      "se (eu )?(contar|falar|ligar|disser) ~4 (vou me arrepender|me vou arrepender|vais te arrepender|me mata|mata me|vou pagar|me arrependo)",
    ],
    examples: { match: ["ontem ele atirou uma cadeira contra a parede", "deu um murro na porta e partiu a madeira", "no sábado me empurrou contra o armário", "disse que se eu contar a alguém vou me arrepender"],
      noMatch: ["o vento atirou o vaso ao chão", "deu um toque no carro sem querer", "o cachorro me empurrou na porta"] },
  },
  {
    // taken other than the label or the prescriber says (see en.label_mismatch)
    id: "pt.label_mismatch", concept: "dose_schedule_error", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(caixa|rótulo|bula|receita|papel|folha|farmacêutico|farmacêutica|farmácia|instruções) ~3 (diz|dizia|manda|mandava) ~5 (uma vez|duas vezes|três vezes|quatro vezes|de|por dia|por semana|um|uma|dois|duas|meio|meia) ~6 mas ~5 (tomo|tomava|estou tomando|ando a tomar|tenho tomado|dou) ~4 (um|uma|dois|duas|os dois|todos|todo|só|apenas)", "(tenho de|tenho que|devia|deveria) tomar ~6 (uma vez|duas vezes|três vezes|por dia|por semana) ~6 mas ~5 (tomo|estou tomando|ando a tomar|tenho tomado) ~4 (um|uma|dois|duas|só|apenas|todo)"],
    examples: { match: ["a caixa diz duas vezes por dia mas eu tomo só um de manhã", "tenho de tomar uma vez por semana mas estou tomando todo dia"], noMatch: ["a caixa diz duas vezes por dia e é assim que eu tomo", "a bula diz para tomar com comida"] },
  },
  {
    // thoughts of ending one's life said as "it", after the call has named them (the agent's question or
    // the patient's own words earlier): unnamed, the turn is only held for review
    id: "pt.self_harm.thoughts", concept: "suicidal_or_self_harm", category: "emotional_distress", severity: "urgent", experiencer: "speaker", questionMeansHypothetical: false, qualifiedInHistory: true,
    when: ["(às vezes|as vezes|à noite|de noite|de vez em quando|todo dia|todos os dias|algumas noites) ~2 (penso nisso|penso nisto|eu penso nisso|passa pela cabeça|me passa pela cabeça|passa-me pela cabeça)", "(penso nisso|penso nisto) ~2 (às vezes|as vezes|à noite|de noite|de vez em quando|muitas vezes)"],
    qualifiedBy: ["suicid*", "(me matar|se matar|matar me|matar se)", "tirar a (minha|sua|própria) vida", "fazer mal a (mim|si)", "(me machucar|se machucar)", "acabar com tudo", "morrer", "desaparecer", "não acordar"],
    examples: { match: ["não tenho plano nenhum, mas às vezes penso nisso", "de noite passa pela cabeça", "penso nisso de vez em quando"], noMatch: ["penso nisso amanhã com calma", "às vezes vou à feira"] },
  },
  {
    // a medicine given every hour or two: far past any label (see en.rescue_dose_hourly)
    id: "pt.rescue_dose_hourly", concept: "medication_overuse", category: "medication_problem", severity: "high", persists: true, needsMedicationContext: true,
    when: ["(dando|dei|dou|damos|dado|tomando|tomei|tomo|tenho tomado) ~4 (de hora em hora|de duas em duas horas|de meia em meia hora|de 2 em 2 horas|a cada hora|a cada duas horas|a cada 2 horas|a cada meia hora)"],
    examples: { match: ["estou dando o paracetamol de duas em duas horas porque a febre volta", "tenho tomado o comprimido da dor de hora em hora"], noMatch: ["dou o paracetamol de seis em seis horas", "dou água de duas em duas horas"] },
  },
  {
    id: "pt.self_harm", concept: "suicidal_or_self_harm", category: "emotional_distress", severity: "urgent", conditionalIsReal: true, experiencer: "speaker", questionMeansHypothetical: false,
    when: ["(era melhor|seria melhor|melhor era|melhor seria|bem que|quem dera) ~2 (deus|nosso senhor|o senhor|jesus) ~1 me (levar|levasse|leve|buscar|buscasse|recolher|chamar)", "(penso|pensei|pensar|pensado|vontade|quero|queria|apetece|apetecia) ~3 dar cabo de mim", "(matar me|suicidar me|acabar comigo|dar cabo da minha vida|pôr fim à minha vida|por fim a minha vida)", "(me jogar|jogar me|me atirar|atirar me) ~2 (da|do|de uma|de um|pela|na frente do|para a frente do|debaixo do|debaixo de um|para a linha do) ~1 (ponte|prédio|janela|viaduto|varanda|carro|trem|comboio|metro|metrô)", "(queria que|peço a|peço que|peço pra|rezo para que|tomara que|oxalá) ~2 (deus|nosso senhor|o senhor|jesus) ~1 me (leve|levasse|buscasse|busque|recolha)", "(juntando|juntar|acumulando) ~2 (comprimidos|remédios|os comprimidos|os remédios)", "(pensei|penso|pensando|pensado|vontade|dá vontade) ~8 (pra|para) acabar com (isso|tudo) de vez", "(aplicar|tomar|injetar|tomei|apliquei) ~3 (a caneta inteira|o frasco inteiro|a caixa inteira|a cartela inteira|todos os comprimidos|todas as pílulas|tudo) de uma vez", 
      // no wish to live, a wish to be dead
      "(sem|não tenho|nao tenho|perdi|perdi a) ~2 vontade de viver", "(era|seria|fosse) mais (fácil|facil|simples) ~2 (não acordar|nao acordar|não estar cá|nao estar ca|não estar aqui|morrer|desaparecer|sumir|acabar com tudo)", "vontade de (morrer|sumir|desaparecer)", "(cansado|cansada|cheio|cheia) de viver", "(não|nao) (vale|compensa) a pena viver",
      "(me matar|suicídio|me suicidar|tirar minha vida|tirar a minha vida|acabar com tudo|acabar com a minha vida|me machucar|me cortar|fazer mal a mim)", "(suicid*)",
      "(queria|quero|gostaria|preferia) ~2 (morrer|estar morto|estar morta|sumir|desaparecer|não acordar|dormir e não acordar|não existir)",
      "(não acordar mais|nunca mais acordar|dormir pra sempre|dormir para sempre)",
      "(não quero mais) ~1 (viver|acordar|estar aqui|continuar)",
      "(melhor|estariam melhor|ficariam melhor) ~3 (sem mim|se eu morresse|se eu não estivesse|se eu sumisse)",
      "(mais fácil|mais facil|melhor|mais leve) ~6 se eu ~1 (não estivesse|nao estivesse|sumisse|morresse|não existisse)",
      // "era melhor eu não estar cá": better not to be here, with the infinitive
      "(era|seria|é|e|ficava) (melhor|mais fácil|mais facil) [eu] (não estar|nao estar|não existir|nao existir|não ter nascido|nao ter nascido|morrer|sumir|desaparecer)",
      "(penso|pensamentos|pensando|pensado|pensei) ~3 (em morrer|na morte|em me matar|em me machucar|em sumir)",
    ],
    examples: { match: ["às vezes penso que era melhor Deus me levar de vez", "às vezes penso que seria mais fácil não acordar", "às vezes penso em atirar-me da ponte", "peço a Deus que me leve", "já pensei em dar cabo de mim", "tem dia que eu penso em tomar a caixa inteira de uma vez pra acabar com isso de vez", "tenho vontade de morrer", "às vezes queria dormir e não acordar", "minha família estaria melhor sem mim", "tenho pensado em sumir de vez", "às vezes acho que seria melhor eu não existir"], noMatch: ["graças a Deus o meu filho vem me levar ao hospital", "vou me jogar na piscina", "quero acabar com isso de vez e marcar logo a cirurgia", "morrendo de fome"] },
  },
  {
    id: "pt.hopeless", concept: "emotional_distress", category: "emotional_distress", severity: "high", experiencer: "speaker", questionMeansHypothetical: false,
    when: ["(não dou conta|não estou dando conta|não estou a dar conta|já não dou conta) ~3 (dele|dela|de tudo|sozinha|sozinho|de cuidar)", "(não vejo|já não vejo) (saída|sentido|futuro)", "(não prego olho|não preguei olho|não consigo pregar olho) ~3 (há dias|faz dias|há noites|noites)", "(estou a desabar|estou a ir abaixo|ando muito em baixo)", 
      "(pra que|para que|de que adianta) ~3 (continuar|me cuidar|tanto esforço|lutar|viver)",
      "(não aguento mais|não dou mais conta|estou no limite|estou desabando|cheguei no meu limite|tô no [meu] limite|to no [meu] limite|estou no meu limite)",
      "(sem esperança|desesperado|desesperada|perdi a esperança)",
      "(um peso|um fardo|um estorvo) ~2 (para|pra)",
      "(estaria|estariam) ~3 (melhor|mais bem servido|mais bem servida|mais bem servidos) ~4 (sem mim|com outra pessoa|com outra mãe|com outro pai|com alguém)",
      "(só|eu só) (atrapalho|dou trabalho)",
      "(choro|chorando|chorei) ~6 (o dia todo|todo dia|todos os dias|sem parar|sem motivo|à toa)",
      "(me sinto|estou|ando) ~2 @MOOD_LOW ~3 (o tempo todo|todo dia|todos os dias|há semanas|desde|sempre)",
      "(deprimido|deprimida|depressão)",
      "(crise de pânico|crises de pânico|ataque de pânico|crise de ansiedade)",
      "(ninguém) ~2 (se importa|ia sentir falta|notaria)",
      "(não durmo|não consigo dormir|não como|não consigo comer) ~3 (há dias|faz dias|nada)",
    ],
    examples: { match: ["já não dou conta dele sozinha", "não vejo saída para nada", "ando muito em baixo há semanas", "não aguento mais essa situação", "me sinto um peso pra minha filha", "choro todo dia sem motivo", "acho que o meu filho estaria melhor com outra pessoa", "eu só atrapalho aqui em casa"], noMatch: ["não vejo a hora de ir à praia", "para que serve o remédio azul", "o joelho estaria melhor com outra pomada"] },
  },
  {
    // um anti-inflamatório sem receita junto com anticoagulante, rim ou coração fraco, lítio, corticoide, gravidez
    id: "pt.nsaid_interaction", concept: "drug_interaction", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true, qualifiedInHistory: true,
    when: ["(tomo|tomei|tomando|estou tomando|to tomando|tô tomando|comecei|comprei) ~4 @NSAID", "@NSAID ~5 (todo dia|todos os dias|por dia|desde|a semana toda|duas vezes|três vezes|tres vezes|pra (dor|o|a|minha|meu)|para (dor|o|a|minha|meu))"],
    qualifiedBy: ["@ANTICOAG", "rim", "rins", "renal", "diálise", "dialise", "insuficiência cardíaca", "insuficiencia cardiaca", "lítio", "litio", "metotrexato", "prednisona", "corticoide*", "úlcera*", "ulcera*", "transplante", "tacrolimus", "ciclosporina", "diurético*", "diuretico*", "furosemida", "grávida", "gravida", "gravidez"],
    window: 30,
    examples: { match: ["tomo sintrom e tomei brufen para as dores", "tomo marevan e estou tomando ibuprofeno pro joelho", "tomei nimesulida a semana toda, com os meus rins"], noMatch: ["o brufen está no armário", "o ibuprofeno está no armário"] },
  },
  {
    // um nível de remédio no sangue alto ou tóxico (lítio, digoxina, tacrolimus...)
    id: "pt.drug_level", concept: "drug_level_out_of_range", category: "medication_problem", severity: "high", persists: true,
    when: [
      "(nível|nivel|níveis|niveis|dosagem) ~3 (@MED) ~4 (alto|alta|altos|muito alto|tóxico|toxico|elevado|elevada|acima)",
      "(@MED) ~3 (nível|nivel|níveis|niveis) ~4 (alto|alta|tóxico|toxico|elevado|acima)",
      "(intoxicação|intoxicacao|toxicidade) ~3 (@MED)",
    ],
    needsMedicationContext: true,
    examples: { match: ["o laboratório ligou, o nível de lítio deu alto", "acham que é intoxicação por digoxina"], noMatch: ["meu nível de inglês é alto"] },
  },
  {
    // oxigênio em casa aumentado pelo próprio paciente: precisar de mais oxigênio é o sinal de alerta
    id: "pt.oxygen_self_adjusted", concept: "oxygen_need_rising", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(aumentei|subi|coloquei|botei|pus) ~3 (oxigênio|oxigenio|concentrador|fluxo) ~4 (para|pra|em|a) @NUM (litros)?", "(oxigênio|oxigenio) ~3 (em|a|no) @NUM litros"],
    examples: { match: ["aumentei o oxigênio pra cinco litros sozinho", "o oxigênio está em 4 litros desde ontem"], noMatch: ["o moço do oxigênio vem amanhã"] },
  },
  {
    id: "pt.med_missed", concept: "missed_dose", category: "medication_problem", severity: "high", persists: true,
    when: ["(não fui|nao fui|não consegui ir|nao consegui ir|não foi|nao foi) ~5 (tomar|levar|fazer|buscar) ~2 (a|minha|sua) (injeção|injecao|vacina|infusão|depot)", "não (lhe )?(dei|demos|apliquei|aplicamos|dou) ~2 (a|o|os|as) ~1 @MED", "(passou|passou me|me passou|escapou|escapou me) ~2 (a hora do|a dose|o remédio|o comprimido|tomar)", "(não dei|não lhe dei|esqueci de dar|esqueci me de dar|esqueci me de lhe dar) ~3 (@MED|o remédio|os remédios|a insulina|a dose)", "(dormi|adormeci) ~3 (e não|sem) ~2 (tomar|tomei|aplicar|apliquei|dar|dei)", 
      // days of doses forgotten, or the medicine left behind while away
      "(esqueci|pulei|não tomei|nao tomei|fiquei sem) ~2 (dois|duas|três|tres|quatro|uns|alguns|#) (dias|noites|doses)", "(esqueci) ~2 (a|as|o|os|meu|meus|minha|minhas) (@MED|caixa|caixinha|cartela) ~3 (em casa|lá|la|no interior)",
      "(esqueci|esqueço|pulei|não tomei|não apliquei|deixei de tomar|fiquei sem tomar|não tomo) ~3 (@MED|@MED_PRONOUN|de tomar|tomar|a dose)",
      "(esqueci|esqueço) ~2 (de tomar|de aplicar|de passar|de usar)",
      "(faz|há|tem) ~2 (dois|três|uns|alguns) dias ~2 (sem tomar|que não tomo|sem aplicar)",
      "(não|nao) (tava|estava|estou|tô|to|ando|andava) (dando|tomando|pondo|usando|aplicando|pingando)",
      "(não|nao) (o|a|os|as|lhe) (tomo|tomei|ponho|pus|uso|usei|dou|dei|apliquei|pingo|pinguei)",
      "(dia|dias) sem (eles|elas|ele|ela|tomar|o remédio|os remédios|os comprimidos)",
    ],
    needsMedicationContext: true,
    examples: { match: ["não fui tomar a injeção do mês na clínica", "ontem à noite não dei a insulina porque ela não jantou", "esqueci-me de lhe dar o comprimido ontem", "passou-me a dose da noite", "adormeci e não tomei o remédio", "esqueci dois dias seguidos o remédio, deixei a caixa em casa", "esqueci de tomar o remédio da pressão ontem", "pulei a insulina da noite", "faz dois dias sem tomar o diurético"], noMatch: ["não fui à festa da vizinha", "não dei o papel ao médico", "não dei o recado ao médico", "esqueci o guarda chuva", "tomo o remédio todo dia"] },
  },
  {
    id: "pt.med_double", concept: "double_dose", category: "medication_problem", severity: "high", persists: true,
    when: ["(tomei|tomou|dei) (dois|duas|os dois|as duas) (de uma vez|de uma só vez|de uma assentada|juntos|juntas|ao mesmo tempo|de seguida)", "(tomei|tomou|tomaram) ~2 de novo ~3 (sem querer|por engano|esqueci|esqueceu|não lembrava)", "(tomei|tomou) ~2 (as|os|a|o) de (amanhã|amanha|logo à noite) ~2 (também|tambem|adiantado|adiantadas)", "(já tinha tomado|já tinha dado|já tinham dado|já lhe tinha dado) ~3 (@MED|comprimido|remédio|dose|insulina) ~8 (de novo|outra vez|outro|outra|dei|tomei|mais um|mais uma)", "(dei|tomei|apliquei) ~3 (a dobrar)", "(tomei|apliquei|usei) ~3 (duas vezes|dobrado|em dobro|dose dupla|dois comprimidos|mais um|de novo|outra dose|a mais)", "(dose dupla|dose dobrada|dobrei a dose|repeti a dose)", "(tomei|tomo|tomando|dei|dou|apliquei|aplico) ~4 (em vez de|ao invés de|no lugar de) ~2 (meio|meia|metade|um quarto|um|uma|dois|duas|três|#|a dose)", "(@MED) ~4 (duas vezes|dobrado|em dobro) ~3 (sem querer|por engano)?"],
    needsMedicationContext: true,
    examples: { match: ["esqueci-me da de segunda e na terça tomei duas de uma vez", "não lembrava e tomei de novo por engano", "tomei as de amanhã também", "ele já tinha tomado o comprimido e eu dei outro", "tomei a dose a dobrar sem querer", "dei dois comprimidos em vez de um", "tomei o remédio duas vezes sem querer", "acho que apliquei insulina em dobro"], noMatch: ["tomei dois cafés de uma vez", "tomei o remédio como o médico mandou", "já tinha tomado o café e tomei outro", "tomo dois comprimidos por dia como o médico mandou"] },
  },
  {
    id: "pt.med_wrong", concept: "wrong_medicine", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(li|leu|percebi|entendi) mal ~3 (o papel|a receita|a caixa|o rótulo|as instruções)?", "(pegou|peguei|usou|usei|tomou|tomei|aplicou|apliquei|deu|dei) ~2 (a|o) (caneta|insulina|remédio|remedio|comprimido|comprimidos|frasco|caixa|seringa) (errada|errado|trocada|trocado)", "(os|as) (antigos|antigas|velhos|velhas) ~4 (e|com|junto com) ~2 (os|as) (novos|novas)", "(tomei|dei|tomou) ~4 (o remédio|os remédios|o comprimido|os comprimidos|a insulina|a bombinha) ~2 (do|da) ~1 (meu|minha)? ~1 (marido|mulher|esposa|esposo|mãe|pai|irmão|irmã|vizinho|vizinha|sogra|sogro)", "(tomei|usei) ~4 (o do meu|a do meu|o da minha|a da minha|os do meu|o remédio do|o remédio da|o errado|a errada|os errados)", "(confundi|troquei|misturei|me enganei) ~3 (@MED|os remédios|de remédio|as caixas)", "(@MED) ~4 (por engano|sem querer)"],
    examples: { match: ["eu li mal o papel e tomei dois", "à noite peguei a caneta errada e apliquei a rápida", "estava a tomar os antigos e os novos", "dei à minha mãe os comprimidos do meu pai", "tomei o remédio do meu marido por engano", "troquei os remédios de manhã"], noMatch: ["li bem a receita", "dei o recado da minha mãe ao médico", "troquei de carro"] },
  },
  {
    // a medicine taken once a week taken every day (or twice a week): methotrexate taken daily is a
    // known cause of fatal poisoning; weekly injections doubled up likewise
    id: "pt.weekly_med_too_often", concept: "dose_schedule_error", category: "medication_problem", severity: "high", experiencer: "any", persists: true,
    when: ["@WEEKLY_MED ~4 @MORE_THAN_WEEKLY", "@MORE_THAN_WEEKLY ~2 (o|a|meu|minha|seu|sua) @WEEKLY_MED"],
    examples: { match: ["ando a tomar o metotrexato todas as manhãs desde a caixa nova", "ela aplica o ozempic duas vezes por semana pra emagrecer mais rápido"],
      noMatch: ["o metotrexato é às segundas e o ácido fólico às sextas", "caminho todos os dias na praça"] },
  },
  {
    // a schedule misunderstood: "entendi errado e tô dando todo dia"
    id: "pt.schedule_misunderstood", concept: "dose_schedule_error", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true, needsMedicationContext: true,
    when: ["(entendi|li|percebi|ouvi) (errado|mal) ~4 (dando|tomando|dei|tomei|dou|tomo|aplicando|apliquei)", "(dando|tomando|aplicando) ~3 (todo dia|todos os dias|diariamente) ~4 (era|devia ser|deveria ser|só) ~2 (segunda|uma vez|duas vezes|três vezes|semanal)", "(não parei|nao parei|sem parar|sem pausa) ~8 (semanas|dias) (seguidas|seguidos)", "(semanas|dias) (seguidas|seguidos) ~3 (sem pausa|sem parar|sem intervalo|sem a pausa)"],
    examples: { match: ["era para parar o comprimido uma semana e eu não parei, já são três semanas seguidas", "entendi errado e tô dando o antibiótico todo dia", "li mal a receita e tomei o remédio dobrado"], noMatch: ["entendi errado o horário da consulta e cheguei tarde"] },
  },
  {
    // two blood thinners at once: an old one not stopped when the new one began
    id: "pt.anticoag_double", concept: "anticoagulant_duplication", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(tomando|dando|tomo|dou|tomei|dei) ~2 (o|a|meu|minha|seu|sua) [novo|nova|velho|velha|antigo|antiga] @ANTICOAG [novo|nova|velho|velha|antigo|antiga] (e|mais|junto com|com) (o|a|meu|minha|seu|sua) [novo|nova|velho|velha|antigo|antiga] @ANTICOAG"],
    examples: { match: ["estou dando a varfarina antiga e o apixabana novo"], noMatch: ["trocaram a varfarina pelo apixabana"] },
  },
  {
    // sore mouth or mouth ulcers on a medicine that can strip the blood of white cells (methotrexate,
    // carbimazole, clozapine): a warning sign of toxicity. Named in the call, the medicine qualifies
    // it; otherwise (chemotherapy, where mild sores are expected) it is held for review
    id: "pt.mouth_ulcers_toxicity", concept: "mucositis_or_neutropenia", category: "red_flag_symptom", severity: "high", qualifiedInHistory: true,
    when: ["(aftas|feridas|ferida|úlceras|bolhas|sapinho) ~4 (boca|gengiva|gengivas|língua|lábios|bochecha|bochechas)", "(boca|gengiva|gengivas|língua) ~3 (em carne viva|cheia de aftas|cheia de feridas|sangrando|sangra|ferida)"],
    qualifiedBy: ["metotrexato", "azatioprina", "carbimazol", "metimazol", "tiamazol", "clozapina", "leflunomida", "mercaptopurina"],
    examples: { match: ["desde o metotrexato a boca está cheia de aftas", "tenho feridas na língua há três dias"], noMatch: ["o dentista olhou a minha gengiva", "mordi a língua no almoço"] },
  },
  {
    // heat on a medicine patch (fentanil, buprenorfina): the warmth drives the dose in faster
    id: "pt.patch_heat", concept: "dose_schedule_error", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(botija|botija de água quente|botija de agua quente|bolsa de água quente|bolsa de agua quente|bolsa térmica|almofada térmica|almofada elétrica|cobertor elétrico|manta elétrica|compressa quente) ~8 (em cima do|sobre o|no|por cima do|colada ao|encostada ao) adesivo"],
    examples: { match: ["ponho a bolsa de água quente mesmo em cima do adesivo todas as noites"], noMatch: ["tiro o adesivo antes do banho"] },
  },
  {
    id: "pt.med_ran_out", concept: "medication_supply", category: "medication_problem", severity: "high", persists: true, experiencer: "speaker",
    when: ["(farmácia|posto|ubs|sus|centro de saúde) ~6 (em falta|esgotado|esgotada|faltando|rutura|ruptura)", "(esgotado|esgotada|em falta|em rutura|em ruptura) ~4 (na farmácia|nas farmácias|no posto|no centro de saúde)", "(sem dinheiro|não tenho dinheiro|não tenho como comprar|não consigo pagar|a reforma não chega|o dinheiro não chega|a pensão não dá) ~5 (@MED|remédio|remédios|medicamento|medicamentos|insulina|comprimidos)", "(receita) ~4 (caducou|caducada|expirou|não foi renovada)", 
      "(acabou|acabaram|terminou|terminaram|fiquei sem|estou sem|tô sem|está acabando|tá acabando) ~3 (@MED|@MED_PRONOUN)?",
      // "não tenho mais" only with the medicine named: "falta de ar, isso não tenho mais" is a symptom gone
      "(não tenho mais|não tem mais) ~3 (@MED|@MED_PRONOUN|remédio|remédios|comprimido|comprimidos)", "(@MED|remédio|remédios|comprimido|comprimidos) ~3 (não tenho mais|não tem mais)",
      "(acabou|acabaram) se (me|nos)?",
      "(farmácia|posto|farmácia popular) ~5 (não tinha|não tem|em falta|faltando|sem estoque|acabou)",
      "(não consigo comprar|não tenho dinheiro|caro demais|muito caro|muito cara|não dá pra pagar|não posso pagar) ~4 (@MED|@MED_PRONOUN)?",
      "(receita) ~4 (venceu|vencida|acabou|não renovaram)",
    ],
    needsMedicationContext: true,
    examples: { match: ["a insulina está esgotada na farmácia", "a reforma não chega para os remédios", "a receita caducou e fiquei sem comprimidos", "acabou o remédio da pressão na sexta", "o posto não tinha a insulina", "está muito caro comprar a bombinha"], noMatch: ["a reforma não chega para as férias", "acabou o leite"] },
  },
  {
    id: "pt.med_stopped", concept: "stopped_medicine", category: "medication_problem", severity: "high", persists: true,
    when: ["(já não) (o|a|os|as|lhe)? ~1 (tomo|dou|ponho|uso|aplico) ~3 (@MED|@MED_PRONOUN|desde|há|porque)?", "(parei de dar|deixei de dar|não dou mais) ~3 (@MED|o remédio|os remédios|a insulina)", "(dia sim dia não|um dia sim outro não|de dois em dois dias) ~4 (pra durar|para durar|para render|pra render|para poupar|pra economizar|para economizar)", 
      "(parei de tomar|parei o|parei a|parei com|deixei de tomar|não tomo mais|não estou tomando|larguei|abandonei|suspendi) ~3 (@MED|@MED_PRONOUN)?",
      "(deixei|deixou|deixamos|parei) de (o|a|os|as|lhe)? ~1 (tomar|pôr|por|usar|dar|aplicar|pingar|meter)",
      "(o|a|os|as) (deixei|parei) de (tomar|pôr|por|usar|dar|aplicar|pingar|meter)",
      "(resolvi|decidi) ~2 (parar|não tomar|tomar menos|diminuir|cortar|tomar metade)",
      // the medicine named a sentence before: "O marevan. Parei na segunda."
      "(parei|larguei|suspendi) (na|no|em|faz|há|ha|desde|ontem|anteontem|semana|mês|mes) ~2 (segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|domingo|semana|passada|passado|dias|ontem)?",
      "(corto|cortei|parto|parti|tomo) ~2 (ao meio|pela metade|metade|meio comprimido) ~3 (pra durar|para durar|para render|pra render)?",
      "(só tomo|tomo só) ~2 (quando|se)",
    ],
    needsMedicationContext: true,
    examples: { match: ["o comprimido do colesterol já não o tomo desde janeiro", "parei de dar o remédio à minha mãe", "tomo dia sim dia não para render", "o losartana, parei na segunda e não voltei", "parei de tomar a estatina por causa das dores", "não tomo mais o diurético", "corto o comprimido ao meio pra durar mais"], noMatch: ["já não uso o carro", "parei de fumar"] },
  },
  {
    id: "pt.contact_request", concept: "doctor_request", category: "doctor_request", severity: "moderate", experiencer: "any", questionMeansHypothetical: false,
    when: ["@CONTACT_VERB"],
    with: ["@CARE_PERSON", "(@WANT|me)"],
    window: 10,
    examples: { match: ["queria que a médica de família me ligasse", "dava para a enfermeira ligar-me hoje", "preciso falar com um ser humano", "queria que a enfermeira me ligasse", "o médico pode me ligar hoje?", "preciso falar com uma pessoa de verdade"], noMatch: ["a médica de família disse que estava tudo bem", "a médica falou que era normal"] },
  },

  {
    // uma crise convulsiva como a família a descreve (durinho, a tremer, baba, olhos revirados), cada sinal com outro
    id: "pt.seizure", concept: "seizure", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(convulsão|convulsões|convulsionou|convulsionando|convulsiona|convulsionei|ataque epiléptico|crise epiléptica|crise convulsiva|ataque de epilepsia|crise de epilepsia)",
      "(ficou|fiquei|ficava) ~1 (durinho|durinha|duro|dura|rígido|rígida|teso|tesa|hirto|hirta) ~6 (trem*|sacud*|convuls*|não respond*|espuma|baba|olhos|babando|estrebuch*)",
      "(tremendo|tremia|a tremer|se debatendo|sacudindo|se sacudia|estrebuchando|estrebuchava|se batia) ~4 (o corpo todo|todo|toda|sem parar) ~6 (não respond*|espuma|baba|olhos|mijou|fez xixi|mordeu)",
      "(olhos) ~3 (virados|revirados|virando|pra cima|para cima|em branco|revirando) ~8 (trem*|sacud*|convuls*|espuma|baba|não respond*|durinh*|rígid*|debat*|estrebuch*)",
      "(trem*|sacud*|convuls*|durinh*|rígid*|debat*|estrebuch*) ~8 (olhos) ~3 (virados|revirados|virando|pra cima|para cima|em branco)",
      "(espuma|baba|babando) ~3 (pela boca|na boca)? ~8 (trem*|sacud*|convuls*|olhos|não respond*|chão|debat*|estrebuch*)",
      "(mordeu|mordi) a língua ~8 (trem*|convuls*|ataque|sacud*|não respond*|espuma|baba)",
    ],
    examples: {
      match: ["ele teve uma convulsão na cama", "ficou durinho e tremendo, não respondia", "estava a tremer com os olhos revirados", "espuma pela boca e estrebuchando no chão"],
      noMatch: ["revirei os olhos quando ele falou", "tremendo de frio no ponto de ônibus"],
    },
  },
  {
    // um choque do desfibrilhador implantado
    id: "pt.device_shock", concept: "device_shock", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(cardiodesfibrilhador|desfibrilhador|desfibrilador|cdi|marca passo|pacemaker|aparelho do coração|aparelhinho do coração) ~5 (choque|descarga|disparou|tranco|coice)",
      "(choque|descarga|tranco|coice) ~4 (do|no|pelo) ~1 (desfibrilador|desfibrilhador|cdi|marca passo|pacemaker)",
    ],
    examples: {
      match: ["o desfibrilhador deu-me um choque esta noite", "levei um choque do cdi no peito", "o aparelho do coração disparou duas vezes"],
      noMatch: ["levei um choque na tomada", "o aparelho de pressão deu erro"],
    },
  },
  {
    // uma ferida que não cicatriza: infeção, má circulação, pé diabético
    id: "pt.wound_not_healing", concept: "wound_not_healing", category: "red_flag_symptom", severity: "high",
    when: ["(não cicatriza|não fecha|não sara|não sarou|não curou|não cura|não fechou|não cicatrizou|continua aberta|continua aberto|ainda aberta|não melhora)"],
    with: ["(ferida|ferida da cirurgia|úlcera|ulcera|machucado|ferimento|corte|bolha|escara|escaras|ferida no pé)"],
    window: 14,
    examples: {
      match: ["tenho uma ferida no pé que não cicatriza há um mês", "a úlcera da perna não fecha com nada", "o machucado continua aberto depois de três semanas"],
      noMatch: ["a ferida fechou direitinho", "a loja não fecha ao domingo"],
    },
  },
];

export const PT_IDIOMS: readonly IdiomSpec[] = [
  // a thyroid disease name split by speech-to-text ("hypo thyroid"): not a low sugar
  { id: "pt.idiom.hipo_tiroide", when: ["hipo (tiroidismo|tireoidismo|tiroide|tireoide)"], examples: { match: ["tomo a levotiroxina pelo hipo tiroidismo"], noMatch: ["ontem tive uma hipo"] } },
  { id: "pt.idiom.susto_e_dinheiro", when: ["(quase) (caí|cai|caio) (da cadeira|pra trás|para trás|de costas)", "(caí|cai) (da cadeira|pra trás|para trás) quando", "(dinheiro|grana|orçamento|orcamento) ~2 (está|esta|tá|ta|anda) ~1 (apertado|apertada|curto|curta)", "(estou|to|tô|ando) ~1 (apertado|apertada|sem grana|duro|dura) de (dinheiro|grana)?"], examples: { match: ["quase caí da cadeira quando vi a conta", "a grana tá apertada esse mês"], noMatch: ["quase caí na escada"] } },
  { id: "pt.idiom.nomes_de_doenca", when: ["febre amarela", "febre do feno", "febre reumática"], examples: { match: ["preciso da vacina da febre amarela"], noMatch: ["estou com febre desde ontem"] } },
  { id: "pt.idiom.alivio", when: ["(tirou|tira|tirar|tirei) ~2 (um peso das costas|um peso de cima|um peso)"], examples: { match: ["nossa, isso tirou um peso das costas"], noMatch: ["o peso subiu dois quilos"] } },
  { id: "pt.idiom.dor_de_cabeca", when: ["(papelada|formulário|trânsito|isso|isto) ~3 (é|foi|está sendo) ~2 (uma dor de cabeça|um pesadelo)"], examples: { match: ["essa papelada é uma dor de cabeça"], noMatch: ["estou com dor de cabeça"] } },
  { id: "pt.idiom.morrer_de", when: ["(morrendo|morro|morrer|morri) de (vontade|rir|fome|sono|saudade|vergonha|calor|tédio)"], examples: { match: ["estou morrendo de saudade da praia"], noMatch: ["queria morrer"] } },
  { id: "pt.idiom.outros", when: ["(número de telefone|número do telefone)", "(exame de sangue|exames de sangue|exame de urina)", "(caiu a ficha|caiu a internet|caiu a ligação|caiu a chamada|caiu o sinal)", "(de coração|do fundo do coração)", "(pressão no trabalho|pressão do trabalho)",
    // uma consulta passada não é um pedido: "na última consulta o Dr. baixou-me a dose"
    "(última|ultima|anterior) (consulta|visita|revisão|revisao)"], examples: { match: ["fiz exame de sangue segunda", "caiu a ligação", "na última consulta baixaram-me a dose"], noMatch: ["eu caí"] } },
];
