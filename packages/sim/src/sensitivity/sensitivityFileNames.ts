/** The files `rtsim sensitivity` writes, and `rtsim merge` of its parts: the results, then the report. */
export const sensitivityFileNames: readonly ['sensitivity.json', 'report-sensitivity.html'] = Object.freeze(['sensitivity.json', 'report-sensitivity.html'] as const);
