/** Two actors over time (events per week by QuadClass, mean Goldstein) and the graph around one actor. */
import { useEffect, useState } from 'preact/hooks';
import { get, type EventPage, type Graph, type Relations } from '../api';
import { Chart } from '../components/chart';
import { ErrorNote, Section, useCodes, useLoad } from '../components/common';
import { ActorGraph } from '../components/graph';
import { go } from '../router';
import { QUAD_COLORS, QUAD_NAMES } from '../words';
import { EventLine } from './entity';

const PAIRS: [string, string, string][] = [
  ['PRK', 'RUS', 'North Korea – Russia'],
  ['IDN', 'AUS', 'Indonesia – Australia'],
];

function timelineOption(rel: Relations, measure: 'reports' | 'clusters') {
  return {
    tooltip: { trigger: 'axis' },
    // Below the plot, on one line (scrolling when the page is narrow): at the top it met the axis names.
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 45, right: 50, top: 30, bottom: 55 },
    xAxis: { type: 'category', data: rel.weeks.map((w) => w.week) },
    yAxis: [
      { type: 'value', name: measure === 'reports' ? 'reports' : 'events', minInterval: 1 },
      { type: 'value', name: 'Goldstein', min: -10, max: 10, position: 'right' },
    ],
    series: [
      ...QUAD_NAMES.map((name, q) => ({
        name,
        type: 'bar',
        stack: 'quad',
        itemStyle: { color: QUAD_COLORS[q] },
        data: rel.weeks.map((w) => w[measure][q]),
      })),
      {
        name: 'mean Goldstein',
        type: 'line',
        yAxisIndex: 1,
        connectNulls: true,
        itemStyle: { color: '#222' },
        data: rel.weeks.map((w) => w.meanGoldstein),
        // The Goldstein axis already says 0 there; a label of its own overlapped it.
        markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#aaa', type: 'dashed' }, data: [{ yAxis: 0 }] },
      },
    ],
  };
}

export function RelationsView({ params }: { params: URLSearchParams }) {
  const codes = useCodes();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const center = params.get('center') ?? a;
  const [form, setForm] = useState({ a, b });
  useEffect(() => setForm({ a, b }), [a, b]);
  const [measure, setMeasure] = useState<'reports' | 'clusters'>('reports');
  const rel = useLoad(`rel:${a}|${b}`, () => (a && b ? get<Relations>('/api/relations', { a, b }) : Promise.resolve(null)));
  const events = useLoad(`relev:${a}|${b}`, () => (a && b ? get<EventPage>('/api/events', { actor: [a, b], limit: 20 }) : Promise.resolve(null)));
  const graph = useLoad(`graph:${center}`, () => (center ? get<Graph>('/api/graph', { actor: center }) : Promise.resolve(null)));
  const show = (x: string, y: string): void => go(['relations'], { a: x, b: y });
  return (
    <div class="relations">
      <form
        class="searchform"
        onSubmit={(ev) => {
          ev.preventDefault();
          show(form.a.trim(), form.b.trim());
        }}
      >
        <input name="a" placeholder="actor (PRK, kim-jong-un, Rusia)" value={form.a} onInput={(ev) => setForm({ ...form, a: ev.currentTarget.value })} />
        <span>and</span>
        <input name="b" placeholder="another actor" value={form.b} onInput={(ev) => setForm({ ...form, b: ev.currentTarget.value })} />
        <button type="submit" class="primary">
          Show
        </button>
        <span class="muted">or</span>
        {PAIRS.map(([x, y, label]) => (
          <button type="button" onClick={() => show(x, y)}>
            {label}
          </button>
        ))}
      </form>
      <p class="muted">An actor is a CAMEO actor code (PRK matches PRKGOV too), a knowledge-base id or a name.</p>
      {a && b && (
        <Section title={`Events between ${a} and ${b}, per week`}>
          <ErrorNote message={rel.error} />
          {rel.data && rel.data.weeks.length === 0 && <p class="muted">No dated events between them.</p>}
          {rel.data && rel.data.weeks.length > 0 && (
            <>
              <div class="measure">
                <label>
                  <input type="radio" name="measure" checked={measure === 'reports'} onChange={() => setMeasure('reports')} /> reports (events in articles)
                </label>
                <label>
                  <input type="radio" name="measure" checked={measure === 'clusters'} onChange={() => setMeasure('clusters')} /> real-world events (clusters)
                </label>
              </div>
              <Chart label={`events between ${a} and ${b} per week`} option={timelineOption(rel.data, measure)} />
            </>
          )}
          {events.data && events.data.items.length > 0 && (
            <ul class="events-list">
              {events.data.items.map((ev) => (
                <EventLine ev={ev} codes={codes} />
              ))}
            </ul>
          )}
        </Section>
      )}
      {center && (
        <Section title={`Actors most connected to ${center}`}>
          <ErrorNote message={graph.error} />
          {graph.data && graph.data.nodes.length <= 1 && <p class="muted">No other actors share events with it.</p>}
          {graph.data && graph.data.nodes.length > 1 && (
            <>
              <p class="muted">Click an actor to centre the graph on it. Edges: number of events; green cooperative, red conflictual on average.</p>
              <ActorGraph graph={graph.data} onPick={(ref) => go(['relations'], { a: a || center, b: ref === (a || center) ? b : ref, center: ref })} />
            </>
          )}
        </Section>
      )}
    </div>
  );
}
