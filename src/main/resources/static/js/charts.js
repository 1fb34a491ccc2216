// Charts drawn from the JSON in a canvas's data-chart attribute (no inline script: the CSP forbids it).
(function () {
  'use strict';
  var BLUE = '#0031D8', GREY = '#626264', ORANGE = '#C74700';

  function kpiChart(canvas, data) {
    var c = data.chart;
    var horizontal = function (value) {
      return c.labels.map(function () { return value; });
    };
    var datasets = [{
      label: data.names.actual, data: c.actuals, borderColor: BLUE, backgroundColor: BLUE,
      spanGaps: true, tension: 0, pointRadius: 4
    }];
    if (c.baseline !== null) {
      datasets.push({ label: data.names.baseline + ' ' + c.baselineLabel, data: horizontal(c.baseline),
        borderColor: GREY, borderDash: [4, 4], pointRadius: 0, borderWidth: 1.5 });
    }
if (c.milestones.length > 0) {
      datasets.push({ label: data.names.milestone, data: c.milestones, borderColor: '#197A4B', backgroundColor: '#197A4B',
        borderDash: [2, 3], pointStyle: 'rectRot', pointRadius: 5, spanGaps: true, stepped: false, tension: 0 });
    }
    if (c.target !== null) {
      datasets.push({ label: data.names.target + ' ' + c.targetLabel, data: horizontal(c.target),
        borderColor: ORANGE, borderDash: [8, 4], pointRadius: 0, borderWidth: 1.5 });
    }
    return new Chart(canvas, {
      type: 'line',
      data: { labels: c.labels.map(function (l, i) { return [l, String(c.westernYears[i])]; }), datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { title: { display: c.unit !== '', text: c.unit } } }
      }
    });
  }

  function summaryChart(canvas, data) {
    var palette = ['#0031D8', '#4979F5', '#9DB7F9', '#C74700', '#FF7628'];
    var graded = 0;
    var colours = data.codes.map(function (code) {
      if (code === 'pending') { return '#B4B4B7'; }
      if (code === 'none') { return '#E6E6E6'; }
      return palette[graded++ % palette.length];
    });
    return new Chart(canvas, {
      type: 'pie',
      data: { labels: data.labels, datasets: [{ data: data.counts, backgroundColor: colours }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'right' } } }
    });
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    if (typeof Chart === 'undefined') { return; }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    canvas.chart = data.type === 'kpi' ? kpiChart(canvas, data) : summaryChart(canvas, data);
    canvas.setAttribute('data-chart-ready', 'true');
  });
}());
