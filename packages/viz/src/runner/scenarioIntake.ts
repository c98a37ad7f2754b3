/** A scenario file read from disk, or the reason it was refused before parsing. */
export type IntakeResult =
  | { readonly ok: true; readonly fileName: string; readonly text: string }
  | { readonly ok: false; readonly fileName: string; readonly message: string };

/**
 * Reads a file chosen by the user. Files over `maxBytes` are refused without being read (the parser
 * enforces the same limit on text).
 * @param file - from the file picker or a drop
 * @param maxBytes - the scenario size limit of the parser, bytes
 */
export async function readScenarioFile(file: File, maxBytes: number): Promise<IntakeResult> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      fileName: file.name,
      message: `the file is ${file.size} bytes; scenario files are limited to ${maxBytes} bytes (${(maxBytes / 1_048_576).toFixed(0)} MiB)`,
    };
  }
  try {
    return { ok: true, fileName: file.name, text: await file.text() };
  } catch (error) {
    return { ok: false, fileName: file.name, message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * A file picker and a drop zone (also reachable by keyboard: Enter or Space opens the picker).
 * @param onFile - called with each file chosen or dropped (the first file of a multi-file drop)
 * @returns the elements to insert
 */
export function scenarioIntake(onFile: (file: File) => void): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'intake';
  const zone = document.createElement('div');
  zone.className = 'drop-zone';
  zone.id = 'drop-zone';
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'scenario-file';
  input.accept = '.yaml,.yml,.json,application/json,application/yaml,text/yaml';
  const label = document.createElement('label');
  label.htmlFor = input.id;
  label.className = 'control-label';
  label.textContent = 'Open a scenario file (.yaml, .yml or .json)';
  const hint = document.createElement('p');
  hint.className = 'control-help';
  hint.textContent = 'or drop it here. The file is validated in this page and never leaves your computer.';
  zone.append(label, input, hint);
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) onFile(file);
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
    if (file) onFile(file);
  });
  wrap.append(zone);
  return wrap;
}
