// RFC 4180: CRLF line ends; a field holding a comma, quote, CR or LF is
// quoted, with quotes doubled. Values are written verbatim — a custody record
// must say exactly what was recorded, so no spreadsheet-formula "escaping".
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(formatCsvField).join(",")).join("\r\n") + (rows.length ? "\r\n" : "");
}

function formatCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
