// dcmjs 0.51 ships no type declarations: the part of its data API that the DVH reader and the fixture builder use.
declare module 'dcmjs' {
  /** A dataset with keyword names (`DVHSequence`), as dcmjs naturalizes it. */
  export type NaturalDataset = Record<string, unknown>;
  /** A parsed or to-be-written DICOM Part 10 file: the meta header and the dataset by tag. */
  export interface DicomDictInstance {
    dict: Record<string, unknown>;
    readonly meta: Record<string, unknown>;
    write(): ArrayBuffer;
  }
  /** dcmjs's `data` namespace (DICOM reading and writing). */
  export interface DcmjsData {
    readonly DicomMessage: { readFile(buffer: ArrayBuffer, options?: Record<string, unknown>): DicomDictInstance };
    readonly DicomMetaDictionary: {
      naturalizeDataset(dataset: Record<string, unknown>): NaturalDataset;
      denaturalizeDataset(dataset: NaturalDataset): Record<string, unknown>;
    };
    readonly DicomDict: new (meta: Record<string, unknown>) => DicomDictInstance;
  }
  const dcmjs: { readonly data: DcmjsData };
  export default dcmjs;
}
