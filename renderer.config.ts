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
 * The dev server injects CSS through <style> elements, which the page's
 * Content-Security-Policy (style-src 'self') blocks. Relax style-src for the
 * dev server only; builds keep the strict policy.
 */
function devServerStyles(): Plugin {
  return {
    name: 'quarterdeck-dev-server-styles',
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
    plugins: [react(), devServerStyles()],
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      rollupOptions: { input: resolve(rendererRoot, 'index.html') },
    },
  }
}
