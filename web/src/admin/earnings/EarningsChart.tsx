import type { Chart } from 'chart.js';
import { useEffect, useRef } from 'react';

export interface Series {
  label: string;
  /** The bar colour: one per service, the same in every currency's chart. */
  color: string;
  /** Decimal strings of the major unit ("2500.50"), as the table beside the chart shows them. */
  values: string[];
}

/**
 * A bar chart of commission per period. Chart.js is loaded only when this renders (the admin's
 * earnings page), so no other page carries it. A chart is a picture: the exact figures are the table's.
 */
export function EarningsChart({ labels, series, title }: { labels: string[]; series: Series[]; title: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: Chart | undefined;
    let cancelled = false;
    void import('chart.js/auto').then(({ default: ChartJs }) => {
      if (cancelled || !canvas.current) return;
      chart = new ChartJs(canvas.current, {
        type: 'bar',
        // Chart.js reads the decimal strings itself to place the bars; this code does no arithmetic on them.
        data: { labels, datasets: series.map((s) => ({ label: s.label, backgroundColor: s.color, data: s.values as unknown as number[] })) },
        options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { title: { display: true, text: title } } },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [labels, series, title]);
  return (
    <div style={{ position: 'relative', height: 280 }}>
      <canvas ref={canvas} role="img" aria-label={`${title}; the same figures are in the table`} />
    </div>
  );
}
