// Renders every element with data-chart as an ECharts chart. JSON shapes:
//   {labels, percentages}                 progress per commitment (bars up to 100%)
//   {kind: 'bars', labels, values, name}  a ranking (horizontal bars)
//   {kind: 'trend', labels, series: [{name, values}]}  figures per year (lines)
// Under our CSP (style-src 'self') nothing may set a style attribute or insert a <style>: the canvas renderer
// draws without them, and tooltips are drawn as rich text on the canvas instead of HTML with inline styles.
// Numbers are written the Dutch way (20.000; 1,5 mln on a narrow axis); long names are shortened on the axis
// and shown whole in the tooltip. Narrow screens (phones) get fewer axis ticks and a legend below the chart.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var brand = '#0b5d50';
  var palette = [brand, '#3d6fb6', '#b35c00', '#7a4fa3', '#2f7d32', '#a2324c', '#5c6b7a'];
  var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL';
  var whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  var compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  var wholeNumber = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  function number(value) { return whole.format(value); }
  function axisNumber(value) { return Math.abs(value) >= 10000 ? compact.format(value) : whole.format(value); }
  function percent(value) { return whole.format(value) + '%'; }
  function shorten(text, max) { return text.length > max ? text.slice(0, max - 1) + '…' : text; }

  function options(data, width, animation) {
    var narrow = width < 480;
    // Room for category names: about a third of a phone, at most 12 rem on a desktop.
    var labelWidth = Math.round(Math.min(260, Math.max(90, width * (narrow ? 0.34 : 0.3))));
    var tooltip = { renderMode: 'richText', confine: true, valueFormatter: number };
    if (data.kind === 'trend') {
      var rows = narrow ? Math.min(3, data.series.length) : 1;
      return {
        animation: animation, color: palette,
        grid: { left: 8, right: 16, top: 12, bottom: narrow ? 24 + rows * 22 : 36, containLabel: true },
        tooltip: Object.assign({ trigger: 'axis' }, tooltip),
        legend: { type: 'scroll', bottom: 0, left: 0, right: 0, itemGap: 12, formatter: function (name) { return shorten(name, narrow ? 18 : 32); },
                  tooltip: { show: true, renderMode: 'richText' } },
        xAxis: { type: 'category', data: data.labels, boundaryGap: false, axisLabel: { hideOverlap: true } },
        yAxis: { type: 'value', splitNumber: narrow ? 3 : 5, axisLabel: { formatter: axisNumber, hideOverlap: true } },
        series: data.series.map(function (s) { return { type: 'line', name: s.name, data: s.values, symbolSize: 6 }; })
      };
    }
    var category = {
      type: 'category', inverse: true, data: data.labels,
      // ECharts measures the text: a name wider than its room ends in an ellipsis, the tooltip shows it whole.
      axisLabel: { width: labelWidth, overflow: 'truncate', ellipsis: '…', interval: 0 },
      triggerEvent: true
    };
    if (data.kind === 'bars') {
      return {
        animation: animation, color: palette,
        grid: { left: 8, right: narrow ? 52 : 64, top: 8, bottom: 8, containLabel: true },
        tooltip: Object.assign({ trigger: 'item' }, tooltip),
        xAxis: { type: 'value', splitNumber: narrow ? 2 : 4, axisLabel: { formatter: axisNumber, hideOverlap: true } },
        yAxis: category,
        series: [{ type: 'bar', name: data.name, data: data.values, itemStyle: { color: brand },
                   label: { show: true, position: 'right', formatter: function (p) { return wholeNumber.format(p.value); } } }]
      };
    }
    return {
      animation: animation, color: palette,
      grid: { left: 8, right: narrow ? 44 : 56, top: 8, bottom: 8, containLabel: true },
      tooltip: Object.assign({ trigger: 'item' }, tooltip, { valueFormatter: percent }),
      xAxis: { type: 'value', max: 100, splitNumber: narrow ? 2 : 4, axisLabel: { formatter: percent, hideOverlap: true } },
      yAxis: category,
      series: [{ type: 'bar', data: data.percentages, itemStyle: { color: brand },
                 label: { show: true, position: 'right', formatter: function (p) { return percent(p.value); } } }]
    };
  }

  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var animation = !element.hasAttribute('data-no-animation') && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var width = element.clientWidth;
    chart.setOption(options(data, width, animation));
    element.setAttribute('data-chart-drawn', 'true');
    var pending;
    window.addEventListener('resize', function () {
      clearTimeout(pending);
      pending = setTimeout(function () {
        if (element.clientWidth !== width) {
          width = element.clientWidth;
          chart.setOption(options(data, width, false), true);
        }
        chart.resize();
      }, 100);
    });
  });
});
