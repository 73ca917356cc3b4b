/**
 * Text from the specs (names, file names, values) goes into messages and
 * tables that a terminal shows. A control character in it would act instead
 * of being shown: ESC starts a terminal escape (colours, clearing the screen,
 * retitling the window), a newline or carriage return forges a line of
 * vmlab's own output, NUL and bidi overrides hide what follows. Each one is
 * shown as its escape instead, `\u001b`, as JSON would write it.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/** The same, but the newlines and tabs of vmlab's own multi-line text are kept. */
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line of text, safe to print: every control character escaped, newlines too. */
export function printable(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** vmlab's own text of several lines (a plan, a table): control characters escaped, newlines and tabs kept. */
export function printableLines(text: string): string {
  return text.replace(CONTROL_BUT_LAYOUT, escaped);
}
