/** Virtual patients per population part of the doc's prediction. */
export declare const localControlEvidencePatients: number;
/** Title of the section in docs/reproductions.md. */
export declare const localControlEvidenceTitle: string;
/** The Markdown of `rtsim calibrate calibration/local-control-evidence.yaml --no-fit --markdown`. */
export declare function localControlEvidenceMarkdown(): Promise<string>;
