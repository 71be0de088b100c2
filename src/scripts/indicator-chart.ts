// The indicator page's interactive chart. Registers only the chart.js parts it uses; keeps the
// reader's choices (place, view, chart type) in the URL so a shared link shows what they saw.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { IndicatorSeries } from '../pipeline/aggregate.ts';
import { chartData, choiceFromQuery, choiceToQuery, type ChartChoice } from '../lib/chart-data.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);

const INK = '#0072B2';
const INK_DARK = '#56B4E9';
const ACCENT = '#D55E00';

function draw(root: HTMLElement): void {
  const source = root.querySelector<HTMLScriptElement>('script[type="application/json"]');
  const canvas = root.querySelector<HTMLCanvasElement>('canvas');
  if (!source?.textContent || !canvas) return;
  const series = JSON.parse(source.textContent) as IndicatorSeries;
  let choice: ChartChoice = choiceFromQuery(series, new URLSearchParams(location.search));
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  const style = getComputedStyle(document.body);
  // The page's own fonts: Chinese labels drawn in chart.js's default Latin stack go through the
  // system's font fallback, and look unlike the text around them.
  Chart.defaults.font.family = style.fontFamily;
  const text = style.color;
  const grid = style.getPropertyValue('--border').trim() || '#ccc';
  let chart: Chart | undefined;

  const render = () => {
    const data = chartData(series, choice);
    chart?.destroy();
    const colours = data.points.map((p) => (p.conflictsWith.length ? ACCENT : dark ? INK_DARK : INK));
    chart = new Chart(canvas, {
      type: choice.type,
      data: {
        labels: data.labels,
        datasets: [{ label: `${data.title}（${data.axis}）`, data: data.values, backgroundColor: colours, borderColor: dark ? INK_DARK : INK, pointBackgroundColor: colours }],
      },
      options: {
        // Drawn at once: an animation's frames cost a phone's main thread a second and show nothing new.
        animation: false,
        maintainAspectRatio: false,
        color: text,
        scales: {
          x: { ticks: { color: text }, grid: { color: grid } },
          y: { beginAtZero: true, ticks: { color: text }, grid: { color: grid }, title: { display: true, text: data.axis, color: text } },
        },
      },
    });
    root.querySelector<HTMLElement>('[data-chart-title]')!.textContent = `${data.title}（${data.axis}）`;
  };

  const place = root.querySelector<HTMLSelectElement>('select[name="place"]');
  const view = root.querySelector<HTMLSelectElement>('select[name="view"]');
  const type = root.querySelector<HTMLSelectElement>('select[name="chart"]');
  const sync = () => {
    if (place && choice.region) place.value = choice.region;
    if (view) view.value = choice.kind;
    if (type) type.value = choice.type;
    if (place) place.disabled = choice.kind !== 'time';
  };
  const update = () => {
    const q = new URLSearchParams();
    if (view?.value) q.set('view', view.value);
    if (place?.value && view?.value === 'time') q.set('place', place.value);
    if (type?.value) q.set('chart', type.value);
    choice = choiceFromQuery(series, q);
    history.replaceState(null, '', `${location.pathname}${choiceToQuery(series, choice)}${location.hash}`);
    sync();
    render();
  };
  for (const el of [place, view, type]) el?.addEventListener('change', update);
  root.classList.add('chart-live');
  sync();
  render();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-indicator-chart]')) draw(root);
