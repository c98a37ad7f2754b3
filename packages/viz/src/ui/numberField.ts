/**
 * A labelled field with a help line that the input names as its description: by default a number input (type
 * number, step 1: its arrows step by whole numbers); `text` for a value a number input cannot hold, such as a list
 * (`25x2, 5x6`) or a number spelt freely (`Infinity`), which the caller parses.
 * @param id - the input's id (the help line's is `${id}-help`)
 * @param labelText - the visible label
 * @param help - the help line under the field
 * @param type - the input's type: `number` (default, with step 1) or `text`
 * @returns the wrapper (class `field`) and the input
 */
export function numberField(id: string, labelText: string, help: string, type: 'number' | 'text' = 'number'): { wrap: HTMLElement; input: HTMLInputElement } {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const label = document.createElement('label');
  label.className = 'control-label';
  label.textContent = labelText;
  label.htmlFor = id;
  const input = document.createElement('input');
  input.type = type;
  input.id = id;
  if (type === 'number') input.step = '1';
  const note = document.createElement('span');
  note.className = 'control-help';
  note.textContent = help;
  note.id = `${id}-help`;
  input.setAttribute('aria-describedby', note.id);
  wrap.append(label, input, note);
  return { wrap, input };
}
