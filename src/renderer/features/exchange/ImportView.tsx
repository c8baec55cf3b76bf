import { useEffect, useId, useRef, useState } from 'react'
import { newId } from '../../../shared/ids'
import type { PlanDocument } from '../../../shared/model'
import { planDisplayName } from '../../../shared/plan'
import { importWikitext } from '../../../shared/wiki'
import { saveDocuments } from '../../commands/planCommands'
import { runCommand } from '../../commands/runCommand'
import { DiskFullError } from '../../db/errors'
import { usePlans } from '../../store/quarterStore'
import { useUiStore } from '../../store/uiStore'
import { NotUtf8Error, openTextFile } from '../../platform'
import { ImportPreview, type ImportReportEntry } from './ImportPreview'
import { sameQuarterPlans } from './sameQuarter'
import { WikitextEditor, type WikitextEditorHandle } from '../wikitext/WikitextEditor'

type ReadResult =
  | { ok: true; doc: PlanDocument; entries: readonly ImportReportEntry[] }
  | { ok: false; error: string }

function readPage(pageText: string): ReadResult {
  const imported = importWikitext(pageText, { newId, now: Date.now() })
  return imported.ok
    ? { ok: true, doc: imported.doc, entries: imported.report.entries }
    : { ok: false, error: imported.error }
}

/**
 * The Import view: paste a wiki page or open a file, read it, review what was
 * found and only then create a new quarter from it. Nothing is saved before
 * "Create quarter from this page", and an existing quarter is never touched.
 */
export function ImportView({ onImported }: { onImported: (planId: string) => void }) {
  const textId = useId()
  // A wiki page opened with "Open backup…" and handed over with "Import" (the shell
  // keys this view by the pages handed over, so each arrives in a fresh view).
  const [draft] = useState(() => useUiStore.getState().importDraft)
  useEffect(() => {
    if (draft) useUiStore.getState().takeImportDraft()
  }, [draft])
  const [text, setText] = useState(draft?.content ?? '')
  const [source, setSource] = useState(draft?.fileName ?? '')
  const [result, setResult] = useState<ReadResult | null>(() =>
    draft ? readPage(draft.content) : null,
  )
  const [problem, setProblem] = useState('')
  const [otherEncoding, setOtherEncoding] = useState<
    (() => { name: string; content: string }) | null
  >(null)
  const [saving, setSaving] = useState(false)
  const [createdId, setCreatedId] = useState<string | null>(null)
  const plans = usePlans()
  const editorRef = useRef<WikitextEditorHandle>(null)

  const read = (pageText: string) => {
    setProblem('')
    if (pageText.trim() === '') {
      setResult(null)
      setProblem('Paste the wikitext of a goals page, or open a .wiki or .txt file, first.')
      return
    }
    setResult(readPage(pageText))
  }

  const takeFile = (file: { name: string; content: string }) => {
    setText(file.content)
    setSource(file.name)
    read(file.content)
  }

  const openFile = async () => {
    setProblem('')
    setOtherEncoding(null)
    setResult(null)
    try {
      const file = await openTextFile(
        {
          title: 'Open wiki page',
          filters: [{ name: 'Wiki page', extensions: ['wiki', 'txt'] }],
        },
        'a wiki page',
      )
      if (!file.opened) return
      takeFile(file)
    } catch (error) {
      // Not UTF-8: said, and read as Windows-1252 only if the user asks.
      if (error instanceof NotUtf8Error) setOtherEncoding(() => error.readAsWindows1252)
      setProblem(`Could not open the file: ${errorMessage(error)}`)
    }
  }

  const create = async (doc: PlanDocument) => {
    setSaving(true)
    setProblem('')
    try {
      const saved = await runCommand(saveDocuments('Import page', [doc]))
      if (!saved.ok) throw saved.error
      setCreatedId(doc.plan.id)
      onImported(doc.plan.id)
    } catch (error) {
      // A full disk is said in its own one sentence (nothing saved, page kept).
      setProblem(
        error instanceof DiskFullError
          ? error.message
          : `Could not create the quarter; nothing was saved. ${errorMessage(error)}`,
      )
      setSaving(false)
    }
  }

  const existing = result?.ok ? sameQuarterPlans(plans, result.doc.plan) : []

  return (
    <section className="exchange" aria-labelledby={`${textId}-heading`}>
      <h2 id={`${textId}-heading`}>Import a wiki page</h2>
      <p className="exchange-hint">
        Paste the wikitext of a quarterly goals page (edit the page on the wiki and copy its
        source), or open a saved .wiki or .txt file. Nothing is saved until you create the quarter.
      </p>
      <WikitextEditor
        ref={editorRef}
        label="Wikitext to import"
        lines={16}
        value={text}
        onChange={(next) => {
          setText(next)
          // What was read no longer matches the text: read it again before creating.
          setResult(null)
          setSource('')
        }}
      />
      <div className="exchange-actions">
        <button type="button" onClick={() => void openFile()}>
          Open .wiki/.txt file…
        </button>
        <button type="button" onClick={() => read(text)}>
          Read page
        </button>
        {source !== '' && <span className="exchange-hint">From {source}</span>}
      </div>
      <p role="alert" className="exchange-error">
        {result?.ok === false ? result.error : problem}
      </p>
      {otherEncoding && (
        <button
          type="button"
          onClick={() => {
            const file = otherEncoding()
            setOtherEncoding(null)
            takeFile(file)
          }}
        >
          Read it as Windows-1252
        </button>
      )}
      {result?.ok && (
        <>
          <ImportPreview
            doc={result.doc}
            entries={result.entries}
            onShowLine={(line) => editorRef.current?.jumpToLine(line)}
          />
          {existing.length > 0 && (
            <p role="status" className="exchange-warning">
              {result.doc.plan.department} already has a plan for {planDisplayName(result.doc.plan)}
              . Creating this one adds a second plan beside it; the existing one is not changed.
            </p>
          )}
          <button type="button" disabled={saving} onClick={() => void create(result.doc)}>
            Create quarter from this page
          </button>
          <p role="status" className="exchange-status">
            {createdId !== null ? 'Quarter created; opening its board…' : ''}
          </p>
        </>
      )}
    </section>
  )
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
