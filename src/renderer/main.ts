/**
 * The entry script, kept tiny on purpose: it starts the startup read (see
 * db/startupRead.ts), then loads the rest of the app. The read's IndexedDB
 * work runs while the app's script (React, Dexie, the board: most of the
 * bytes) downloads and compiles, instead of after it has run.
 */
import { startStartupRead } from './db/startupRead'
import { DATABASE_NAME } from './db/storeName'
import { rememberedPlanId } from './store/rememberedPlan'

void startStartupRead(DATABASE_NAME, rememberedPlanId())
void import('./startApp')
