// Renders the results that run.mjs measured: the Markdown table (printed and
// written to results.md) and ratios.svg, a horizontal bar chart of beamjs/erts
// per benchmark on a log scale, with a line at 1.0 and the geometric mean.
// It only formats; it never measures.

const ms = (us) => (Number.isFinite(us) ? `${(us / 1000).toFixed(1)} ms` : '—');
const mb = (kb) => (kb > 0 ? `${(kb / 1024).toFixed(0)} MB` : '—');

/** The table with one row per benchmark, then the geometric mean and each failure's output. */
export function markdown(results) {
  const lines = [
    '| benchmark | erts | beamjs | beamjs/erts | erts peak RSS | beamjs peak RSS | result |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of results.rows) {
    const ratio = r.ok ? r.ratio.toFixed(2) : '—';
    const result = r.ok ? 'agree' : `**FAIL**: ${r.failure.reason}`;
    lines.push(
      `| ${r.name} | ${ms(r.erts.medianUs)} | ${ms(r.beamjs.medianUs)} | ${ratio} | ${mb(r.erts.peakKb)} | ${mb(r.beamjs.peakKb)} | ${result} |`,
    );
  }
  lines.push('', summary(results));
  const failed = results.rows.filter((r) => !r.ok);
  if (failed.length > 0) {
    lines.push('', '## Failures');
    for (const r of failed) {
      lines.push('', `### ${r.name}: ${r.failure.reason}`, '', '```', r.failure.output.trimEnd(), '```');
    }
  }
  return lines.join('\n') + '\n';
}

export function summary({ geometricMean, agreeing, rows, runs }) {
  const geo = agreeing > 0 ? geometricMean.toFixed(2) : '—';
  return (
    `geometric mean of beamjs/erts: ${geo} over the ${agreeing} of ${rows.length} benchmarks whose digests agree ` +
    `(medians of ${runs} runs of each program's own time_us)`
  );
}

const TICKS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A log-scale bar per benchmark, starting at 1.0: right of the line beamjs is slower, left faster. */
export function svg(results) {
  const bars = results.rows.map((r) => ({ label: r.name, ratio: r.ok ? r.ratio : null }));
  if (results.agreeing > 0) bars.push({ label: 'geometric mean', ratio: results.geometricMean, mean: true });
  const known = bars.filter((b) => b.ratio !== null).map((b) => b.ratio);
  const lo = TICKS.filter((t) => t <= Math.min(1, ...known) / 1.1).at(-1) ?? TICKS[0];
  const hi = TICKS.find((t) => t >= Math.max(1, ...known) * 1.1) ?? TICKS.at(-1);
  const [left, width, top, rowH] = [150, 520, 40, 22];
  const height = top + bars.length * rowH + 40;
  const x = (v) => left + ((Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * width;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 70}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">beamjs time / erts time (log scale; right of 1.0 is slower)</text>`,
  ];
  for (const t of TICKS.filter((t) => t >= lo && t <= hi)) {
    const tx = x(t).toFixed(1);
    const line = t === 1 ? 'stroke="black" stroke-width="1.5"' : 'stroke="#ddd"';
    out.push(`<line x1="${tx}" y1="${top - 6}" x2="${tx}" y2="${height - 30}" ${line}/>`);
    out.push(`<text x="${tx}" y="${height - 14}" text-anchor="middle" fill="#555">${t}</text>`);
  }
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    const weight = b.mean ? ' font-weight="bold"' : '';
    out.push(`<text x="${left - 8}" y="${y + 15}" text-anchor="end"${weight}>${esc(b.label)}</text>`);
    if (b.ratio === null) {
      out.push(`<text x="${x(1) + 6}" y="${y + 15}" fill="#c00">failed on beamjs</text>`);
      return;
    }
    const [x0, x1] = [x(Math.min(1, b.ratio)), x(Math.max(1, b.ratio))];
    const fill = b.mean ? '#234' : b.ratio > 1 ? '#d2763a' : '#3a9a5b';
    out.push(`<rect x="${x0.toFixed(1)}" y="${y + 3}" width="${Math.max(1, x1 - x0).toFixed(1)}" height="${rowH - 6}" fill="${fill}"/>`);
    const value = b.ratio >= 1 ? `x="${(x1 + 4).toFixed(1)}"` : `x="${(x0 - 4).toFixed(1)}" text-anchor="end"`;
    out.push(`<text ${value} y="${y + 15}"${weight}>${b.ratio.toFixed(2)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
