import type { DeidentifyPack } from "./types";

export const es: DeidentifyPack = {
  language: "es",
  questionOpeners: [
    "puedo", "puede", "podría", "podria", "debo", "debería", "deberia", "tengo", "es", "está", "esta", "hay", "qué", "que",
    "cómo", "como", "cuándo", "cuando", "dónde", "donde", "cuál", "cual", "cuánto", "cuanto", "cuántos", "cuantos", "quién", "quien",
    "por qué", "se puede",
  ],
  leadingFillers: ["también", "tambien", "y", "pero", "entonces", "pues", "bueno", "oiga", "doctor", "doctora", "por favor"],
  nameTitles: ["sr", "sra", "srta", "señor", "señora", "señorita", "don", "doña", "dr", "dra", "doctor", "doctora", "enfermera", "enfermero"],
  namePhrases: ["me llamo", "mi nombre es", "soy", "mi hijo", "mi hija", "mi esposa", "mi esposo", "mi marido", "mi vecina", "mi vecino"],
  months: [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
  ],
  notNames: [
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "navidad",
    // common words that open a sentence
    "el", "la", "los", "las", "un", "una", "mi", "mis", "su", "sus", "si", "después", "antes", "con", "sin", "para", "en",
    "gracias", "hola", "sí", "no", "lo", "le", "me", "se",
  ],
  examples: [
    { said: "¿Puedo tomar ibuprofeno con las pastillas del corazón?", shown: "¿Puedo tomar ibuprofeno con las pastillas del corazón?" },
    { said: "También, ¿cuándo puedo conducir?", shown: "¿cuándo puedo conducir?" },
    { said: "Mi vecina Rosario Gutiérrez dice que sí. ¿Puedo nadar ya?", shown: "¿Puedo nadar ya?" },
    { said: "¿Llamo a la Dra. Fernández por el sarpullido?", shown: "¿Llamo a la [name] por el sarpullido?" },
    { said: "¿La cita del 12 de marzo sigue en pie?", shown: "¿La cita del [date] sigue en pie?" },
    { said: "¿Puedo tomar 400 mg dos veces al día?", shown: "¿Puedo tomar [number] mg dos veces al día?" },
    { said: "Gracias, me ayuda mucho.", shown: null },
  ],
};
