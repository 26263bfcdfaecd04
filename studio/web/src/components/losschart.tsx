// The live loss curve of a training job, drawn with uPlot (loaded on demand,
// so pages without a chart do not download it).
import { useEffect, useRef } from 'preact/hooks';
import type uPlotType from 'uplot';

export function LossChart({ points }: { points: { step: number; loss: number }[] }) {
  const el = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlotType | undefined>(undefined);
  useEffect(() => {
    let gone = false;
    let resize: (() => void) | undefined;
    (async () => {
      const { default: UPlot } = await import('uplot');
      if (gone || !el.current) return;
      const width = () => Math.max(260, el.current!.clientWidth);
      plot.current = new UPlot(
        {
          width: width(),
          height: 240,
          scales: { x: { time: false } },
          axes: [{ label: 'step' }, { label: 'loss' }],
          series: [{ label: 'step' }, { label: 'loss', stroke: '#4f46e5', width: 2 }],
          legend: { show: true },
        },
        [points.map((p) => p.step), points.map((p) => p.loss)],
        el.current,
      );
      resize = () => plot.current?.setSize({ width: width(), height: 240 });
      window.addEventListener('resize', resize);
    })();
    return () => {
      gone = true;
      if (resize) window.removeEventListener('resize', resize);
      plot.current?.destroy();
      plot.current = undefined;
    };
  }, []);
  useEffect(() => {
    plot.current?.setData([points.map((p) => p.step), points.map((p) => p.loss)]);
  }, [points]);
  return <div class="chart" ref={el} data-testid="loss-chart" />;
}
