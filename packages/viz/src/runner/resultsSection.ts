import { button } from '../ui/button.js';
import { downloadBlob } from '../ui/downloadBlob.js';

/** A file offered for download in a results head; the blob is made when its button is pressed. */
export interface ResultsDownload {
  /** The button's text: the file's name as the CLI writes it, e.g. `results.json`. */
  readonly label: string;
  /** The file's text. */
  readonly text: string;
  /** Its MIME type, e.g. `application/json`. */
  readonly type: string;
  /** Suggested file name. */
  readonly fileName: string;
}

/** What a results head shows, in order. */
export interface ResultsSectionOptions {
  /** Classes of the section, e.g. `results`. */
  readonly className: string;
  /** The heading's id, which names the section (aria-labelledby). */
  readonly headingId: string;
  /** The heading's text. */
  readonly heading: string;
  /** Plain paragraphs under the heading. */
  readonly lines?: readonly string[];
  /** The muted line of run facts: patients, seed, version, time, scenario hash. */
  readonly meta: string;
  /** The download buttons, in order. */
  readonly downloads: readonly ResultsDownload[];
  /** The help line under the buttons: what the files are. */
  readonly downloadsNote: string;
}

/**
 * A section of results named by its heading, opening with the head card (class `card results-head`): the heading
 * (an h2), any plain lines, the muted meta line, a row of download buttons (class `downloads`) and the note on
 * them. Every text is set with textContent, so names from a file never become markup.
 * @param options - the texts and files
 * @returns the section, holding the head card; append the rest of the results after it
 */
export function resultsSection(options: ResultsSectionOptions): HTMLElement {
  const root = document.createElement('section');
  root.className = options.className;
  root.setAttribute('aria-labelledby', options.headingId);

  const head = document.createElement('div');
  head.className = 'card results-head';
  const heading = document.createElement('h2');
  heading.id = options.headingId;
  heading.textContent = options.heading;
  const lines = (options.lines ?? []).map((text) => {
    const line = document.createElement('p');
    line.textContent = text;
    return line;
  });
  const meta = document.createElement('p');
  meta.className = 'muted';
  meta.textContent = options.meta;
  const downloads = document.createElement('div');
  downloads.className = 'downloads';
  downloads.append(...options.downloads.map(({ label, text, type, fileName }) => button(label, () => downloadBlob(new Blob([text], { type }), fileName))));
  const downloadsNote = document.createElement('p');
  downloadsNote.className = 'control-help';
  downloadsNote.textContent = options.downloadsNote;
  head.append(heading, ...lines, meta, downloads, downloadsNote);
  root.append(head);
  return root;
}
