// A chart as SVG, drawn at build time: the share image (PNG via resvg) and the small charts of the
// home page's cards. No browser and no JavaScript needed to see it.
import type { ChartData } from './chart-data.ts';

export interface SvgOptions {
  width: number;
  height: number;
  type: 'line' | 'bar';
  /** Text drawn on the chart (null draws none: small cards carry their text in HTML). */
  title: string | null;
  subtitle?: string | null;
  /** Axis labels under bars/points. */
  labels: boolean;
  background?: string;
}

// Okabe–Ito blue and vermillion: distinguishable in every common colour-vision deficiency.
const INK = '#0072B2';
const ACCENT = '#D55E00';
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function chartSvg(data: ChartData, o: SvgOptions): string {
  const top = o.title ? 70 : 8;
  const bottom = o.labels ? 56 : 8;
  const left = o.labels ? 70 : 8;
  const right = 16;
  const w = o.width - left - right;
  const h = o.height - top - bottom;
  const max = Math.max(0, ...data.values);
  const min = Math.min(0, ...data.values);
  const span = max - min || 1;
  const y = (v: number) => top + h - ((v - min) / span) * h;
  const n = data.values.length;
  const parts: string[] = [];
  parts.push(`<rect width="${o.width}" height="${o.height}" fill="${o.background ?? '#ffffff'}"/>`);
  if (o.title) {
    parts.push(`<text x="${left}" y="34" font-size="26" font-family="DejaVu Sans, sans-serif" fill="#1d1d1f">${escape(o.title)}</text>`);
    if (o.subtitle) parts.push(`<text x="${left}" y="58" font-size="16" font-family="DejaVu Sans, sans-serif" fill="#5a5a60">${escape(o.subtitle)}</text>`);
  }
  parts.push(`<line x1="${left}" y1="${y(0)}" x2="${left + w}" y2="${y(0)}" stroke="#888" stroke-width="1"/>`);
  if (o.labels) {
    parts.push(`<text x="${left - 8}" y="${y(max) + 5}" font-size="14" text-anchor="end" font-family="DejaVu Sans, sans-serif" fill="#5a5a60">${escape(String(max))}</text>`);
  }
  if (n > 0 && o.type === 'bar') {
    const slot = w / n;
    const bw = Math.max(2, slot * 0.6);
    data.values.forEach((v, i) => {
      const x = left + i * slot + (slot - bw) / 2;
      const y0 = y(Math.max(0, v));
      const bh = Math.max(1, Math.abs(y(v) - y(0)));
      const conflict = (data.points[i]?.conflictsWith.length ?? 0) > 0;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y0.toFixed(1)}" width="${bw.toFixed(1)}" height="${bh.toFixed(1)}" fill="${conflict ? ACCENT : INK}"/>`);
    });
  } else if (n > 0) {
    const x = (i: number) => left + (n === 1 ? w / 2 : (i / (n - 1)) * w);
    const path = data.values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(`<path d="${path}" fill="none" stroke="${INK}" stroke-width="${o.labels ? 4 : 2.5}"/>`);
    data.values.forEach((v, i) =>
      parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="${o.labels ? 6 : 3}" fill="${(data.points[i]?.conflictsWith.length ?? 0) > 0 ? ACCENT : INK}"/>`),
    );
  }
  if (o.labels && n > 0) {
    const slot = w / n;
    const step = Math.ceil(n / 8);
    data.labels.forEach((label, i) => {
      if (i % step !== 0) return;
      const x = o.type === 'bar' ? left + i * slot + slot / 2 : left + (n === 1 ? w / 2 : (i / (n - 1)) * w);
      parts.push(`<text x="${x.toFixed(1)}" y="${top + h + 22}" font-size="14" text-anchor="middle" font-family="DejaVu Sans, sans-serif" fill="#5a5a60">${escape(label)}</text>`);
    });
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}">${parts.join('')}</svg>`;
}
