import { href, useRoute } from './router';
import { SearchView } from './views/search';
import { ArticleView } from './views/article';
import { EntityView, EntitiesView } from './views/entity';
import { RelationsView } from './views/relations';
import { AnalyzeView } from './views/analyze';

const NAV: [string, string][] = [
  ['search', 'Search'],
  ['entities', 'Entities'],
  ['relations', 'Relations'],
  ['analyze', 'Analyze a text'],
];

export function App() {
  const route = useRoute();
  const [page = 'search', arg] = route.path;
  let view;
  if (page === 'doc' && arg) view = <ArticleView id={arg} />;
  else if (page === 'entity' && arg) view = <EntityView id={arg} />;
  else if (page === 'entities') view = <EntitiesView params={route.params} />;
  else if (page === 'relations') view = <RelationsView params={route.params} />;
  else if (page === 'analyze') view = <AnalyzeView />;
  else view = <SearchView params={route.params} />;
  return (
    <>
      <header class="top">
        <a class="brand" href="#/">Warta</a>
        <nav>
          {NAV.map(([p, label]) => (
            <a href={href([p])} class={page === p || (p === 'search' && (page === 'doc' || route.path.length === 0)) ? 'active' : ''}>
              {label}
            </a>
          ))}
        </nav>
        <span class="tagline">who did what to whom, when, where, according to whom</span>
      </header>
      <main>{view}</main>
    </>
  );
}
