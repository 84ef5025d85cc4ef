export interface RawRow {
  /** 1-based line number where the row starts in the file (header included), for error messages. */
  line: number;
  cells: string[];
}

/**
 * Splits CSV (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks) or, when the
 * first line has tabs and no commas (or `separator` says so), TSV as pasted from a spreadsheet. Pure
 * and synchronous. Cells are text: nothing is evaluated, so "=HYPERLINK(…)" is just those characters.
 */
export function parseDelimited(input: string, separator?: ',' | '\t'): RawRow[] {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  separator ??= firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
