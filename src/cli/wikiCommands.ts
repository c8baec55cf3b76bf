/**
 * `quarterdeck publish` and `quarterdeck pull`: the same wiki client as the
 * app (src/main/wiki) and the same publish and pull steps (src/shared/wikiSync).
 * The quarter's base (the revision last published or pulled) is kept in the
 * backup file (its `wikiBases`, src/shared/backup/wikiBases.ts). The password comes from
 * QUARTERDECK_WIKI_PASSWORD or standard input, never from an argument,
 * where other users of the machine could read it.
 */
import { connectWiki, type WikiSession } from '../main/wiki/wikiClient'
import { basesAfterRewrite, serializeBackup } from '../shared/backup'
import { applyMergeDecisions, type MergeChoice, type MergeConflict } from '../shared/merge'
import type { PlanDocument } from '../shared/model'
import type { WikiBase } from '../shared/wikiSync/base'
import { publishPlan } from '../shared/wikiSync/publish'
import { pullPlan } from '../shared/wikiSync/pull'
import { countOf } from '../shared/words'
import { formatReport, loadPlan, oneLine, type LoadedPlan } from './commands'
import { EXIT, writeOutput, type CliIo, type ExitCode } from './io'

/** The environment variable the wiki password may come from. */
export const PASSWORD_VARIABLE = 'QUARTERDECK_WIKI_PASSWORD'

interface WikiTarget {
  file: string
  wiki: string
  title: string
  plan?: string
}

/** Options of `quarterdeck publish`. */
export interface PublishOptions extends WikiTarget {
  user: string
  summary?: string
}

/** Options of `quarterdeck pull`. */
export interface PullOptions extends WikiTarget {
  user?: string
  output?: string
  prefer?: MergeChoice
}

async function password(io: CliIo): Promise<string | null> {
  const fromEnv = io.env(PASSWORD_VARIABLE)
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  const piped = await io.readStdin()
  const line = piped?.split(/\r?\n/)[0]?.trim() ?? ''
  if (line !== '') return line
  io.stderr(
    `quarterdeck: no password: set ${PASSWORD_VARIABLE} or pipe the bot password on standard input\n`,
  )
  return null
}

async function connect(
  io: CliIo,
  wiki: string,
  user: string | undefined,
): Promise<WikiSession | ExitCode> {
  let secret = ''
  if (user !== undefined) {
    const given = await password(io)
    if (given === null) return EXIT.usage
    secret = given
  }
  const session = await connectWiki({ apiUrl: wiki, username: user ?? '', password: secret })
  if (!session.ok) {
    io.stderr(`quarterdeck: ${oneLine(session.problem.message)}\n`)
    return EXIT.badInput
  }
  return session.value
}

/** The backup file's text with `doc` in place of its plan and `base` as that plan's base. */
function rewritten(loaded: LoadedPlan, doc: PlanDocument, base: WikiBase, now: number): string {
  const docs = loaded.docs.map((d) => (d.plan.id === loaded.doc.plan.id ? doc : d))
  const bases = new Map(loaded.wikiBases)
  bases.set(doc.plan.id, base)
  // Named as the backup it came from, so a colleague's merge with it stays three-way.
  const backupBases = basesAfterRewrite(
    docs.map((d) => d.plan.id),
    loaded.backup,
    loaded.backupBases,
  )
  return serializeBackup(docs, now, bases, { backupBases })
}

/** `quarterdeck publish`: saves the plan's page unless the wiki's page changed since its base. */
export async function runPublish(io: CliIo, options: PublishOptions): Promise<ExitCode> {
  const loaded = loadPlan(io, options.file, options.plan)
  if (typeof loaded === 'number') return loaded
  const session = await connect(io, options.wiki, options.user)
  if (typeof session === 'number') return session
  const outcome = await publishPlan({
    wiki: session,
    doc: loaded.doc,
    title: options.title,
    base: loaded.wikiBases.get(loaded.doc.plan.id) ?? null,
    now: io.now(),
    ...(options.summary === undefined ? {} : { summary: options.summary }),
  })
  switch (outcome.kind) {
    case 'failed':
      io.stderr(`quarterdeck: ${oneLine(outcome.problem.message)}\n`)
      return EXIT.badInput
    case 'changed-since-base':
      io.stderr(
        `quarterdeck: ${oneLine(outcome.message)}: quarterdeck pull "${options.file}" --wiki ${options.wiki} --title "${options.title}" -o MERGED.json\n`,
      )
      return EXIT.conflict
    case 'published': {
      const code = await writeOutput(
        io,
        options.file,
        rewritten(loaded, loaded.doc, outcome.base, io.now()),
      )
      if (code !== EXIT.ok) {
        io.stderr(
          `quarterdeck: the page was published (revision ${outcome.base.revid}) but "${options.file}" could not record it; the next publish will ask to pull first\n`,
        )
        return code
      }
      io.stderr(
        outcome.nochange
          ? `"${options.title}" already holds this page (revision ${outcome.base.revid}); nothing to publish.\n`
          : `Published "${options.title}" as revision ${outcome.base.revid}.\n`,
      )
      return EXIT.ok
    }
  }
}

function describeConflict(conflict: MergeConflict): string {
  const where = conflict.team === null ? '' : ` (${conflict.team})`
  return `  ${conflict.fieldLabel} of "${conflict.what}"${where}: here ${conflict.local.text}; on the wiki ${conflict.remote.text}`
}

/** `quarterdeck pull`: merges the wiki's page into the plan; writes the merge to -o or stdout. */
export async function runPull(io: CliIo, options: PullOptions): Promise<ExitCode> {
  const loaded = loadPlan(io, options.file, options.plan)
  if (typeof loaded === 'number') return loaded
  const session = await connect(io, options.wiki, options.user)
  if (typeof session === 'number') return session
  const outcome = await pullPlan({
    wiki: session,
    local: loaded.doc,
    title: options.title,
    base: loaded.wikiBases.get(loaded.doc.plan.id) ?? null,
    now: io.now(),
    newId: () => io.newId(),
  })
  if (outcome.kind === 'failed') {
    io.stderr(`quarterdeck: ${oneLine(outcome.problem.message)}\n`)
    return EXIT.badInput
  }
  if (outcome.kind === 'unusable') {
    io.stderr(`quarterdeck: ${oneLine(outcome.message)}\n`)
    return EXIT.badInput
  }
  const { merge } = outcome
  io.stderr(formatReport(`${options.title}, revision ${outcome.revision.revid}`, outcome.report))
  const summary = merge.summary
  io.stderr(
    `Merged ${outcome.threeWay ? 'three ways, against the revision last published or pulled' : 'two ways (no earlier publish or pull of this page is recorded)'}: ${countOf(summary.remoteChanges, 'change')} from the wiki applied, ${countOf(summary.localChanges, 'local change')} kept, ${countOf(merge.conflicts.length, 'conflict')}.\n`,
  )
  if (merge.conflicts.length > 0 && options.prefer === undefined) {
    io.stderr(
      `quarterdeck: ${countOf(merge.conflicts.length, 'conflict')} to decide (changed differently here and on the wiki); nothing was written:\n${merge.conflicts.map(describeConflict).join('\n')}\nRun again with --prefer local or --prefer remote, or pull in the app to choose one by one.\n`,
    )
    return EXIT.conflict
  }
  const choice = options.prefer ?? 'local'
  const decisions = Object.fromEntries(merge.conflicts.map((c) => [c.id, choice]))
  const merged = applyMergeDecisions(merge, decisions)
  return writeOutput(io, options.output, rewritten(loaded, merged, outcome.base, io.now()))
}
