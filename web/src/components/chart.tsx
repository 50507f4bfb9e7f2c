/** An ECharts chart in a div; the library loads with the first chart. */
import { useEffect, useRef } from 'preact/hooks';

export function Chart({ option, height = 320, label }: { option: Record<string, unknown>; height?: number; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: { setOption: (o: unknown, notMerge?: boolean) => void; dispose: () => void; resize: () => void } | null = null;
    let live = true;
    const onResize = (): void => chart?.resize();
    void import('../charts').then(({ echarts }) => {
      if (!live || !el.current) return;
      chart = echarts.init(el.current);
      chart.setOption(option, true);
      el.current.dataset.ready = 'true';
      addEventListener('resize', onResize);
    });
    return () => {
      live = false;
      removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [JSON.stringify(option)]);
  return <div ref={el} class="chart" style={{ height: `${height}px` }} role="img" aria-label={label} />;
}
