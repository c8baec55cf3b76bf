/**
 * The renderer's Vite settings, shared by the Electron build
 * (electron.vite.config.ts) and the web build (vite.web.config.ts) so the two
 * cannot drift apart.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { UserConfig } from 'vite'

export const rendererRoot = resolve(import.meta.dirname, 'src/renderer')

/** Vite config for the renderer, given where its build goes. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      rollupOptions: { input: resolve(rendererRoot, 'index.html') },
    },
  }
}
