import { resolve } from "node:path";
import { defineConfig } from "vite";

// Two pages: the doctor console (/) and the patient page (/patient/). Preact's JSX runtime.
export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  resolve: { alias: { react: "preact/compat", "react-dom": "preact/compat" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: true,
    // The one chunk above Vite's 500 kB default is ElevenLabs' voice client with LiveKit (~590 kB,
    // ~153 kB gzip), which only the patient page imports, lazily, when a conversation starts.
    // Anything else growing past this limit still warns.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      input: { console: resolve(import.meta.dirname, "index.html"), patient: resolve(import.meta.dirname, "patient/index.html") },
    },
  },
  server: { port: 5173, strictPort: true },
});
