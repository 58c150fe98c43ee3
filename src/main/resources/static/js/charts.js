// Renders every element with data-chart as an ECharts chart. JSON shapes:
//   {labels, percentages}                 progress per commitment (bars up to 100%)
//   {kind: 'bars', labels, values, name}  a ranking (horizontal bars)
//   {kind: 'trend', labels, series: [{name, values}]}  figures per year (lines)
// No inline script anywhere: the page's CSP allows only scripts from our own origin.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var brand = '#0b5d50';
  function options(data, animation) {
    var grid = { left: 8, right: 24, top: 8, bottom: 8, containLabel: true };
    if (data.kind === 'trend') {
      return {
        animation: animation, grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis' },
        legend: { type: 'scroll', top: 0 },
        xAxis: { type: 'category', data: data.labels },
        yAxis: { type: 'value' },
        series: data.series.map(function (s) { return { type: 'line', name: s.name, data: s.values }; })
      };
    }
    if (data.kind === 'bars') {
      return {
        animation: animation, grid: grid, tooltip: {},
        xAxis: { type: 'value' },
        yAxis: { type: 'category', inverse: true, data: data.labels, axisLabel: { width: 140, overflow: 'truncate' } },
        series: [{ type: 'bar', name: data.name, data: data.values, itemStyle: { color: brand } }]
      };
    }
    return {
      animation: animation, grid: grid,
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: data.labels, axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{ type: 'bar', data: data.percentages, itemStyle: { color: brand },
                 label: { show: true, position: 'right', formatter: '{c}%' } }]
    };
  }
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(options(data, !element.hasAttribute('data-no-animation')));
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
