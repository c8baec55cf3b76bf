/**
 * Whatever `quarterdeck import` writes, `quarterdeck export` reads: pages
 * whose data breaks a rule are imported into valid plans.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run'
import { memoryIo } from './memoryIo'

const HEADER =
  "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''\n\n== Analytics ==\n"

const PROFILE_WITHOUT_$1 = `<!-- Quarterdeck template profile: ${JSON.stringify({
  name: 'Our wiki',
  statuses: {
    todo: '[todo]',
    'in-progress': '[doing]',
    done: '[done]',
    blocked: '[blocked]',
    postponed: '[later]',
    'partially-done': '[partly]',
  },
  task: '[[phab:T]]',
})} -->\n`

/** Imports `page` to a backup file, then exports that file; returns both runs. */
async function importThenExport(page: string) {
  const io = memoryIo({ 'page.wiki': page })
  const imported = await runCli(['import', 'page.wiki', '-o', 'backup.json'], io)
  const importErr = io.err
  io.err = ''
  const exported = await runCli(['export', 'backup.json'], io)
  return { imported, importErr, exported, exportErr: io.err, page: io.out, io }
}

describe('quarterdeck import, then export', () => {
  it('works for a page whose profile comment has no $1, with the default profile', async () => {
    const run = await importThenExport(PROFILE_WITHOUT_$1 + HEADER + '* Ship the thing [done]\n')
    expect(run.imported).toBe(0)
    expect(run.importErr).toMatch(/Template profile comment not kept \(Task link pattern must/)
    expect(run.exported).toBe(0)
    expect(run.exportErr).toBe('')
    expect(run.page).toMatch(/^\* Ship the thing \{\{Done\}\}$/m)
  })

  it('works for a goal that is only a task link and a status', async () => {
    const run = await importThenExport(HEADER + '* {{phab|T1}} {{Done}}\n')
    expect(run.imported).toBe(0)
    expect(run.importErr).toMatch(/line 4: Goal has no text; its task id T1 used as its text: /)
    expect(run.exported).toBe(0)
    expect(run.page).toMatch(/^\* T1 \{\{Phabricator\|T1\}\} \{\{Done\}\}$/m)
  })

  it('works for a status bullet without a date, which keeps no date', async () => {
    const run = await importThenExport(HEADER + "* Goal {{Done}}\n'''Status'''\n* hello\n")
    expect(run.imported).toBe(0)
    expect(run.exported).toBe(0)
    expect(run.page).toMatch(/^'''Status'''\n\* hello$/m)
  })

  it('works for a goal with neither text nor task', async () => {
    const run = await importThenExport(HEADER + '* {{Done}}\n')
    expect(run.exported).toBe(0)
    expect(run.page).toMatch(/^\* Untitled goal \{\{Done\}\}$/m)
  })
})
