/**
 * Builds the command line (default) and the wiki, pathological-inputs, merge
 * and wiki sync benchmarks (`--mode bench`, `--mode pathological`,
 * `--mode bench-merge`, `--mode bench-sync`) and web mode's wiki routes
 * (`--mode web-server`, built with the web renderer by vite.web.config.ts)
 * as single Node 20 ES modules with every dependency bundled, so they run
 * with plain `node` from out/ and use the same src/shared code as the app.
 */
import { chmodSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'

interface Target {
  entry: string
  outDir: string
  fileName: string
  banner: string
}

const TARGETS: Record<string, Target> = {
  cli: {
    entry: 'src/cli/quarterdeck.ts',
    outDir: 'out/cli',
    fileName: 'quarterdeck.js',
    banner: '#!/usr/bin/env node',
  },
  bench: {
    entry: 'bench/wiki.bench.ts',
    outDir: 'out/bench/wiki',
    fileName: 'wiki.bench.js',
    banner: '',
  },
  pathological: {
    entry: 'bench/pathological.bench.ts',
    outDir: 'out/bench/pathological',
    fileName: 'pathological.bench.js',
    banner: '',
  },
  'bench-merge': {
    entry: 'bench/merge.bench.ts',
    outDir: 'out/bench/merge',
    fileName: 'merge.bench.js',
    banner: '',
  },
  // Web mode's wiki routes, which scripts/web.mjs loads (src/main/wiki/wikiRoutes.ts).
  'web-server': {
    entry: 'src/main/wiki/wikiRoutes.ts',
    outDir: 'out/web-server',
    fileName: 'wikiRoutes.js',
    banner: '',
  },
  'bench-sync': {
    entry: 'bench/wikiSync.bench.ts',
    outDir: 'out/bench/sync',
    fileName: 'wikiSync.bench.js',
    banner: '',
  },
}

// npm's bin links need the executable bit on the built file.
function executable(file: string): Plugin {
  return {
    name: 'quarterdeck-executable',
    writeBundle() {
      chmodSync(file, 0o755)
    },
  }
}

export default defineConfig(({ mode }) => {
  const target = (TARGETS[mode] ?? TARGETS.cli) as Target
  const outDir = resolve(import.meta.dirname, target.outDir)
  return {
    publicDir: false,
    logLevel: 'warn',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: resolve(import.meta.dirname, target.entry),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rollupOptions: {
        output: {
          format: 'es',
          entryFileNames: target.fileName,
          ...(target.banner === '' ? {} : { banner: target.banner }),
        },
      },
    },
    plugins: target.banner === '' ? [] : [executable(resolve(outDir, target.fileName))],
  }
})
