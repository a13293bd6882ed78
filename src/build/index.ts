/** The build stage: a file or folder of plain-text documents to TEI, validation report and editions. */
export { build } from './build.js';
export type { BuildEvent, BuildOptions, BuildPhase, BuildResult } from './options.js';
export { BuildInputError } from './inputs.js';
export { defaultJobs } from './pool.js';
export type { BuildCounts, FileReport, FileStatus, FileTimings, RunTimings } from './report.js';
