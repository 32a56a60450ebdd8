// Chart.js peer of Salary Explorer's National view, for bench/run.mjs (interactions
// "national" and "locator"). Written the way someone who picks Chart.js would: one horizontal
// chart from data/national.json and data/states.json, the national 10th-90th range with a box
// for the middle half (floating bars) and the median (a scatter point), every national
// percentile labelled and a dashed national-median line (a small plugin); a state <select>
// adds a state's bottom 10% / median / top 10% row (at most 6, each with a remove button);
// typing a salary places it among the percentiles (linear interpolation, as the app) and
// marks it on the chart.
/* global Chart, STATE_NAMES, dollars, loadData, drawVerticalLine, redrawAtHeight, showFailure */
'use strict';

const MAX_STATES = 6; // as in the app
const ROW_HEIGHT = 40;
const CHROME_HEIGHT = 110; // percentile labels, x axis and the salary label

function ordinal(n) {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] || 'th';
  return `${n}${suffix}`;
}

// "58250", "$58,250" or "58.2k" as dollars; null for anything else.
function parseSalary(text) {
  let t = text.trim().replace(/^\$/, '').replace(/,/g, '');
  let multiplier = 1;
  if (/k$/i.test(t)) {
    multiplier = 1000;
    t = t.slice(0, -1).trim();
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const value = Number(t) * multiplier;
  return value > 0 && value <= 10_000_000 ? value : null;
}

// Where `salary` falls among [[percentile, amount], ...]: interpolated between the two
// published percentiles around it, never beyond the first or last.
function placement(salary, points) {
  const [first, last] = [points[0], points[points.length - 1]];
  if (salary < first[1]) return `below the ${ordinal(first[0])} percentile`;
  if (salary > last[1]) return `above the ${ordinal(last[0])} percentile`;
  for (let i = 1; i < points.length; i++) {
    const [p0, a0] = points[i - 1];
    const [p1, a1] = points[i];
    if (salary <= a1) {
      const share = a1 > a0 ? (salary - a0) / (a1 - a0) : 0.5;
      return `about the ${ordinal(Math.round(p0 + share * (p1 - p0)))} percentile (estimate)`;
    }
  }
  return `about the ${ordinal(first[0])} percentile (estimate)`;
}

async function main() {
  const [national, { states }] = await Promise.all(['national.json', 'states.json'].map(loadData));
  const p = national.percentiles;
  const nationalPoints = [[10, p.p10], [25, p.p25], [50, p.median], [75, p.p75], [90, p.p90]];
  const byName = new Map(states.map((s) => [s.state, s]));
  const selected = []; // postal codes, in the order added
  let salary = null;

  const rows = () => [
    { label: 'United States', low: p.p10, median: p.median, high: p.p90, box: [p.p25, p.p75] },
    // A state the source has no figures for gets an empty row, as in the app.
    ...selected.map((code) => {
      const s = byName.get(STATE_NAMES[code]);
      return { label: STATE_NAMES[code], low: s?.bottom_10, median: s?.median, high: s?.top_10, box: null };
    }),
  ];

  const percentileLabels = {
    id: 'percentileLabels',
    afterDatasetsDraw(chart) {
      const { ctx, scales } = chart;
      const top = scales.y.getPixelForValue(0) - ROW_HEIGHT / 2;
      ctx.save();
      ctx.fillStyle = '#1d2433';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      nationalPoints.forEach(([pct, amount], i) => {
        ctx.font = `${pct === 50 ? 'bold ' : ''}12px system-ui, sans-serif`;
        const name = pct === 50 ? 'Median' : ordinal(pct);
        // Alternate lines, so neighbours never collide.
        ctx.fillText(`${name}: ${dollars.format(amount)}`, scales.x.getPixelForValue(amount), top - (i % 2) * 16);
      });
      ctx.restore();
    },
  };
  const lines = {
    id: 'lines',
    afterDatasetsDraw(chart) {
      drawVerticalLine(chart, p.median, { color: '#b45309', dashed: true, label: '' });
      if (salary !== null) drawVerticalLine(chart, salary, { color: '#be185d', dashed: false, label: `You: ${dollars.format(salary)}`, labelBelow: true });
    },
  };

  const box = document.getElementById('chart-box');
  const chart = new Chart(document.getElementById('national-percentiles'), {
    data: { labels: [], datasets: [
      { type: 'bar', label: '10th to 90th percentile', data: [], backgroundColor: '#64748b', barThickness: 3, grouped: false, order: 3 },
      { type: 'bar', label: 'middle half (25th to 75th)', data: [], backgroundColor: '#cbd5e1', borderColor: '#334155', borderWidth: 2, barThickness: 30, grouped: false, order: 2 },
      { type: 'scatter', label: 'median', data: [], backgroundColor: '#1d4ed8', borderColor: '#ffffff', borderWidth: 1, pointRadius: 6, order: 1 },
    ] },
    plugins: [percentileLabels, lines],
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // The app does not animate its chart; an animated peer would only be slower to settle.
      animation: false,
      layout: { padding: { top: 40, bottom: 20 } },
      scales: {
        x: { type: 'linear', beginAtZero: false, ticks: { callback: (v) => `$${Math.round(v / 1000)}k` } },
        y: { type: 'category', grid: { display: false }, ticks: { autoSkip: false } },
      },
      // The percentile labels say what the marks are, as in the app: no legend.
      plugins: { legend: { display: false } },
    },
  });
  const redraw = () => {
    const r = rows();
    chart.data.labels = r.map((x) => x.label);
    chart.data.datasets[0].data = r.map((x) => (x.low === undefined ? null : [x.low, x.high]));
    chart.data.datasets[1].data = r.map((x) => x.box);
    chart.data.datasets[2].data = r.filter((x) => x.median !== undefined).map((x) => ({ x: x.median, y: x.label }));
    // Keep the salary on the axis when it lies outside the data.
    chart.options.scales.x.suggestedMin = salary ?? undefined;
    chart.options.scales.x.suggestedMax = salary ?? undefined;
    redrawAtHeight(chart, box, CHROME_HEIGHT + ROW_HEIGHT * r.length);
  };

  // The locator's results: nationally and in each chosen state.
  const results = document.getElementById('salary-results');
  const showResults = () => {
    if (salary === null) {
      results.textContent = '';
      return;
    }
    const list = document.createElement('ul');
    const line = (lead, text) => {
      const li = list.appendChild(document.createElement('li'));
      li.appendChild(document.createElement('strong')).textContent = lead;
      li.append(text);
    };
    line(`${dollars.format(salary)} nationally: `, placement(salary, nationalPoints));
    for (const code of selected) {
      const s = byName.get(STATE_NAMES[code]);
      line(`In ${STATE_NAMES[code]}: `, s ? placement(salary, [[10, s.bottom_10], [50, s.median], [90, s.top_10]]) : 'no data for this state');
    }
    results.replaceChildren(list);
  };

  // The state picker and the chips of the chosen states.
  const picker = document.getElementById('state-picker');
  for (const [code, name] of Object.entries(STATE_NAMES).sort((a, b) => a[1].localeCompare(b[1]))) {
    picker.add(new Option(byName.has(name) ? name : `${name} (no data)`, code));
  }
  const chips = document.querySelector('.chips');
  const pickerMessage = document.getElementById('picker-message');
  const showChips = () => {
    chips.replaceChildren(...selected.map((code) => {
      const li = document.createElement('li');
      li.className = 'chip';
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.dataset.remove = code;
      remove.setAttribute('aria-label', `Remove ${STATE_NAMES[code]}`);
      remove.textContent = '×';
      li.append(STATE_NAMES[code], remove);
      return li;
    }));
  };
  const changed = () => {
    showChips();
    redraw();
    showResults();
    performance.mark('chart-drawn');
  };
  picker.addEventListener('change', () => {
    const code = picker.value;
    // The menu goes back to its prompt: it adds states, it does not show a choice.
    picker.value = '';
    if (!code || selected.includes(code)) return;
    if (selected.length >= MAX_STATES) {
      pickerMessage.textContent = `At most ${MAX_STATES} states fit on the chart; remove one first.`;
      return;
    }
    pickerMessage.textContent = '';
    selected.push(code);
    changed();
  });
  chips.addEventListener('click', (event) => {
    const code = event.target.closest('[data-remove]')?.dataset.remove;
    if (!code) return;
    selected.splice(selected.indexOf(code), 1);
    pickerMessage.textContent = '';
    changed();
  });

  // The salary locator: every keystroke that leaves a readable amount places it again.
  const field = document.getElementById('salary-input');
  const salaryMessage = document.getElementById('salary-message');
  field.addEventListener('input', () => {
    const text = field.value;
    const value = parseSalary(text);
    if (value === null && text.trim() !== '') {
      // Typing never clears the last good answer until the text is readable or empty.
      salaryMessage.textContent = "Couldn't read that as an amount; type digits, for example 58250 or 58.2k.";
      return;
    }
    salaryMessage.textContent = '';
    salary = value;
    redraw();
    showResults();
    performance.mark('chart-drawn');
  });

  redraw();
  performance.mark('chart-drawn');
}

main().catch(showFailure);
