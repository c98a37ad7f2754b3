/** Options of {@link fileIntake}: what the picker accepts and says, its limit, and where the text (or bytes) go. */
export type FileIntakeOptions = FileIntakeCommon & (
  /** Called with the name and text (UTF-8) of each file read. */
  | { readonly onText: (fileName: string, text: string) => void }
  /** Called with the name and bytes of each file read, for a format that may be binary (a DICOM file). */
  | { readonly onBytes: (fileName: string, bytes: Uint8Array) => void }
);

/** What every {@link FileIntakeOptions} has. */
interface FileIntakeCommon {
  /** Id of the drop zone element, e.g. `drop-zone`. */
  readonly zoneId: string;
  /** Id of the file input, e.g. `scenario-file` (its label points at it). */
  readonly inputId: string;
  /** The input's `accept` list of extensions and MIME types. */
  readonly accept: string;
  /** The label's text, e.g. `Open a scenario file (.yaml, .yml or .json)`. */
  readonly label: string;
  /** The line under the label, e.g. `or drop it here. …`. */
  readonly hint: string;
  /** Size limit, bytes: a larger file is refused before it is read. */
  readonly maxBytes: number;
  /** The kind of file in the size message, plural, e.g. `scenario files`. */
  readonly kind: string;
  /** Called with the name of a file that was not read, and why (too large, or unreadable). */
  readonly onRefused: (fileName: string, message: string) => void;
}

/**
 * Reads a file chosen by the user, refusing one over `maxBytes` without reading it.
 * @returns (a promise of) the text or the bytes, or the message saying why the file was not read
 */
async function readFile(file: File, maxBytes: number, kind: string, asBytes: boolean): Promise<{ readonly text: string } | { readonly bytes: Uint8Array } | { readonly message: string }> {
  if (file.size > maxBytes) {
    return { message: `the file is ${file.size} bytes; ${kind} are limited to ${maxBytes} bytes (${(maxBytes / 1_048_576).toFixed(0)} MiB)` };
  }
  try {
    return asBytes ? { bytes: new Uint8Array(await file.arrayBuffer()) } : { text: await file.text() };
  } catch (error) {
    return { message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * A file picker and a drop zone (the label opens the picker, from the keyboard too): the file chosen, or the first
 * file of a drop, is read in the page (it never leaves the computer) and handed to `onText`, or to `onRefused` when
 * it is over the size limit or cannot be read (as bytes to `onBytes` instead, when the options give that). The zone has class `dragging` while a file is dragged over it.
 * @param options - ids, accepted types, texts, size limit and the two callbacks
 * @returns the drop zone element (class `drop-zone`), to insert
 */
export function fileIntake(options: FileIntakeOptions): HTMLElement {
  const { maxBytes, kind, onRefused } = options;
  const zone = document.createElement('div');
  zone.className = 'drop-zone';
  zone.id = options.zoneId;
  const input = document.createElement('input');
  input.type = 'file';
  input.id = options.inputId;
  input.accept = options.accept;
  const label = document.createElement('label');
  label.htmlFor = input.id;
  label.className = 'control-label';
  label.textContent = options.label;
  const hint = document.createElement('p');
  hint.className = 'control-help';
  hint.textContent = options.hint;
  zone.append(label, input, hint);
  const read = (file: File): void => {
    void readFile(file, maxBytes, kind, 'onBytes' in options).then((read) => {
      if ('message' in read) onRefused(file.name, read.message);
      else if ('bytes' in read && 'onBytes' in options) options.onBytes(file.name, read.bytes);
      else if ('text' in read && 'onText' in options) options.onText(file.name, read.text);
    });
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) read(file);
    input.value = '';
  });
  const stop = (event: DragEvent): void => {
    event.preventDefault();
    event.stopPropagation();
  };
  zone.addEventListener('dragenter', (event) => {
    stop(event);
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragover', (event) => {
    stop(event);
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  zone.addEventListener('dragleave', (event) => {
    stop(event);
    zone.classList.remove('dragging');
  });
  zone.addEventListener('drop', (event) => {
    stop(event);
    zone.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) read(file);
  });
  return zone;
}
