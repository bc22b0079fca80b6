import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { takePrefetched } from '../api/prefetch.js';
import type { NetworkCharts } from '../api/types.js';
import type { ChartOption } from '../components/chart.js';
import { Chart } from '../components/chart.js';
import { ErrorMessage, Loading } from '../components/status.js';
import type { Translate } from '../i18n/i18n.js';
import { useI18n } from '../i18n/i18n.js';
import { PageLink, useApiData } from '../router.js';
import { FiguresTable } from './figures-table.js';
import { networkChartsPath } from './network-charts-path.js';
import { NetworkLists } from './network-lists.js';

const grid = { left: 48, right: 16, top: 36, bottom: 32, containLabel: true };

function chartOptions(charts: NetworkCharts, t: Translate): Record<string, ChartOption> {
  const months = charts.connectionsPerMonth.map((row) => row.month);
  const ranked = (rows: { name: string; count: number }[]): ChartOption => ({
    grid: { ...grid, left: 8 },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.name),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [{ type: 'bar', name: t('network.connections'), data: rows.map((row) => row.count) }],
  });
  return {
    connections: {
      grid,
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          name: t('network.connections'),
          data: charts.connectionsPerMonth.map((row) => row.count),
        },
      ],
    },
    companies: ranked(charts.companies),
    positions: ranked(charts.positions),
    invitations: {
      grid,
      legend: { top: 0 },
      xAxis: { type: 'category', data: charts.invitationsPerMonth.map((row) => row.month) },
      yAxis: { type: 'value' },
      series: (['sent', 'received', 'accepted'] as const).map((field) => ({
        type: 'bar' as const,
        name: t(`network.${field}`),
        data: charts.invitationsPerMonth.map((row) => row[field]),
      })),
    },
    visibility: {
      grid,
      legend: { top: 0 },
      xAxis: { type: 'category', data: charts.visibility.weeks.map((row) => row.week) },
      yAxis: { type: 'value', minInterval: 1 },
      series: (['posts', 'comments', 'reactions'] as const).map((field) => ({
        type: 'bar' as const,
        stack: 'activity',
        name: t(`network.${field}`),
        data: charts.visibility.weeks.map((row) => row[field]),
      })),
    },
  };
}

/** Charts of the network's growth and activity, then the lists and the plan for the week. */
export function NetworkPage() {
  const { t, language, formatNumber } = useI18n();
  const charts = useApiData(() => takePrefetched<NetworkCharts>(networkChartsPath), [language]);
  const options = useMemo(
    () => (charts.data ? chartOptions(charts.data, t) : undefined),
    [charts.data, t],
  );
  const data = charts.data;

  return (
    <section className="page network-page">
      <h1 tabIndex={-1}>{t('network.title')}</h1>
      <p className="intro">{t('network.intro')}</p>
      {charts.error ? <ErrorMessage error={charts.error} retry={charts.reload} /> : null}
      {!data || !options ? (
        charts.error ? null : (
          <Loading />
        )
      ) : data.totals.connections === 0 && data.totals.invitations === 0 ? (
        <p>
          {t('noData.body')} <PageLink page="import">{t('noData.link')}</PageLink>
        </p>
      ) : (
        <>
          <p data-testid="network-totals">
            {t('network.totals', {
              connections: formatNumber(data.totals.connections),
              companies: formatNumber(data.totals.companies),
              invitations: formatNumber(data.totals.invitations),
            })}
          </p>
          <div className="chart-grid">
            <ChartPanel title={t('network.connectionsPerMonth')} option={options.connections!}>
              <FiguresTable
                headers={[t('network.month'), t('network.connections')]}
                rows={data.connectionsPerMonth.map((row) => [row.month, row.count])}
              />
            </ChartPanel>
            <ChartPanel title={t('network.invitations')} option={options.invitations!}>
              <FiguresTable
                headers={[
                  t('network.month'),
                  t('network.sent'),
                  t('network.received'),
                  t('network.accepted'),
                ]}
                rows={data.invitationsPerMonth.map((row) => [
                  row.month,
                  row.sent,
                  row.received,
                  row.accepted,
                ])}
              />
            </ChartPanel>
            <ChartPanel title={t('network.companies')} option={options.companies!} tall>
              <FiguresTable
                headers={[t('network.name'), t('network.count')]}
                rows={data.companies.map((row) => [row.name, row.count])}
              />
            </ChartPanel>
            <ChartPanel title={t('network.positions')} option={options.positions!} tall>
              <FiguresTable
                headers={[t('network.name'), t('network.count')]}
                rows={data.positions.map((row) => [row.name, row.count])}
              />
            </ChartPanel>
            <ChartPanel title={t('network.visibility')} option={options.visibility!}>
              <FiguresTable
                headers={[
                  t('network.week'),
                  t('network.posts'),
                  t('network.comments'),
                  t('network.reactions'),
                ]}
                rows={data.visibility.weeks.map((row) => [
                  row.week,
                  row.posts,
                  row.comments,
                  row.reactions,
                ])}
              />
            </ChartPanel>
          </div>
          <NetworkLists language={language} />
        </>
      )}
    </section>
  );
}

function ChartPanel(props: {
  title: string;
  option: ChartOption;
  tall?: boolean;
  children: ReactNode;
}) {
  return (
    <section className="chart-panel" aria-label={props.title}>
      <h2>{props.title}</h2>
      <Chart option={props.option} label={props.title} height={props.tall ? 360 : 260} />
      {props.children}
    </section>
  );
}
