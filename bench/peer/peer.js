// Chart.js peer of Salary Explorer's States range chart, for bench/run.mjs.
// Written the way someone who picks Chart.js would: a floating horizontal bar per state
// (bottom 10% to top 10%), a scatter dataset for the medians, a small plugin for the
// national-median line, and region buttons that filter the rows and update the chart.
// It loads the same data file the app embeds (data/states.json, served beside this page).
/* global Chart */
'use strict';

const NATIONAL_MEDIAN = 58250;
const ROW_HEIGHT = 20; // pixels per state, as in the app
const CHROME_HEIGHT = 64; // legend and x axis

// Census regions, by state name as data/states.json spells it.
const REGIONS = {
  northeast: ['Connecticut', 'Maine', 'Massachusetts', 'New Hampshire', 'Rhode Island', 'Vermont',
    'New Jersey', 'New York', 'Pennsylvania'],
  midwest: ['Illinois', 'Indiana', 'Michigan', 'Ohio', 'Wisconsin', 'Iowa', 'Kansas', 'Minnesota',
    'Missouri', 'Nebraska', 'North Dakota', 'South Dakota'],
  south: ['Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Maryland', 'North Carolina',
    'South Carolina', 'Virginia', 'West Virginia', 'Alabama', 'Kentucky', 'Mississippi', 'Tennessee',
    'Arkansas', 'Louisiana', 'Oklahoma', 'Texas'],
  west: ['Arizona', 'Colorado', 'Idaho', 'Montana', 'Nevada', 'New Mexico', 'Utah', 'Wyoming',
    'Alaska', 'California', 'Hawaii', 'Oregon', 'Washington'],
};
const REGION_OF = new Map();
for (const [region, names] of Object.entries(REGIONS)) {
  for (const name of names) REGION_OF.set(name, region);
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

// Draws the dashed national-median line over the bars.
const nationalMedianLine = {
  id: 'nationalMedianLine',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea, scales } = chart;
    const x = scales.x.getPixelForValue(NATIONAL_MEDIAN);
    ctx.save();
    ctx.strokeStyle = '#b45309';
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 4]);
    ctx.beginPath();
    ctx.moveTo(x, chartArea.top);
    ctx.lineTo(x, chartArea.bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = '#b45309';
    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'bottom';
    ctx.fillText(`US median ${dollars.format(NATIONAL_MEDIAN)}`, x + 4, chartArea.top - 2);
    ctx.restore();
  },
};

function visibleRows(states, region) {
  return states
    .filter((s) => region === 'all' || REGION_OF.get(s.state) === region)
    .sort((a, b) => b.median - a.median || a.state.localeCompare(b.state));
}

function chartData(rows) {
  return {
    labels: rows.map((s) => s.state),
    datasets: [
      {
        type: 'bar',
        label: 'bottom 10% to top 10%',
        data: rows.map((s) => [s.bottom_10, s.top_10]),
        backgroundColor: '#64748b',
        barThickness: 3,
        order: 2,
      },
      {
        type: 'scatter',
        label: 'median',
        data: rows.map((s) => ({ x: s.median, y: s.state })),
        backgroundColor: '#1d4ed8',
        borderColor: '#ffffff',
        borderWidth: 1,
        pointRadius: 5,
        pointHoverRadius: 6,
        order: 1,
      },
    ],
  };
}

function boxHeight(rows) {
  return `${CHROME_HEIGHT + ROW_HEIGHT * Math.max(rows.length, 1)}px`;
}

async function main() {
  const response = await fetch('states.json');
  if (!response.ok) throw new Error(`states.json: HTTP ${response.status}`);
  const { states } = await response.json();
  for (const s of states) {
    if (!REGION_OF.has(s.state)) throw new Error(`states.json: no Census region for "${s.state}"`);
  }

  const box = document.getElementById('chart-box');
  const canvas = document.getElementById('state-ranges');
  let rows = visibleRows(states, 'all');
  box.style.height = boxHeight(rows);

  const chart = new Chart(canvas, {
    data: chartData(rows),
    plugins: [nationalMedianLine],
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // The app does not animate its chart; an animated peer would only be slower to settle.
      animation: false,
      layout: { padding: { top: 14 } },
      scales: {
        x: {
          type: 'linear',
          beginAtZero: false, // fit the wages, as the app's axis does
          ticks: { callback: (v) => `$${Math.round(v / 1000)}k` },
        },
        y: { type: 'category', grid: { display: false }, ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { position: 'top', align: 'start' },
        tooltip: {
          callbacks: {
            label(item) {
              const s = rows[item.dataIndex];
              return `bottom 10% ${dollars.format(s.bottom_10)}, median ${dollars.format(s.median)}, top 10% ${dollars.format(s.top_10)}`;
            },
          },
        },
      },
    },
  });
  performance.mark('chart-drawn');

  const buttons = document.querySelectorAll('[data-filter-region]');
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const region = button.dataset.filterRegion;
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
      rows = visibleRows(states, region);
      const next = chartData(rows);
      chart.data.labels = next.labels;
      chart.data.datasets[0].data = next.datasets[0].data;
      chart.data.datasets[1].data = next.datasets[1].data;
      box.style.height = boxHeight(rows);
      // Take the new height now rather than on the ResizeObserver's next tick (which would
      // first paint the new rows squeezed into the old height). resize() redraws only when
      // the size changed, so update() when it did not.
      const before = chart.height;
      chart.resize();
      if (chart.height === before) chart.update();
      performance.mark('chart-drawn');
    });
  }
}

main().catch((err) => {
  console.error(err);
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = `Could not draw the chart: ${err.message}`;
  document.body.append(p);
});
