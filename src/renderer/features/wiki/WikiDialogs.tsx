/**
 * The wiki's dialogs, mounted once (in the header): Connect, Publish, a
 * pull's conflicts (the ConflictDialog of Merge backup…) and its report.
 * Asks main or the web server which wiki is connected on start.
 */
import { lazy, Suspense, useEffect } from 'react'
import { wikiAccount } from '../../platformWiki'
import { useQuarterStore } from '../../store/quarterStore'
import { ConflictDialog } from '../sync'
import { ConnectDialog } from './ConnectDialog'
import { PullReportDialog } from './PullReportDialog'
import { resolvePull } from './pullFromWiki'
import { useWikiStore } from './wikiStore'
import './wiki.css'

// The diff library and the exporter load when Publish is first opened, not with the board.
const PublishDialog = lazy(() =>
  import('./PublishDialog').then((module) => ({ default: module.PublishDialog })),
)

/** The dialogs of the wiki commands. */
export function WikiDialogs() {
  const dialog = useWikiStore((s) => s.dialog)
  const pulling = useWikiStore((s) => s.pulling)
  const pulled = useWikiStore((s) => s.pulled)
  const planId = useQuarterStore((s) => s.openPlanId)
  const close = () => useWikiStore.setState({ dialog: null })

  useEffect(() => {
    void wikiAccount().then((connection) => {
      if (connection && !useWikiStore.getState().connection) useWikiStore.setState({ connection })
    })
  }, [])

  return (
    <>
      {dialog === 'connect' && <ConnectDialog onClose={close} />}
      {dialog === 'publish' && planId !== null && (
        <Suspense fallback={null}>
          <PublishDialog planId={planId} onClose={close} />
        </Suspense>
      )}
      {pulling && (
        <ConflictDialog
          title="Pull from the wiki"
          conflicts={pulling.result.conflicts}
          localLabel="This computer"
          remoteLabel="The wiki"
          onResolve={(decisions) => void resolvePull(decisions)}
          onCancel={() => void resolvePull(null)}
        />
      )}
      {pulled && (
        <PullReportDialog pulled={pulled} onClose={() => useWikiStore.setState({ pulled: null })} />
      )}
    </>
  )
}
