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
    rollupOptions: {
      input: { console: resolve(import.meta.dirname, "index.html"), patient: resolve(import.meta.dirname, "patient/index.html") },
    },
  },
  server: { port: 5173, strictPort: true },
});
