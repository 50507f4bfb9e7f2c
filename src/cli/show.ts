/** `warta show ID`: one stored article with what was found in it and its copies. */
import type { Command } from 'commander';
import { UserError } from '../util/errors.js';
import { actorText, day, printJson, printLines, storeOptions, withStore, type Runner, type StoreFlags } from './store-common.js';

export function registerShow(program: Command, run: Runner): void {
  const cmd = program
    .command('show')
    .description('show a stored article: its record, links to copies, entities, quotes and events with their clusters')
    .argument('<id>', 'record id (e.g. detik-403) or document key (at least 8 characters)');
  storeOptions(cmd).action((id: string, flags: StoreFlags) => run(() => showCommand(id, flags)));
}

async function showCommand(id: string, flags: StoreFlags): Promise<number> {
  return withStore(flags, async (store) => {
    const doc = await store.getDocument(id);
    if (!doc) throw new UserError(`no document "${id}" in ${store.path}`, 1);
    if (flags.json) {
      await printJson(doc);
      return 0;
    }
    const r = doc.record;
    const lines = [
      `${doc.title ?? '(no title)'}`,
      `id ${doc.id}  key ${doc.key}${doc.versions > 1 ? `  (${doc.versions} versions of this id are stored; this is the latest)` : ''}`,
      `published ${doc.published ?? 'unknown'}  lang ${doc.lang}  outlet ${doc.outlet ?? 'unknown'}  origin ${doc.originKey}`,
    ];
    if (doc.url) lines.push(`url ${doc.url}`);
    if (doc.agencies.length) lines.push(`agencies ${doc.agencies.join(', ')}`);
    lines.push(`read from ${doc.origin}`);
    if (doc.links.length) {
      lines.push('', 'copies and related:');
      for (const l of doc.links) lines.push(`  ${l.kind.padEnd(14)} ${l.similarity.toFixed(2)}  ${l.other.id}  ${l.other.title ?? ''}`);
    }
    if (r.entities.length) {
      lines.push('', 'entities:');
      for (const e of r.entities) lines.push(`  ${e.type} ${e.name}${e.actor ? ` [${e.actor}]` : ''}${e.kb ? ` (${e.kb})` : ''} ×${e.mentions.length}`);
    }
    if (r.quotes.length) {
      lines.push('', 'quotes:');
      const names = new Map(r.entities.map((e) => [e.id, e.name]));
      for (const q of r.quotes) lines.push(`  ${q.speaker ? names.get(q.speaker) ?? q.speaker : '?'}: ${q.direct ? '"' : ''}${q.text.slice(0, 160)}${q.direct ? '"' : ''}`);
    }
    if (r.events.length) {
      lines.push('', 'events:');
      r.events.forEach((ev, i) => {
        const c = doc.clusters[i];
        const src = ev.source ? actorText({ actor: ev.source.actor, name: r.entities.find((e) => e.id === ev.source!.entity)?.name ?? ev.source.group?.text ?? null, kb: null }) : '?';
        const tgt = ev.target ? actorText({ actor: ev.target.actor, name: r.entities.find((e) => e.id === ev.target!.entity)?.name ?? ev.target.group?.text ?? null, kb: null }) : '?';
        lines.push(
          `  ${ev.date ?? '----------'}  ${ev.code}  ${src} → ${tgt}  ${ev.modality}  "${ev.trigger.text}"` +
            (c ? `  [cluster ${c.id}: ${c.numArticles} articles, ${c.numSources} sources, ${day(c.startDay)}]` : ''),
        );
      });
    }
    const body = r.text.slice(r.meta.body.start, r.meta.body.end).trim();
    lines.push('', body.length > 600 ? body.slice(0, 600) + '…' : body);
    await printLines(lines);
    return 0;
  });
}
