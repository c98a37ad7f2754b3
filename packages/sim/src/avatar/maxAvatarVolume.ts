/**
 * Largest tumour volume accepted, cm³, by avatarTumour and `rtsim avatar --volume` (100 litres, more than a whole
 * adult body): far beyond any tumour, and far below the volumes whose clonogen number N₀ = density × volume overflows
 * to Infinity (1e302 cm³ did, and the comparison could not be made).
 */
export const maxAvatarVolume = 100_000;
