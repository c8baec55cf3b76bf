/**
 * The command line as a function of its arguments and injected I/O, so tests
 * can run every path; quarterdeck.ts binds it to the real process.
 */
import { parseCommand } from './args'
import { runExport, runImport } from './commands'
import { EXIT, type CliIo, type ExitCode } from './io'
import { runPublish, runPull } from './wikiCommands'

/**
 * Runs one command line (the arguments after the program name); resolves to
 * the exit code once outputs are written.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    return await runCommand(argv, io)
  } catch (error) {
    return unexpected(error, io)
  }
}

/**
 * A last resort: every known failure has its own message, but no input may end
 * in a stack trace. One line, and nothing written (outputs are written last,
 * atomically).
 */
function unexpected(error: unknown, io: CliIo): ExitCode {
  const message = error instanceof Error ? error.message : String(error)
  io.stderr(
    `quarterdeck: unexpected error, nothing was written (please report it): ${message.split('\n')[0]?.slice(0, 200)}\n`,
  )
  return EXIT.badInput
}

function runCommand(argv: readonly string[], io: CliIo): ExitCode | Promise<ExitCode> {
  const command = parseCommand(argv)
  switch (command.kind) {
    case 'help':
      io.stdout(command.text)
      return EXIT.ok
    case 'usage-error':
      io.stderr(`quarterdeck: ${command.message}\n\n${command.help}`)
      return EXIT.usage
    case 'export': {
      const { kind: _kind, ...options } = command
      return runExport(io, options)
    }
    case 'import': {
      const { kind: _kind, ...options } = command
      return runImport(io, options)
    }
    case 'publish': {
      const { kind: _kind, ...options } = command
      return runPublish(io, options)
    }
    case 'pull': {
      const { kind: _kind, ...options } = command
      return runPull(io, options)
    }
  }
}
