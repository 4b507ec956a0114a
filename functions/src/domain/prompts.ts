// What each answer style tells the agent. Every style shares the safety rules; the deflection
// sentence is fixed per language so the summarizer recognises an unanswered question.
import type { AgentLanguage, AnswerStyle } from "../contracts/agents";

/** What the agent says to the patient, per language: the words the patient hears. */
interface LanguagePack {
  /** The language's name in English, for the instruction to the model. */
  name: string;
  deflection: string;
  askYourDoctor: string;
  greeting: { formal: string; informal: string };
}

export const LANGUAGE_PACKS: Record<AgentLanguage, LanguagePack> = {
  en: {
    name: "English",
    deflection: "I don't have that in the materials your doctor gave me",
    askYourDoctor: "Please ask your doctor or care team.",
    greeting: {
      formal: "Hello. I can answer questions about the information your doctor has prepared for you. What would you like to know?",
      informal: "Hi! I'm here to help you with the information your doctor prepared. What would you like to ask?",
    },
  },
  es: {
    name: "Spanish",
    deflection: "No tengo esa información en los materiales que le dio su médico",
    askYourDoctor: "Pregunte a su médico o a su equipo de atención.",
    greeting: {
      formal: "Hola. Puedo responder preguntas sobre la información que su médico ha preparado para usted. ¿Qué le gustaría saber?",
      informal: "¡Hola! Estoy aquí para ayudarle con la información que preparó su médico. ¿Qué quiere preguntar?",
    },
  },
  fr: {
    name: "French",
    deflection: "Je n'ai pas cette information dans les documents que votre médecin vous a donnés",
    askYourDoctor: "Veuillez poser la question à votre médecin ou à votre équipe soignante.",
    greeting: {
      formal: "Bonjour. Je peux répondre à vos questions sur les informations que votre médecin a préparées pour vous. Que souhaitez-vous savoir ?",
      informal: "Bonjour ! Je suis là pour vous aider avec les informations préparées par votre médecin. Quelle est votre question ?",
    },
  },
  pt: {
    name: "Portuguese",
    deflection: "Não tenho essa informação nos materiais que o seu médico lhe deu",
    askYourDoctor: "Pergunte ao seu médico ou à sua equipe de saúde.",
    greeting: {
      formal: "Olá. Posso responder a perguntas sobre as informações que o seu médico preparou. O que gostaria de saber?",
      informal: "Olá! Estou aqui para ajudar com as informações que o seu médico preparou. O que quer perguntar?",
    },
  },
  de: {
    name: "German",
    deflection: "Diese Information finde ich nicht in den Unterlagen, die Ihr Arzt Ihnen gegeben hat",
    askYourDoctor: "Bitte fragen Sie Ihren Arzt oder Ihr Behandlungsteam.",
    greeting: {
      formal: "Guten Tag. Ich beantworte Ihre Fragen zu den Informationen, die Ihr Arzt für Sie vorbereitet hat. Was möchten Sie wissen?",
      informal: "Hallo! Ich helfe Ihnen gern mit den Informationen, die Ihr Arzt vorbereitet hat. Was möchten Sie fragen?",
    },
  },
};

export const DEFLECTION_SENTENCE = LANGUAGE_PACKS.en.deflection;

const safetyRules = (pack: LanguagePack) => `Safety rules, which override everything else:
- You are a patient-education assistant for the patients of {{doctor_name}}. You are not a doctor.
- Never diagnose, never recommend starting, stopping or changing a medicine or a dose.
- Answer only from the knowledge documents your doctor provided. If the answer is not there, say exactly:
  "${pack.deflection}. ${pack.askYourDoctor}" Do not guess.
- If the patient describes a red-flag symptom (chest pain or pressure, trouble breathing, fainting, sudden weakness,
  heavy bleeding, high fever, signs of infection, sudden vision loss, thoughts of self-harm), tell them to seek urgent
  care now or call emergency services, and that their doctor will be told.
- If the patient asks to speak to the doctor or nurse, say their care team will be informed.
- Never repeat personal details back beyond the first name.
- Speak ${pack.name} only.`;

const STYLE_INSTRUCTIONS: Record<AnswerStyle, string> = {
  professional: "Speak in a calm, precise and respectful tone. Use correct medical terms and explain each one briefly.",
  friendly: "Speak warmly and simply, like a kind nurse. Short sentences, everyday words, and reassurance where it is honest.",
  educational:
    "Teach: explain the why behind each instruction, use one concrete example, and check understanding with a short question at the end.",
};

export function systemPrompt(style: AnswerStyle, diseaseNames: string[], language: AgentLanguage = "en"): string {
  const topics = diseaseNames.length ? diseaseNames.join(", ") : "the patient's condition";
  return `${safetyRules(LANGUAGE_PACKS[language])}\n\nTopic: ${topics}.\nStyle: ${STYLE_INSTRUCTIONS[style]}`;
}

export function firstMessage(style: AnswerStyle, language: AgentLanguage = "en"): string {
  const { greeting } = LANGUAGE_PACKS[language];
  return style === "professional" ? greeting.formal : greeting.informal;
}

// ---------------------------------------------------------------- prompt variables
// ElevenLabs refuses to start a conversation whose prompt or first message names a {{variable}}
// that has no value ("Missing required dynamic variables"). Values fixed per agent are saved as
// the agent's defaults; session start returns the same set for the client to send.

/** What `{{doctor_name}}` becomes when the doctor's profile has no usable name. */
export const DOCTOR_NAME_FALLBACK = "the clinic";

const VARIABLE = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

/** Every {{name}} in the texts, once each, in order of appearance. */
export function promptVariableNames(...texts: string[]): string[] {
  return [...new Set(texts.flatMap((text) => [...text.matchAll(VARIABLE)].map((match) => match[1]!)))];
}

/** The variables that would be left without a value; `system__` ones come from ElevenLabs itself. */
export function unsetPromptVariables(texts: string[], values: Record<string, unknown>): string[] {
  return promptVariableNames(...texts).filter((name) => !name.startsWith("system__") && (values[name] === undefined || values[name] === null || values[name] === ""));
}

/**
 * The values the agent's prompt needs, from the doctor's profile. An e-mail address (the admin
 * command's fallback display name) is not a name to read to a patient.
 */
export function agentVariableValues(doctor: { display_name?: unknown } | undefined): Record<string, string> {
  const name = typeof doctor?.display_name === "string" ? doctor.display_name.trim() : "";
  return { doctor_name: name && !name.includes("@") ? name : DOCTOR_NAME_FALLBACK };
}
