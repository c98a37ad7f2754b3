/**
 * What an avatar comparison assumes, in sentences shown by the command line, the HTML report, avatar.json and the
 * viewer (docs/avatars.md explains each).
 */
export const avatarAssumptions: readonly string[] = [
  'The α and β fitted to the patient-derived model in the dish are taken as the tumour’s: an assumption. 3D cultures lack the tumour’s hypoxia, stroma, immune cells and blood supply, and a viability read-out is not clonogenic survival.',
  'The clonogen number and the repopulation kinetics are not measured on the patient: they are the library’s values (or the ones given) and are held fixed, so the TCP intervals cover the uncertainty of the fit only.',
  'TCP is the Poisson TCP of the linear–quadratic model without incomplete repair or hypoxia; above about 10 Gy per fraction the LQ extrapolation is uncertain and favours large fractions.',
  'The ranking orders schedules by expected surviving clonogens, the quantity TCP decreases with; P(best) is the share of draws of (α, β) from the fit’s uncertainty in which a schedule comes first.',
];
