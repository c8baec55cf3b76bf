/** Types for scripts/start.mjs, so the unit tests can import it. */

/** The sentence printed when the download failed for lack of network. */
export declare const NO_NETWORK_MESSAGE: string

/** True when this Node.js version is older than major.minor. */
export declare function nodeOlderThan(version: string, major: number, minor: number): boolean

/** The one sentence explaining why the runtime could not be installed. */
export declare function installFailureMessage(output: string, nodeVersion: string): string

/** Outcome of ensureRuntime. */
export type RuntimeCheck = { ok: true } | { ok: false; message: string }

/** Ensures the Electron runtime is present, running the installer if not. */
export declare function ensureRuntime(io: {
  binaryPresent: () => boolean
  runInstaller: () => { status: number | null; output: string }
  nodeVersion: string
  log: (line: string) => void
}): RuntimeCheck

/** The Electron package folder. */
export declare function electronPackageDir(): string

/** Whether electron's path.txt names an existing binary. */
export declare function electronBinaryPresent(
  electronDir: string,
  env?: Record<string, string | undefined>,
): boolean
