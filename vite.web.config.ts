import { resolve } from 'node:path'
import { build, defineConfig, type Plugin } from 'vite'
import { rendererConfig } from './renderer.config.ts'

/**
 * The web server's wiki routes (src/main/wiki/wikiRoutes.ts) are built with
 * the renderer, so a web build always has the server code that answers it.
 */
function webServerRoutes(): Plugin {
  return {
    name: 'quarterdeck-web-server-routes',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: resolve(import.meta.dirname, 'vite.cli.config.ts'),
        mode: 'web-server',
        logLevel: 'warn',
      })
    },
  }
}

// Web mode: the same renderer, served by scripts/web.mjs on a fixed port.
const config = rendererConfig('out/web')
export default defineConfig({ ...config, plugins: [...(config.plugins ?? []), webServerRoutes()] })
