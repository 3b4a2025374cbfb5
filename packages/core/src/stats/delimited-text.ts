/**
 * RFC 4180 rows: fields split on a delimiter, double-quoted fields may contain delimiters, quotes
 * (written "") and line breaks; CRLF or LF line ends; a UTF-8 byte-order mark is dropped. Blank
 * lines are skipped. Each row carries its 1-based line number for error messages.
 */
export interface DelimitedRow {
  readonly line: number
  readonly fields: string[]
}

export function parseDelimitedText(text: string, delimiter: string): DelimitedRow[] {
  const rows: DelimitedRow[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const endRow = (): void => {
    fields.push(field)
    if (fields.length > 1 || (fields[0] ?? '').length > 0) rows.push({ line: rowLine, fields })
    fields = []
    field = ''
  }
  while (position < text.length) {
    const char = text[position] as string
    if (quoted) {
      if (char === '"') {
        if (text[position + 1] === '"') {
          field += '"'
          position += 2
          continue
        }
        quoted = false
      } else {
        if (char === '\n') line += 1
        field += char
      }
      position += 1
      continue
    }
    if (char === '"' && field.length === 0) {
      quoted = true
    } else if (char === delimiter) {
      fields.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[position + 1] === '\n') position += 1
      endRow()
      line += 1
      rowLine = line
    } else {
      field += char
    }
    position += 1
  }
  if (field.length > 0 || fields.length > 0) endRow()
  return rows
}
