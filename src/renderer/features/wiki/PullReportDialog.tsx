/** What a pull merged, and the lines of the pulled page the importer read in another way. */
import { Dialog } from '../../components/Dialog'
import type { PullReport } from './wikiStore'

/** The report of the pull just saved. */
export function PullReportDialog({ pulled, onClose }: { pulled: PullReport; onClose: () => void }) {
  const { entries } = pulled.report
  return (
    <Dialog title="Pulled from the wiki" className="wiki-dialog" onClose={onClose}>
      <p role="status">{pulled.summary}</p>
      <h3>Import report</h3>
      {entries.length === 0 ? (
        <p>Every line of the page was read as written; nothing to report.</p>
      ) : (
        <ul aria-label="Import report" className="exchange-report">
          {entries.map((entry, index) => (
            <li key={`${entry.line}-${index}`}>
              Line {entry.line}: “{entry.text}” — {entry.reason}
            </li>
          ))}
        </ul>
      )}
      <p>Undo takes the whole pull back.</p>
      <div className="form-actions">
        <button type="button" className="primary" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  )
}
