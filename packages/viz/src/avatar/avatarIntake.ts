/**
 * A file picker and drop zone for avatar CSV files (ids `avatar-file`, `avatar-drop-zone`; Enter or Space on the
 * label opens the picker). Files larger than `maxBytes` are refused before being read.
 * @param maxBytes - size limit, bytes (the sim's `maxAvatarCsvBytes`)
 * @param onText - called with the file's name and text
 * @param onRefused - called with the file's name and the reason it was not read
 * @returns the element to insert
 */
export function avatarIntake(maxBytes: number, onText: (fileName: string, text: string) => void, onRefused: (fileName: string, message: string) => void): HTMLElement {
  const zone = document.createElement('div');
  zone.className = 'drop-zone';
  zone.id = 'avatar-drop-zone';
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'avatar-file';
  input.accept = '.csv,.tsv,.txt,text/csv,text/plain';
  const label = document.createElement('label');
  label.htmlFor = input.id;
  label.className = 'control-label';
  label.textContent = 'Open a data file (.csv)';
  const hint = document.createElement('p');
  hint.className = 'control-help';
  hint.textContent = 'or drop it here. Columns dose,survivingFraction[,sd] or dose,cellsSeeded,colonies. The file never leaves your computer.';
  zone.append(label, input, hint);
  const read = (file: File): void => {
    if (file.size > maxBytes) {
      onRefused(file.name, `the file is ${file.size} bytes; avatar data files are limited to ${maxBytes} bytes (1 MiB)`);
      return;
    }
    file.text().then(
      (text) => onText(file.name, text),
      (error: unknown) => onRefused(file.name, `the file could not be read: ${error instanceof Error ? error.message : String(error)}`),
    );
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
