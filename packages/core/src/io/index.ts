// Core's file reading, outside its pure part: the readers of results and metrics files, MLflow run
// folders and path patterns. The rest of core takes text and returns data (eslint keeps node:fs here).
export { readResultsFile, type ReadResultsFileOptions } from './results-file.js'
export { DEFAULT_MAX_BYTES } from './text-file.js'
export { readMlflowRun } from './mlflow-run.js'
export { readMetrics, type ReadMetricsOptions } from './read-metrics.js'
export { expandPathPatterns, type ExpandPathPatternsOptions } from './path-patterns.js'
