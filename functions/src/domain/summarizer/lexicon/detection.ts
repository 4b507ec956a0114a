/**
 * Frequent function words of languages WITHOUT a pack, so that language detection can tell "this
 * is Italian" instead of reading it as the closest supported language (Italian shares much with
 * Spanish, Catalan with Spanish and French, Dutch with German). Not clinical words: only the
 * small words every sentence has. Written lower case without accents, as text is folded.
 */

export interface LanguageProfile {
  /** ISO 639-1 code. */
  readonly code: string;
  readonly words: readonly string[];
}

export const UNSUPPORTED_PROFILES: readonly LanguageProfile[] = [
  {
    code: "it",
    words: [
      "il", "lo", "gli", "di", "che", "non", "sono", "ho", "ha", "hanno", "per", "una", "mi", "ti", "ma", "anche", "molto",
      "grazie", "buongiorno", "dottore", "dottoressa", "perche", "questo", "questa", "quello", "sto", "sta", "della", "delle",
      "degli", "del", "nel", "nella", "alla", "allo", "ieri", "oggi", "adesso", "posso", "devo", "fa", "cosa", "come", "mio",
      "mia", "gia", "piu", "sempre", "quando", "dopo", "poi", "ancora", "ecco", "allora", "niente", "tutto", "bene", "male",
      "sei", "siamo", "avete", "ci", "vi", "si", "e", "un", "in", "con", "io", "lei", "lui", "cioe", "pero", "po",
    ],
  },
  {
    code: "ca",
    words: [
      "i", "el", "els", "les", "amb", "per", "molt", "pero", "gracies", "doncs", "tinc", "estic", "puc", "avui", "ahir", "ara",
      "perque", "es", "em", "et", "ens", "aixo", "aquest", "aquesta", "tambe", "quan", "com", "meu", "meva", "hi", "ho",
      "mes", "res", "fa", "doctora", "senyor", "senyora", "nit", "dia", "setmana", "pastilla", "mal",
    ],
  },
  {
    code: "nl",
    words: [
      "ik", "het", "een", "en", "van", "is", "niet", "dat", "je", "mijn", "ook", "maar", "met", "voor", "op", "heb", "zijn",
      "wat", "hoe", "dokter", "dank", "bedankt", "goed", "wel", "nog", "er", "hij", "zij", "wij", "ze", "deze", "die", "dit",
      "kan", "moet", "mag", "wil", "waar", "wanneer", "omdat", "gisteren", "vandaag", "nu", "heel", "erg", "pijn", "hebt",
    ],
  },
  {
    code: "pl",
    words: [
      "nie", "sie", "na", "to", "jest", "ze", "mam", "mnie", "jak", "ale", "czy", "tak", "dziekuje", "pan", "pani", "bardzo",
      "co", "juz", "jestem", "ten", "ta", "w", "z", "i", "do", "mi", "moj", "moja", "moje", "tylko", "teraz", "wczoraj",
      "dzisiaj", "kiedy", "bo", "jestes", "mozna", "moge", "boli", "lekarz", "lekarza", "troche", "dobrze",
    ],
  },
  {
    code: "ro",
    words: [
      "si", "nu", "este", "eu", "am", "cu", "pe", "ma", "sunt", "ce", "dar", "foarte", "multumesc", "cand", "acum", "ieri",
      "azi", "pentru", "doamna", "domnule", "mai", "sa", "ca", "mi", "meu", "mea", "asta", "acesta", "aceasta", "fost",
      "avea", "pot", "trebuie", "doare", "bine", "rau", "unde", "cum", "care",
    ],
  },
  {
    code: "tr",
    words: [
      "bir", "ve", "bu", "ne", "icin", "cok", "var", "yok", "ben", "sen", "ama", "evet", "hayir", "tesekkur", "tesekkurler",
      "doktor", "sey", "mi", "mu", "de", "da", "gibi", "daha", "simdi", "dun", "bugun", "agri", "agriyor", "ilac", "iyi",
      "kotu", "nasil", "neden", "benim", "senin", "onun", "olarak", "oldu", "ediyorum", "yapabilir",
    ],
  },
  {
    code: "sv",
    words: [
      "jag", "och", "det", "ar", "inte", "att", "pa", "med", "har", "som", "for", "men", "vad", "tack", "min", "mitt", "mina",
      "du", "han", "hon", "vi", "de", "kan", "ska", "skulle", "nar", "hur", "varfor", "igar", "idag", "nu", "mycket", "ont",
      "lakare", "bra", "ocksa", "eller", "sa", "hade",
    ],
  },
  {
    code: "da",
    words: [
      "jeg", "og", "det", "er", "ikke", "at", "pa", "med", "har", "som", "for", "men", "hvad", "tak", "min", "mit", "mine",
      "du", "han", "hun", "vi", "de", "kan", "skal", "skulle", "nar", "hvordan", "hvorfor", "igar", "idag", "nu", "meget",
      "ondt", "laege", "godt", "ogsa", "eller", "sa", "havde", "mig",
    ],
  },
];

/** Scripts no pack reads; a conversation mostly in one of them is unsupported outright. */
export const NON_LATIN_SCRIPTS: ReadonlyArray<{ readonly code: string; readonly from: number; readonly to: number }> = [
  { code: "el", from: 0x0370, to: 0x03ff },
  { code: "ru", from: 0x0400, to: 0x04ff },
  { code: "hy", from: 0x0530, to: 0x058f },
  { code: "he", from: 0x0590, to: 0x05ff },
  { code: "ar", from: 0x0600, to: 0x06ff },
  { code: "hi", from: 0x0900, to: 0x097f },
  { code: "bn", from: 0x0980, to: 0x09ff },
  { code: "ta", from: 0x0b80, to: 0x0bff },
  { code: "th", from: 0x0e00, to: 0x0e7f },
  { code: "ka", from: 0x10a0, to: 0x10ff },
  { code: "ko", from: 0xac00, to: 0xd7af },
  { code: "ja", from: 0x3040, to: 0x30ff },
  { code: "zh", from: 0x4e00, to: 0x9fff },
];
