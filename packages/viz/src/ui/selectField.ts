/**
 * A labelled drop-down, as {@link numberField} is a labelled input: the label names the select, and an optional
 * help line under it is the select's description. The caller adds the options.
 * @param id - the select's id (the help line's is `${id}-help`)
 * @param labelText - the visible label
 * @param help - the help line under the field; none when omitted
 * @returns the wrapper (class `field`) and the select
 */
export function selectField(id: string, labelText: string, help?: string): { wrap: HTMLElement; select: HTMLSelectElement } {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const label = document.createElement('label');
  label.className = 'control-label';
  label.htmlFor = id;
  label.textContent = labelText;
  const select = document.createElement('select');
  select.id = id;
  wrap.append(label, select);
  if (help !== undefined) {
    const note = document.createElement('span');
    note.className = 'control-help';
    note.id = `${id}-help`;
    note.textContent = help;
    select.setAttribute('aria-describedby', note.id);
    wrap.append(note);
  }
  return { wrap, select };
}
