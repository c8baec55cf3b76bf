import { useDeferredValue, useEffect, useId, useMemo } from 'react'
import type { PageLayout, PlanDocument, TemplateProfile } from '../../../shared/model'
import { pageTitle, planDisplayName } from '../../../shared/plan'
import { exportWikitext, unshownTexts } from '../../../shared/wiki'
import { perform } from '../../commands/perform'
import { updatePlan, type PlanPatch } from '../../commands/planCommands'
import { useOpenQuarter } from '../../store/quarterStore'
import { useUiStore } from '../../store/uiStore'
import { ExportActions } from './ExportActions'
import { LayoutChoice } from './LayoutChoice'
import { ProfileChoice } from './ProfileChoice'
import { usePendingChoice } from './usePendingChoice'
import { WikiPreview } from './WikiPreview'
import { WikitextEditor } from '../wikitext/WikitextEditor'

/**
 * The Export view: the quarter's wiki page, following the board live, with
 * layout and template profile choices saved to the plan.
 */
export function ExportView() {
  const doc = useOpenQuarter()
  if (doc === null) {
    return (
      <section className="exchange" aria-label="Export">
        <p role="status">Loading the quarter…</p>
      </section>
    )
  }
  // Keyed by plan so the custom profile editor restarts when the quarter changes.
  return <ExportPanel key={doc.plan.id} doc={doc} />
}

/** The topic of "Could not save the layout": gone once a setting is saved, or Export closes. */
const SETTINGS_TOPIC = 'export-settings'

/** Says that a setting was not saved (a toast), or that the last problem no longer applies. */
function sayNotSaved(message: string | null): void {
  const ui = useUiStore.getState()
  if (message === null) ui.dismissTopic(SETTINGS_TOPIC)
  else ui.showToast({ message, tone: 'error', topic: SETTINGS_TOPIC })
}

/** Saves a change to the open quarter's settings; rejects with the reason it was not saved. */
async function savePlanSettings(patch: PlanPatch): Promise<void> {
  const result = await perform((quarter) => updatePlan(quarter.plan, patch))
  if (result && !result.ok) throw result.error
}

function ExportPanel({ doc }: { doc: PlanDocument }) {
  const { plan } = doc
  const textId = useId()
  const [layout, chooseLayout, forgetLayout] = usePendingChoice(plan.layout)
  const [profile, chooseProfile, forgetProfile] = usePendingChoice(plan.profile, sameProfile)
  const exported = useMemo(() => {
    try {
      return { text: exportWikitext(doc, { layout, profile }) }
    } catch (error) {
      return { error: errorMessage(error) }
    }
  }, [doc, layout, profile])
  const unshown = useMemo(() => unshownTexts(doc), [doc])
  // The preview may be thousands of elements: render it after the wikitext, interruptibly.
  const previewText = useDeferredValue(exported.text ?? '')
  const title = pageTitle(plan)
  useEffect(() => () => sayNotSaved(null), [])

  const setLayout = async (next: PageLayout) => {
    chooseLayout(next)
    try {
      await savePlanSettings({ layout: next })
      sayNotSaved(null)
    } catch (error) {
      forgetLayout()
      sayNotSaved(`Could not save the layout: ${errorMessage(error)}`)
    }
  }
  // The custom profile editor shows its own error, so this one rethrows.
  const setProfile = async (next: TemplateProfile) => {
    chooseProfile(next)
    try {
      await savePlanSettings({ profile: next })
      sayNotSaved(null)
    } catch (error) {
      forgetProfile()
      sayNotSaved(`Could not save the template profile: ${errorMessage(error)}`)
      throw error
    }
  }

  return (
    <section className="exchange" aria-labelledby={`${textId}-heading`}>
      <h2 id={`${textId}-heading`}>Export {planDisplayName(plan)}</h2>
      <p className="exchange-hint">
        Page title: <code>{title}</code>
      </p>
      <div className="exchange-options">
        <LayoutChoice value={layout} onChange={(layout) => void setLayout(layout)} />
        <ProfileChoice value={profile} onChange={setProfile} />
      </div>
      {'error' in exported ? (
        <p role="alert">Could not write the page: {exported.error}</p>
      ) : (
        <>
          {unshown.length > 0 && <UnshownNotice places={unshown} />}
          <ExportActions text={exported.text} title={title} />
          <div className="exchange-panes">
            <div>
              <WikitextEditor label="Wikitext" value={exported.text} readOnly lines={30} />
            </div>
            <WikiPreview text={previewText} />
          </div>
        </>
      )}
    </section>
  )
}

/** Names the texts holding characters the page leaves out, so that none go missing unsaid. */
function UnshownNotice({ places }: { places: string[] }) {
  const named = places.slice(0, 3).join(', ')
  const more = places.length > 3 ? ` and ${places.length - 3} more` : ''
  return (
    <p className="exchange-hint" role="note">
      The page leaves out invisible control characters (pasted from elsewhere, such as NUL or ESC)
      in {named}
      {more}. Edit {places.length === 1 ? 'that text' : 'those texts'} if they should be different.
    </p>
  )
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function sameProfile(a: TemplateProfile, b: TemplateProfile): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
