import { defineConfig } from 'vite'
import { rendererConfig } from './renderer.config.ts'

// Web mode: the same renderer, served by scripts/web.mjs on a fixed port.
export default defineConfig(rendererConfig('out/web'))
