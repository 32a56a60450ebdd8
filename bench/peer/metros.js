// Chart.js peer of Salary Explorer's Metro areas view, for bench/run.mjs (interaction
// "metros"). Written the way someone who picks Chart.js would: two horizontal bar charts from
// data/metros.json, the ten highest-paying metros (median salary, a tick for the median of
// each state a metro lies in, a dashed line for the US median) and the ten with the most
// people employed, each bar with its figure at its end and a diamond on the metro in both
// lists. A state <select> filters both; a list the filter empties gives way to a message, as
// in the app.
/* global Chart, STATE_NAMES, dollars, loadData, drawVerticalLine, redrawAtHeight, showFailure */
'use strict';

const ROW_HEIGHT = 40; // pixels per metro, as in the app
const CHROME_HEIGHT = 72; // legend and x axis
const count = new Intl.NumberFormat('en-US');

// "Kansas City, MO-KS" -> ['MO', 'KS']
const statesOf = (area) => area.slice(area.lastIndexOf(',') + 1).trim().split('-');

// Each bar's figure, printed just past its end.
const barFigures = (format) => ({
  id: 'barFigures',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const meta = chart.getDatasetMeta(0);
    ctx.save();
    ctx.fillStyle = '#1d2433';
    ctx.font = '12px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    meta.data.forEach((bar, i) => ctx.fillText(format(chart.data.datasets[0].data[i]), bar.x + 6, bar.y));
    ctx.restore();
  },
});

function barChart(canvas, { label, color, format, extraDatasets = [], plugins = [] }) {
  return new Chart(canvas, {
    data: {
      labels: [],
      datasets: [{ type: 'bar', label, data: [], backgroundColor: color, barThickness: 18, order: 2 }, ...extraDatasets],
    },
    plugins: [barFigures(format), ...plugins],
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // The app does not animate its charts; an animated peer would only be slower to settle.
      animation: false,
      layout: { padding: { top: 14, right: 70 } },
      scales: {
        x: { type: 'linear', beginAtZero: true, ticks: { callback: (v) => format(v) } },
        y: { type: 'category', grid: { display: false }, ticks: { autoSkip: false } },
      },
      plugins: { legend: { position: 'top', align: 'start' } },
    },
  });
}

// One list's heading and chart, with the message that takes its place when the filter leaves
// nothing. Returns its canvas, and show(chart, datasets): the function that shows rows on it.
function listFigure({ id, title, description, listName }) {
  const heading = document.createElement('h2');
  heading.textContent = title;
  const figure = document.createElement('figure');
  figure.dataset.chart = id;
  const box = figure.appendChild(document.createElement('div'));
  box.className = 'chart-box';
  const canvas = box.appendChild(document.createElement('canvas'));
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', description);
  const empty = figure.appendChild(document.createElement('p'));
  empty.className = 'empty';
  empty.hidden = true;
  document.getElementById('lists').append(heading, figure);
  const show = (chart, datasets) => (rows, code) => {
    box.hidden = rows.length === 0;
    empty.hidden = rows.length > 0;
    if (rows.length === 0) {
      empty.textContent = `No metro area in ${STATE_NAMES[code]} is on ${listName}.`;
      return;
    }
    chart.data.labels = rows.map((r) => r.label);
    datasets(rows);
    redrawAtHeight(chart, box, CHROME_HEIGHT + ROW_HEIGHT * rows.length);
  };
  return { canvas, show };
}

async function main() {
  const [metros, { states }, national] = await Promise.all(['metros.json', 'states.json', 'national.json'].map(loadData));
  const codeOf = new Map(Object.entries(STATE_NAMES).map(([code, name]) => [name, code]));
  const stateMedian = new Map(states.map((s) => [codeOf.get(s.state), s.median]));
  const usMedian = national.percentiles.median;
  const inPay = new Set(metros.highest_paying.rows.map((r) => r.area));
  const inJobs = new Set(metros.most_employment.rows.map((r) => r.area));
  const row = (r, figure) => ({
    area: r.area,
    label: inPay.has(r.area) && inJobs.has(r.area) ? `◆ ${r.area}` : r.area,
    states: statesOf(r.area),
    figure,
  });
  const payRows = metros.highest_paying.rows.map((r) => row(r, r.median));
  const jobsRows = metros.most_employment.rows.map((r) => row(r, r.employment));

  const usMedianLine = {
    id: 'usMedianLine',
    afterDatasetsDraw: (chart) => drawVerticalLine(chart, usMedian, { color: '#b45309', dashed: true, label: `US median ${dollars.format(usMedian)}` }),
  };
  const payList = listFigure({
    id: 'metro-pay',
    title: 'Highest-paying metro areas',
    description: 'Bar chart of the highest-paying metro areas by median salary, with the median of each state they lie in and the US median.',
    listName: 'the highest-paying list',
  });
  const jobsList = listFigure({
    id: 'metro-jobs',
    title: 'Metro areas with the most jobs',
    description: 'Bar chart of the metro areas employing the most people in this job.',
    listName: 'the most-employment list',
  });
  const payChart = barChart(payList.canvas, {
    label: 'median salary',
    color: '#1d4ed8',
    format: (v) => dollars.format(v),
    extraDatasets: [{
      type: 'scatter', label: 'median of the state', data: [], pointStyle: 'line', rotation: 90,
      radius: 10, borderWidth: 3, borderColor: '#1d2433', order: 1,
    }],
    plugins: [usMedianLine],
  });
  const jobsChart = barChart(jobsList.canvas, {
    label: 'people employed',
    color: '#0f766e',
    format: (v) => count.format(v),
  });
  const showPay = payList.show(payChart, (rows) => {
    payChart.data.datasets[0].data = rows.map((r) => r.figure);
    payChart.data.datasets[1].data = rows.flatMap((r) =>
      r.states.filter((c) => stateMedian.has(c)).map((c) => ({ x: stateMedian.get(c), y: r.label })));
  });
  const showJobs = jobsList.show(jobsChart, (rows) => {
    jobsChart.data.datasets[0].data = rows.map((r) => r.figure);
  });

  const menu = document.getElementById('metro-state');
  const codes = [...new Set([...payRows, ...jobsRows].flatMap((r) => r.states))].sort();
  for (const code of codes) menu.add(new Option(`${STATE_NAMES[code]} (${code})`, code));
  const counts = document.querySelector('.metro-counts');

  const show = (code) => {
    const pay = payRows.filter((r) => !code || r.states.includes(code));
    const jobs = jobsRows.filter((r) => !code || r.states.includes(code));
    showPay(pay, code);
    showJobs(jobs, code);
    counts.textContent = code
      ? `Showing ${pay.length} of ${payRows.length} highest-paying and ${jobs.length} of ${jobsRows.length} most-employment metro areas in ${STATE_NAMES[code]}.`
      : '';
    performance.mark('chart-drawn');
  };
  menu.addEventListener('change', () => show(menu.value));
  show('');
}

main().catch(showFailure);
