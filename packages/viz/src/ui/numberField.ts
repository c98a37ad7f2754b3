/**
 * A labelled whole-number field with a help line that the input names as its description.
 * @param id - the input's id (the help line's is `${id}-help`)
 * @param labelText - the visible label
 * @param help - the help line under the field
 * @returns the wrapper (class `field`) and the input (type number, step 1)
 */
export function numberField(id: string, labelText: string, help: string): { wrap: HTMLElement; input: HTMLInputElement } {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const label = document.createElement('label');
  label.className = 'control-label';
  label.textContent = labelText;
  label.htmlFor = id;
  const input = document.createElement('input');
  input.type = 'number';
  input.id = id;
  input.step = '1';
  const note = document.createElement('span');
  note.className = 'control-help';
  note.textContent = help;
  note.id = `${id}-help`;
  input.setAttribute('aria-describedby', note.id);
  wrap.append(label, input, note);
  return { wrap, input };
}
