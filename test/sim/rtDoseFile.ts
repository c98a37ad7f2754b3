import dcmjs from 'dcmjs';

/** One DVH Sequence item as the RT DVH Module (PS3.3 C.8.8.4) describes it, with keyword names. */
export interface DvhItem {
  readonly DVHType: string;
  readonly DoseUnits: string;
  readonly DVHVolumeUnits: string;
  readonly DVHDoseScaling: number;
  /** Pairs (bin width, volume). */
  readonly DVHData: readonly number[];
  readonly roi: number;
  /** DVH Number of Bins (3004,0056); the number of pairs unless a test sets another. */
  readonly DVHNumberOfBins?: number;
}

/**
 * A minimal RT Dose file (RT Dose Storage, explicit VR little endian) holding only a DVH Sequence and, when names
 * are given, a Structure Set ROI Sequence mapping ROI numbers to names; written with dcmjs, the library that reads it.
 */
export function rtDoseFile(items: readonly DvhItem[], names: ReadonlyMap<number, string>): Uint8Array {
  const sopClass = '1.2.840.10008.5.1.4.1.1.481.2';
  const instance = '2.25.118340284781122098410475918102463751110';
  const dataset = {
    SOPClassUID: sopClass,
    SOPInstanceUID: instance,
    Modality: 'RTDOSE',
    PatientID: 'RTSIM-DVH-01',
    DoseUnits: 'GY',
    DoseType: 'PHYSICAL',
    DoseSummationType: 'PLAN',
    DVHSequence: items.map((item) => ({
      DVHType: item.DVHType,
      DoseUnits: item.DoseUnits,
      DoseType: 'PHYSICAL',
      DVHDoseScaling: item.DVHDoseScaling,
      DVHVolumeUnits: item.DVHVolumeUnits,
      DVHNumberOfBins: item.DVHNumberOfBins ?? item.DVHData.length / 2,
      DVHData: [...item.DVHData],
      DVHReferencedROISequence: [{ ReferencedROINumber: item.roi, DVHROIContributionType: 'INCLUDED' }],
    })),
    ...(names.size === 0 ? {} : { StructureSetROISequence: [...names].map(([number, name]) => ({ ROINumber: number, ROIName: name })) }),
  };
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: sopClass,
    MediaStorageSOPInstanceUID: instance,
    TransferSyntaxUID: '1.2.840.10008.1.2.1',
    ImplementationClassUID: '2.25.1',
    ImplementationVersionName: 'RTSIM_TEST',
  };
  const file = new dcmjs.data.DicomDict(dcmjs.data.DicomMetaDictionary.denaturalizeDataset(meta));
  file.dict = dcmjs.data.DicomMetaDictionary.denaturalizeDataset(dataset);
  return new Uint8Array(file.write());
}

/** The fixture test/fixtures/dvh/rtdose-dvh.dcm: the PTV (cumulative, Gy, cm³) and femur (differential, cGy, %) of the Eclipse fixture. */
export const fixtureItems: readonly DvhItem[] = [
  { DVHType: 'CUMULATIVE', DoseUnits: 'GY', DVHVolumeUnits: 'CM3', DVHDoseScaling: 1, DVHData: [47.5, 200, 1.5, 200, 1, 196, 1, 120, 1, 20, 1, 2, 1, 0], roi: 1 },
  { DVHType: 'DIFFERENTIAL', DoseUnits: 'CGY', DVHVolumeUnits: 'PERCENT', DVHDoseScaling: 1, DVHData: [1000, 20, 1000, 40, 1000, 30, 1000, 10], roi: 2 },
];

/** ROI names of the fixture. */
export const fixtureNames: ReadonlyMap<number, string> = new Map([[1, 'PTV'], [2, 'Femur_R']]);
