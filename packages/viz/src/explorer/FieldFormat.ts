/** How a control's number field shows and reads its value (default: the value itself). */
export interface FieldFormat {
  readonly format: (value: number) => string;
  /** Text → slider value; NaN when unreadable. */
  readonly parse: (text: string) => number;
  /** Input mode of the text field. */
  readonly inputMode?: 'decimal' | 'text';
}
