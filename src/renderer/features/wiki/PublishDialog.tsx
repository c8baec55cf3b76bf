/**
 * Publish to the wiki: the difference between the wiki's page and the page
 * to publish, an edit summary, and Publish. Refused, with Pull offered, when
 * the wiki's page changed since the quarter was last published or pulled.
 */
import { useEffect, useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { FieldError, FormActions } from '../../components/FormActions'
import { errorMessage } from '../../store/uiStore'
import { PublishDiff } from './PublishDiff'
import { previewPublish, publishPreviewed, type PublishPreview } from './publishToWiki'
import { pullFromWiki, sayWiki } from './pullFromWiki'
import { useWikiStore } from './wikiStore'

type State =
  | { step: 'reading' }
  | { step: 'failed'; message: string }
  | { step: 'ready'; preview: PublishPreview }

/** The dialog for quarter `planId`. */
export function PublishDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const connection = useWikiStore((s) => s.connection)
  const [state, setState] = useState<State>({ step: 'reading' })
  const [summary, setSummary] = useState('')
  const [refused, setRefused] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (!connection) return
    let current = true
    previewPublish(connection, planId)
      .then((result) => {
        if (!current) return
        if (!result.ok) setState({ step: 'failed', message: result.message })
        else {
          setState({ step: 'ready', preview: result.preview })
          setSummary(result.preview.summary)
          setRefused(result.preview.changedSinceBase)
        }
      })
      .catch((e: unknown) => current && setState({ step: 'failed', message: errorMessage(e) }))
    return () => {
      current = false
    }
  }, [connection, planId])

  const pullFirst = () => {
    onClose()
    void pullFromWiki()
  }

  return (
    <Dialog title="Publish to the wiki" className="wiki-dialog" onClose={onClose}>
      {state.step === 'reading' && <p role="status">Reading the wiki’s page…</p>}
      {state.step === 'failed' && (
        <>
          <FieldError message={state.message} />
          <div className="form-actions">
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
      {state.step === 'ready' && connection && (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            setSaving(true)
            setError(null)
            void publishPreviewed(connection, state.preview, summary)
              .then((result) => {
                if (result.kind === 'published') {
                  onClose()
                  sayWiki('status', result.message)
                } else if (result.kind === 'changed-since-base') setRefused(result.message)
                else setError(result.message)
              })
              .catch((e: unknown) => setError(`${errorMessage(e)} Nothing was published.`))
              .finally(() => setSaving(false))
          }}
        >
          <p>
            “{state.preview.title}” on {new URL(connection.apiUrl).host}
            {state.preview.latest ? `, revision ${state.preview.latest.revid}:` : ': a new page.'}
          </p>
          <PublishDiff before={state.preview.wikiText} after={state.preview.localText} />
          {refused ? (
            <>
              <p className="field-error" role="alert">
                {refused}
              </p>
              <div className="form-actions">
                <button type="button" className="primary" onClick={pullFirst}>
                  Pull from the wiki
                </button>
                <button type="button" onClick={onClose}>
                  Cancel
                </button>
              </div>
            </>
          ) : (
            <>
              <label className="field">
                <span>Edit summary</span>
                <input
                  value={summary}
                  maxLength={500}
                  onChange={(event) => setSummary(event.target.value)}
                />
              </label>
              <FieldError message={error} />
              <FormActions
                submit={saving ? 'Publishing…' : 'Publish'}
                disabled={saving}
                onCancel={onClose}
              />
            </>
          )}
        </form>
      )}
    </Dialog>
  )
}
