/** The example quarter a new user can load. */
export { buildExampleQuarter, type ExampleOptions } from './buildExample'
