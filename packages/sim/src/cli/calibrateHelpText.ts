/** Help text of `rtsim calibrate` (docs/calibration.md). */
export const calibrateHelpText = `Usage: rtsim calibrate DATA [options]

Fits model parameters to published series by maximum likelihood. DATA (YAML or JSON) lists the series,
each a scenario fragment (cohort, arms, margins) with its observed local control (failures of patients
at a time, or a published rate with its interval), and the parameters to fit (parameter paths with
bounds). Prints the estimates with profile-likelihood 95% intervals and the predicted against observed
local control of every series, fitted and held out, and writes calibration.json and calibration.html
(with the predicted-against-observed chart) into the output directory once the fit is complete.

Options:
  --patients N    virtual patients per series and evaluation (overrides the file)
  --out DIR       output directory (default: <file-stem>-calibration/ next to the file)
  --no-profile    skip the profile-likelihood intervals (much faster: the fit only)
  --json          print calibration.json to stdout instead of the tables
  -h, --help      show this help

A local-control evidence file (a top-level series list, as calibration/local-control-evidence.yaml)
is read as such: each population part is simulated with the residual-disease model, its observations
(lc, crude-lr, late-lr, late-share; survival os, dss, dmfs, lrfs, cif-metastasis, deaths, metastases,
whose parts run with background mortality and metastasis) become binomial terms, and every term is
printed predicted against observed with its Wilson 95% interval and the coverage per role (fit,
holdout, holdout-NAME), then the held-out terms pooled with two exact sign tests of a bias in one
direction (the misses; every term above or below its observed proportion). A series of role
sealed-holdout-NAME (a blind set) is validated and then left out: never simulated or printed.
  --no-fit        predict every series with the library defaults (no fit)
  --fit LIST      parameters to fit, PATH=MIN:MAX[:log] separated by commas (besides the file's)
  --markdown      print the Markdown table of docs/reproductions.md instead of the text table

Each evaluation simulates every fitted series with the file's seed (common random numbers), so the
result depends only on the file, its seed and the patient count. A fit of 5 parameters to 5 series
takes minutes; see docs/calibration.md.
`;
