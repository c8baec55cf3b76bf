/**
 * The two commands. Both run the same src/shared code as the app: the
 * backup format and the wiki exporter and importer. Both hold plans to
 * validatePlanDocument: export through the backup reader, import through the
 * importer and, before it writes, through the same reader export uses, so
 * import never writes a file that export refuses.
 */
import {
  parseBackup,
  serializeBackup,
  type BackupBases,
  type BackupMark,
  type WikiBases,
} from '../shared/backup'
import type { PageLayout, PlanDocument } from '../shared/model'
import { exportWikitext, importWikitext, type ImportReport } from '../shared/wiki'
import { countOf } from '../shared/words'
import {
  EXIT,
  readInput,
  refuseOutputOverInput,
  writeOutput,
  type CliIo,
  type ExitCode,
} from './io'
import { selectPlan } from './selectPlan'

/** Options of `quarterdeck export`. */
export interface ExportOptions {
  file: string
  plan?: string
  layout?: PageLayout
  output?: string
}

/** Options of `quarterdeck import`. */
export interface ImportOptions {
  file: string
  title?: string
  output?: string
}

// Messages come from other modules as sentences; the CLI prints one line.
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\.$/, '')
}

/**
 * A backup file read: its text, every plan in it, their wiki bases, the
 * plan chosen, and the file's own mark and carried backup bases (when Save
 * backup… wrote it), for a rewrite to pass on.
 */
export interface LoadedPlan {
  text: string
  docs: PlanDocument[]
  wikiBases: WikiBases
  doc: PlanDocument
  backup: BackupMark | undefined
  backupBases: BackupBases | undefined
}

/**
 * Reads a backup file and picks the plan `plan` names (or its only one); an
 * exit code, with the message written, when it cannot.
 */
export function loadPlan(io: CliIo, file: string, plan: string | undefined): LoadedPlan | ExitCode {
  const text = readInput(io, file, 'a Quarterdeck backup')
  if (text === null) return EXIT.badInput
  const backup = parseBackup(text)
  if (!backup.ok) {
    io.stderr(`quarterdeck: "${file}" cannot be used: ${oneLine(backup.error)}\n`)
    return EXIT.badInput
  }
  const choice = selectPlan(backup.docs, plan, file)
  if (!choice.ok) {
    io.stderr(`quarterdeck: ${choice.message}\n`)
    return choice.usage ? EXIT.usage : EXIT.badInput
  }
  return {
    text,
    docs: backup.docs,
    wikiBases: backup.wikiBases ?? new Map(),
    doc: choice.doc,
    backup: backup.backup,
    backupBases: backup.backupBases,
  }
}

/** `quarterdeck export`: the wiki page of one plan of a backup file. */
export async function runExport(io: CliIo, options: ExportOptions): Promise<ExitCode> {
  const refused = refuseOutputOverInput(io, options.file, options.output)
  if (refused !== null) return refused
  const loaded = loadPlan(io, options.file, options.plan)
  if (typeof loaded === 'number') return loaded
  const page = exportWikitext(
    loaded.doc,
    options.layout === undefined ? {} : { layout: options.layout },
  )
  return writeOutput(io, options.output, page)
}

/** The import report as lines for stderr. */
export function formatReport(file: string, report: ImportReport): string {
  const count = countOf
  const lines = [
    `Imported "${file}": ${count(report.teams, 'team')}, ${count(report.groups, 'priority group')}, ${count(report.goals, 'goal')}, ${count(report.statusUpdates, 'status update')}.`,
  ]
  if (report.entries.length > 0) {
    // Each reason says what became of its line: read another way (a note, a guessed
    // status) or not read. Not all of them were "kept as text".
    lines.push(`${count(report.entries.length, 'line')} to check:`)
    for (const entry of report.entries) {
      lines.push(`  line ${entry.line}: ${entry.reason.replace(/\.$/, '')}: ${entry.text}`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** `quarterdeck import`: a backup file holding the plan read from a wiki page. */
export async function runImport(io: CliIo, options: ImportOptions): Promise<ExitCode> {
  const refused = refuseOutputOverInput(io, options.file, options.output)
  if (refused !== null) return refused
  const text = readInput(io, options.file, 'a wiki page')
  if (text === null) return EXIT.badInput
  const now = io.now()
  const result = importWikitext(text, {
    newId: () => io.newId(),
    now,
    ...(options.title === undefined ? {} : { pageTitle: options.title }),
  })
  if (!result.ok) {
    io.stderr(`quarterdeck: cannot import "${options.file}": ${oneLine(result.error)}\n`)
    return EXIT.badInput
  }
  const backup = serializeBackup([result.doc], now)
  const readBack = parseBackup(backup)
  if (!readBack.ok) {
    io.stderr(`quarterdeck: cannot import "${options.file}": ${oneLine(readBack.error)}\n`)
    return EXIT.badInput
  }
  const code = await writeOutput(io, options.output, backup)
  if (code === EXIT.ok) io.stderr(formatReport(options.file, result.report))
  return code
}
