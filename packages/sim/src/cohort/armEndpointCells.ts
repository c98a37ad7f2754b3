import { pairedEndpoint } from './pairedEndpoint.js';
import type { PartialLayout } from './partialLayout.js';

/**
 * Where arm a's own events of paired endpoint v are counted (PartialLayout): the offsets of the count rows whose
 * entries at bin t add up to the arm's patients with that endpoint's event in time bin t. The first event group is
 * the whole arm: LRFS is a local recurrence or a death as first event, the local recurrence as first event its own
 * row, OS every death (first event, or after a recurrence), the metastasis before death from other causes and the
 * death from sarcoma after it their rows; PFS, the last paired endpoint, the progression row. The local recurrence
 * with death ignored is the arm's failures by time bin, one row per subtype cell. This is how
 * simulateBlock fills both the arm's rows and the pair's discordant spans, so the two must agree (accumulatorProblem).
 * @param layout - a layout with paired event times (layout.pairEndpoints > endpoint)
 * @param arm - the arm's index
 * @param endpoint - v, the endpoint's index among the paired endpoints (pairedEndpoint; PFS last)
 * @returns the rows' first cells (bin 0); each row has layout.timeBins cells
 */
export function armEndpointCells(layout: PartialLayout, arm: number, endpoint: number): number[] {
  const bins = layout.timeBins;
  if (layout.progression === 1 && endpoint === layout.pairEndpoints - 1) {
    return [layout.progressionCounts + arm * layout.progressionStride];
  }
  if (endpoint === pairedEndpoint.localRecurrenceDeathIgnored) {
    // The arm's failures by time bin, in each of its subtype cells.
    return Array.from({ length: layout.subtypes }, (_, s) => layout.armCounts + (arm * layout.subtypes + s) * layout.armStride + 1 + layout.histogramBins);
  }
  const events = layout.eventCounts + arm * layout.eventGroups * layout.eventStride;
  switch (layout.competingEvents === 0 ? -1 : endpoint) {
    case pairedEndpoint.localRecurrenceFreeSurvival:
      return [events, events + bins];
    case pairedEndpoint.localRecurrence:
      return [events];
    case pairedEndpoint.overallSurvival:
      return [events + bins, events + 2 * bins];
    case pairedEndpoint.metastasis:
      return [events + 3 * bins];
    case pairedEndpoint.sarcomaDeath:
      return [events + 5 * bins];
    default:
      throw new RangeError(`armEndpointCells: no paired endpoint ${endpoint} in this layout`);
  }
}
