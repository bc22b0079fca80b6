import type { ComposeOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import { BarChart } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the network page draws: bars on a grid, drawn as SVG. The SVG renderer
// styles through presentation attributes and the CSSOM, which the strict CSP allows.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** Colours with at least 3:1 contrast on white, told apart by more than hue. */
export const chartColours = ['#0b5c8a', '#b3541e', '#2e7d32', '#6a3d9a'];

export function Chart({
  option,
  label,
  height,
}: {
  option: ChartOption;
  label: string;
  height: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        color: chartColours,
        animation: false,
        // Tooltips as SVG text, never HTML: company names are someone else's words.
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        ...option,
      },
      true,
    );
  }, [option]);

  return <div ref={container} className="chart" role="img" aria-label={label} style={{ height }} />;
}
