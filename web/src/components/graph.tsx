/** The actors most connected to one: Cytoscape, centre in the middle, edges coloured by mean Goldstein. */
import { useEffect, useRef } from 'preact/hooks';
import type { Graph } from '../api';
import { actorLabel } from '../words';

function edgeColor(g: number | null): string {
  if (g === null) return '#999';
  if (g > 0.5) return '#4c9a6a';
  if (g < -0.5) return '#c0392b';
  return '#b8a04a';
}

const LABEL_BACKGROUND = { 'text-background-color': '#fbfcfd', 'text-background-opacity': 0.9, 'text-background-padding': '2px', 'text-background-shape': 'roundrectangle' } as const;

export function ActorGraph({ graph, onPick }: { graph: Graph; onPick: (ref: string) => void }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cy: { destroy: () => void } | null = null;
    let live = true;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (!live || !el.current) return;
      const max = Math.max(1, ...graph.nodes.map((n) => n.events));
      const inst = cytoscape({
        container: el.current,
        elements: [
          ...graph.nodes.map((n, i) => ({
            data: { id: n.ref, label: `${actorLabel(n.actor)}${n.actor.actor && n.actor.name ? `\n${n.actor.actor}` : ''}`, size: 24 + 40 * Math.sqrt(n.events / max), center: i === 0 ? 1 : 0 },
          })),
          ...graph.edges.map((e, i) => ({
            data: { id: `e${i}`, source: e.a, target: e.b, width: 1 + Math.log2(1 + e.events) * 2, color: edgeColor(e.meanGoldstein), label: String(e.events) },
          })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#6b7f99', color: '#222', 'font-size': 11,
              'text-wrap': 'wrap', 'text-valign': 'bottom', 'text-margin-y': 4,
              // on a patch of the background, so that an edge running under a name does not cross it out
              ...LABEL_BACKGROUND,
            },
          },
          { selector: 'node[center = 1]', style: { 'background-color': '#1f4e79' } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', label: 'data(label)', 'font-size': 9, color: '#555', 'curve-style': 'bezier', ...LABEL_BACKGROUND } },
        ],
        layout: { name: 'concentric', concentric: (n: { data: (k: string) => number }) => (n.data('center') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 30, animate: false },
        wheelSensitivity: 0.3,
      });
      inst.on('tap', 'node', (e: { target: { id: () => string } }) => onPick(e.target.id()));
      cy = inst;
      if (el.current) el.current.dataset.ready = 'true';
    });
    return () => {
      live = false;
      cy?.destroy();
    };
  }, [JSON.stringify(graph)]);
  return <div ref={el} class="graph" role="img" aria-label={`actors most connected to ${graph.center}`} />;
}
