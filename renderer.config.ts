/**
 * The renderer's Vite settings, shared by the Electron build
 * (electron.vite.config.ts) and the web build (vite.web.config.ts) so the two
 * cannot drift apart.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin, UserConfig } from 'vite'

export const rendererRoot = resolve(import.meta.dirname, 'src/renderer')

/**
 * The dev server injects CSS through <style> elements and React Refresh's
 * preamble as an inline script (and its client starts a blob: worker), all of which the page's strict
 * Content-Security-Policy blocks. Relax those two directives for the dev
 * server only; builds keep the strict policy.
 */
function devServerCsp(): Plugin {
  return {
    name: 'quarterdeck-dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  }
}

/** Vite config for the renderer, given where its build goes. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react(), devServerCsp()],
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      // The app loads from disk (or 127.0.0.1), never over a network: a large start-up
      // chunk costs parse time, which bench:board measures, not download time. Vite's
      // 500 kB warning would only tell every user of \`npm run web\` about it.
      chunkSizeWarningLimit: 2048,
      rollupOptions: { input: resolve(rendererRoot, 'index.html') },
    },
  }
}
