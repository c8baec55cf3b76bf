/**
 * Entry point of the `quarterdeck` command (built to out/cli/quarterdeck.js
 * by `npm run build:cli`).
 */
import { nodeIo } from './nodeIo'
import { runCli } from './run'

// exitCode rather than exit(): stdout may still be flushing to a pipe.
process.exitCode = await runCli(process.argv.slice(2), nodeIo)
