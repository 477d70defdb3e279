/** Saves text as a file through the browser's download, without a round trip to the server. */
export function downloadCsv(fileName: string, csv: string): void {
  // A byte-order mark makes spreadsheet programs read the UTF-8 (umlauts) correctly.
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
