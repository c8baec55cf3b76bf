/**
 * Connect a wiki: its api.php address, a user name and a bot password
 * (Special:BotPasswords). Main (or web mode's server) logs in and checks the
 * right to edit; a refusal is its one sentence, and nothing is kept.
 */
import { useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { FieldError, FormActions } from '../../components/FormActions'
import { wikiConnect, wikiDisconnect } from '../../platformWiki'
import { sayWiki } from './pullFromWiki'
import { useWikiStore } from './wikiStore'

const EXAMPLE_ADDRESS = 'https://www.mediawiki.org/w/api.php'

/** The dialog; closes once connected. */
export function ConnectDialog({ onClose }: { onClose: () => void }) {
  const connection = useWikiStore((s) => s.connection)
  const [apiUrl, setApiUrl] = useState(connection?.apiUrl ?? '')
  const [username, setUsername] = useState(connection?.username ?? '')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [working, setWorking] = useState(false)
  return (
    <Dialog title="Connect a wiki" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          setWorking(true)
          setError(null)
          void wikiConnect({ apiUrl: apiUrl.trim(), username: username.trim(), password })
            .then((outcome) => {
              if (!outcome.ok) return setError(outcome.problem.message)
              useWikiStore.setState({ connection: outcome.value })
              onClose()
              sayWiki(
                'status',
                `Connected to ${new URL(outcome.value.apiUrl).host} as ${outcome.value.user}.`,
              )
            })
            .finally(() => setWorking(false))
        }}
      >
        {connection && (
          <p>
            Connected to {connection.apiUrl} as {connection.username}.{' '}
            <button
              type="button"
              onClick={() =>
                void wikiDisconnect().then(() => {
                  useWikiStore.setState({ connection: null })
                  sayWiki('status', 'Disconnected from the wiki; its password is forgotten.')
                  onClose()
                })
              }
            >
              Disconnect
            </button>
          </p>
        )}
        <label className="field">
          <span>Wiki address (its api.php)</span>
          <input
            type="url"
            required
            placeholder={EXAMPLE_ADDRESS}
            value={apiUrl}
            onChange={(event) => setApiUrl(event.target.value)}
          />
        </label>
        <label className="field">
          <span>User name (User@app, from Special:BotPasswords)</span>
          <input
            required
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label className="field">
          <span>Bot password</span>
          <input
            type="password"
            required
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <p className="wiki-hint">
          Create a bot password on the wiki’s Special:BotPasswords page with the grants to edit
          pages. The desktop app keeps it encrypted by your system (without a system keyring, only
          until it quits); web mode keeps it only in its server’s memory.
        </p>
        <FieldError message={error} />
        <FormActions
          submit={working ? 'Connecting…' : 'Connect'}
          disabled={working}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  )
}
