// The web app's typed contract: request schemas (zod) and their TypeScript types.
// Imports only zod, so a browser bundle can import this folder directly.
export * from "./common";
export * from "./knowledge";
export * from "./audio";
export * from "./agents";
export * from "./sessions";
export * from "./patients";
export * from "./summary";
export * from "./pages";
export * from "./console";
