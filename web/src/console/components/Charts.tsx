// Small SVG charts with accessible names (role="img", <title> and <desc>) and the numbers in a
// table beside them for screen readers and for people who prefer reading.
import { useId } from "preact/hooks";

export interface Bar {
  label: string;
  value: number;
  /** A second stacked value (e.g. sessions needing attention within all sessions). */
  part?: number;
}

const COLORS = { main: "#0b5394", part: "#c0392b", grid: "#d5dbe3" };

function niceMax(max: number) {
  if (max <= 5) return Math.max(1, max);
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / magnitude) * magnitude;
}

function NumbersTable({ caption, bars, valueLabel, partLabel }: { caption: string; bars: Bar[]; valueLabel: string; partLabel?: string }) {
  return (
    <details>
      <summary>Show the numbers</summary>
      <table>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">{valueLabel}</th>
            {partLabel && <th scope="col">{partLabel}</th>}
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <td>{b.label}</td>
              <td>{b.value}</td>
              {partLabel && <td>{b.part ?? 0}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Vertical bars over time (one per day), with an optional stacked part in red. */
export function ColumnChart({ title, description, bars, valueLabel, partLabel }: { title: string; description: string; bars: Bar[]; valueLabel: string; partLabel?: string }) {
  const id = useId();
  const width = 900;
  const height = 240;
  const pad = { left: 36, right: 8, top: 12, bottom: 42 };
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const step = (width - pad.left - pad.right) / Math.max(1, bars.length);
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - v / max);
  const ticks = [0, max / 2, max].map((v) => Math.round(v * 10) / 10);
  return (
    <figure class="chart-figure">
      <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} stroke={COLORS.grid} />
            <text x={pad.left - 6} y={y(t) + 4} text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = pad.left + i * step + step * 0.15;
          const w = step * 0.7;
          return (
            <g key={b.label}>
              <rect x={x} y={y(b.value)} width={w} height={y(0) - y(b.value)} fill={COLORS.main}>
                <title>{`${b.label}: ${b.value} ${valueLabel.toLowerCase()}${partLabel ? `, ${b.part ?? 0} ${partLabel.toLowerCase()}` : ""}`}</title>
              </rect>
              {b.part ? <rect x={x} y={y(b.part)} width={w} height={y(0) - y(b.part)} fill={COLORS.part} /> : null}
              {(bars.length <= 14 || i % Math.ceil(bars.length / 14) === 0) && (
                <text x={x + w / 2} y={height - pad.bottom + 16} text-anchor="middle">
                  {new Date(`${b.label}T00:00:00Z`).toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" })}
                </text>
              )}
            </g>
          );
        })}
        <line class="axis" x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} />
      </svg>
      <ul class="legend" aria-hidden="true">
        <li>
          <span class="swatch" style={{ background: COLORS.main }} />
          {valueLabel}
        </li>
        {partLabel && (
          <li>
            <span class="swatch" style={{ background: COLORS.part }} />
            {partLabel}
          </li>
        )}
      </ul>
      <NumbersTable caption={title} bars={bars} valueLabel={valueLabel} partLabel={partLabel} />
    </figure>
  );
}

/** Horizontal bars with their labels, for ranked lists (knowledge gaps, agents). */
export function BarList({ title, description, bars, valueLabel }: { title: string; description: string; bars: Bar[]; valueLabel: string }) {
  const id = useId();
  const row = 34;
  const width = 640;
  const labelWidth = 300;
  const height = Math.max(row, bars.length * row) + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const truncate = (s: string) => (s.length > 46 ? `${s.slice(0, 45)}…` : s);
  return (
    <figure class="chart-figure">
      <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {bars.map((b, i) => {
          const w = ((width - labelWidth - 50) * b.value) / max;
          return (
            <g key={b.label} transform={`translate(0 ${i * row + 4})`}>
              <text x={0} y={row / 2 + 4}>
                {truncate(b.label)}
                <title>{b.label}</title>
              </text>
              <rect x={labelWidth} y={6} width={Math.max(2, w)} height={row - 12} fill={COLORS.main} rx={3} />
              <text x={labelWidth + w + 6} y={row / 2 + 4}>
                {b.value}
              </text>
            </g>
          );
        })}
      </svg>
      <NumbersTable caption={title} bars={bars} valueLabel={valueLabel} />
    </figure>
  );
}

/** A single proportion as a ring, e.g. the share of reported items that need attention. */
export function ShareRing({ title, description, part, total, partLabel }: { title: string; description: string; part: number; total: number; partLabel: string }) {
  const id = useId();
  const share = total ? part / total : 0;
  const r = 60;
  const c = 2 * Math.PI * r;
  return (
    <figure class="chart-figure" style={{ textAlign: "center" }}>
      <svg class="chart" viewBox="0 0 200 170" role="img" aria-labelledby={`${id}-t ${id}-d`} style={{ maxWidth: "260px" }}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        <circle cx={100} cy={80} r={r} fill="none" stroke={COLORS.grid} stroke-width={22} />
        <circle cx={100} cy={80} r={r} fill="none" stroke={COLORS.part} stroke-width={22} stroke-dasharray={`${c * share} ${c}`} transform="rotate(-90 100 80)" />
        <text x={100} y={88} text-anchor="middle" style={{ fontSize: "26px", fontWeight: 700 }}>
          {Math.round(share * 100)}%
        </text>
        <text x={100} y={163} text-anchor="middle">
          {part} of {total} {partLabel}
        </text>
      </svg>
    </figure>
  );
}
