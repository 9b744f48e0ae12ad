// Vite builds the UI into dist/, which the Tauri shell embeds. The Fluent
// files live in ../locales (shared with the Rust core), hence fs.allow.
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: { port: 5173, strictPort: true, fs: { allow: [".."] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Keep every asset a file served by the app: nothing inlined as data:.
    assetsInlineLimit: 0,
  },
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
