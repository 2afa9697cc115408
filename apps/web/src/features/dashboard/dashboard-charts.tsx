import { DollarSign } from 'lucide-react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  type XAxisTickContentProps,
  YAxis,
} from 'recharts';
import { EmptyState } from '../../components/ui/states';
import { formatMoney } from '../../lib/format';
import type { DashboardSummary } from './dashboard-summary';

const axis = { fontSize: 12, fill: 'var(--muted-foreground)' };

/** A label cut to `max` characters with an ellipsis (the tooltip has it whole). */
const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
const tooltipStyle = {
  background: 'var(--popover)',
  border: '1px solid var(--border)',
  borderRadius: 8,
  color: 'var(--popover-foreground)',
  fontSize: 12,
};

/** Completed and scheduled calls stacked, with each campaign's target beside them. */
export function CallsChart({ campaigns }: { campaigns: DashboardSummary['activeCampaigns'] }) {
  const data = campaigns.map((c) => ({
    name: c.campaignName,
    Completed: c.completedCalls,
    Scheduled: c.scheduledCalls,
    Target: c.targetCalls,
  }));
  return (
    <div className="h-64" role="img" aria-label="Calls completed and scheduled against target">
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          {/* Every campaign named, wrapped onto two lines under its bars, shortened beyond that. */}
          <XAxis
            dataKey="name"
            tickLine={false}
            axisLine={false}
            interval={0}
            height={40}
            tick={(props: XAxisTickContentProps) => (
              <Text
                {...axis}
                x={props.x}
                y={props.y}
                width={Number(props.width) / Math.max(1, props.visibleTicksCount) - 8}
                maxLines={2}
                textAnchor="middle"
                verticalAnchor="start"
              >
                {String(props.payload.value)}
              </Text>
            )}
          />
          <YAxis allowDecimals={false} tick={axis} tickLine={false} axisLine={false} />
          <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--muted)' }} />
          <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 12 }} />
          <Bar
            dataKey="Completed"
            stackId="calls"
            fill="var(--chart-1)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="Scheduled"
            stackId="calls"
            fill="var(--chart-5)"
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
          <Bar
            dataKey="Target"
            fill="var(--muted-foreground)"
            fillOpacity={0.25}
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

const COLORS = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
];

export function SpendChart({ vendors }: { vendors: DashboardSummary['spendByVendor'] }) {
  if (!vendors.length) {
    return (
      <EmptyState
        icon={DollarSign}
        title="No spend yet"
        description="Costs appear here once calls are booked."
        className="h-64"
      />
    );
  }
  const data = vendors.map((v) => ({
    name: v.vendorName,
    spend: v.spendCents,
    committed: v.committedCents,
  }));
  return (
    <div className="h-64" role="img" aria-label="Spent and committed by vendor">
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis
            type="number"
            tick={axis}
            tickLine={false}
            axisLine={false}
            tickFormatter={(v: number) => formatMoney(v)}
          />
          <YAxis
            type="category"
            dataKey="name"
            tick={axis}
            tickLine={false}
            axisLine={false}
            width={110}
            interval={0}
            tickFormatter={(name: string) => shorten(name, 16)}
          />
          <Tooltip
            contentStyle={tooltipStyle}
            cursor={{ fill: 'var(--muted)' }}
            formatter={(value, key) => [
              formatMoney(Number(value)),
              key === 'spend' ? 'Spent (completed)' : 'Committed (scheduled)',
            ]}
          />
          <Bar dataKey="spend" stackId="money" isAnimationActive={false}>
            {data.map((d, i) => (
              <Cell key={d.name} fill={COLORS[i % COLORS.length]} />
            ))}
          </Bar>
          {/* Committed, after the spend: the same colour, lighter. */}
          <Bar dataKey="committed" stackId="money" radius={[0, 4, 4, 0]} isAnimationActive={false}>
            {data.map((d, i) => (
              <Cell key={d.name} fill={COLORS[i % COLORS.length]} fillOpacity={0.35} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
