/** Number formatting and a plain-text table for the benchmark's console output. */
export function kb(bytes: number, digits = 1): string {
  return `${(bytes / 1024).toFixed(digits)} KB`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** Figures that were not measured (NaN) print as a dash. */
export function seconds(ms: number, digits = 1): string {
  return Number.isNaN(ms) ? '-' : `${(ms / 1000).toFixed(digits)} s`;
}

export function ms(value: number, digits = 1): string {
  return Number.isNaN(value) ? '-' : `${value.toFixed(digits)} ms`;
}

/** Columns padded to their widest cell; numbers-looking cells right-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const numeric = /^[-+]?[0-9.,]+(?:\s?[a-zA-Z/%]+)?$/;
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return numeric.test(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
