/**
 * The entry script, kept tiny on purpose: it starts the startup read (see
 * db/startupRead.ts), then loads the rest of the app. The read's IndexedDB
 * work runs while the app's script (React, Dexie, the board: most of the
 * bytes) downloads and compiles, instead of after it has run; once it has the
 * first rows, the stored snapshot of the first screen is painted if it shows
 * exactly those rows (see snapshot/paintFirstScreen.ts).
 */
import { startStartupRead, startupRows } from './db/startupRead'
import { DATABASE_NAME } from './db/storeName'
import { paintFirstScreen } from './snapshot/paintFirstScreen'
import { rememberedPlanId } from './store/rememberedPlan'
// Here rather than in the app's script: the snapshot is painted before that has loaded.
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('Missing #root element')

void startStartupRead(DATABASE_NAME, rememberedPlanId()).then(() =>
  paintFirstScreen(root, startupRows()),
)
import('./startApp').catch((error: unknown) => {
  // Without this, a snapshot would stay on screen, showing a board that takes no input.
  const message = document.createElement('main')
  message.className = 'fatal'
  message.setAttribute('role', 'alert')
  message.textContent = `Quarterdeck could not load its script (${String(error)}). Reload the window to try again.`
  root.replaceChildren(message)
})
