import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';

// Only the pieces the dashboard draws, so the chunk stays small; this module is loaded only on
// the insights page.
ChartJS.register(
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
);

const palette = ['#1d4ed8', '#b45309', '#15803d', '#b91c1c', '#7e22ce'];

export interface TrendChartProps {
  label: string;
  weeks: string[];
  series: Array<{ title: string; votes: number[] }>;
}

/** Votes per week, one line per idea. */
export function TrendChart({ label, weeks, series }: TrendChartProps) {
  return (
    <Line
      aria-label={label}
      role="img"
      data={{
        labels: weeks,
        datasets: series.map((s, i) => ({
          label: s.title,
          data: s.votes,
          borderColor: palette[i % palette.length],
          backgroundColor: palette[i % palette.length],
          tension: 0.2,
        })),
      }}
      options={{ responsive: true, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }}
    />
  );
}

export interface BarChartProps {
  label: string;
  groups: Array<{ label: string; votes: number }>;
}

/** Votes per group (plan, importance, product). */
export function BarChart({ label, groups }: BarChartProps) {
  return (
    <Bar
      aria-label={label}
      role="img"
      data={{
        labels: groups.map((g) => g.label),
        datasets: [{ label, data: groups.map((g) => g.votes), backgroundColor: palette[0] }],
      }}
      options={{
        responsive: true,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      }}
    />
  );
}
