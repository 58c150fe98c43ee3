// Renders every element with data-chart (JSON {labels, percentages}) as a bar chart with ECharts.
// No inline script anywhere: the page's CSP allows only scripts from our own origin.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: element.hasAttribute('data-no-animation') ? false : true,
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: data.labels, axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{ type: 'bar', data: data.percentages, itemStyle: { color: '#0b5d50' },
                 label: { show: true, position: 'right', formatter: '{c}%' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
