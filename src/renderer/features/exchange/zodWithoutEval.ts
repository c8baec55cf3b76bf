/**
 * The renderer's Content-Security-Policy forbids eval, and zod 4 probes for
 * it with `new Function` when an object schema is created (the backup
 * schemas, at module load), which the browser reports as a CSP violation.
 * Jitless mode skips the probe. Import this module before anything that
 * imports src/shared/backup.
 */
import { z } from 'zod'

z.config({ jitless: true })
