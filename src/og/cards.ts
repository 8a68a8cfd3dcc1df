/** What each fix's social image shows, from the knowledge base (one place for the route and the prerender). */
import type { FixNode, KnowledgeGraph } from '../kb/graph.ts';
import type { FixCard } from './layout.ts';
import { SITE } from '../site.config.ts';

export interface FixImageJob {
  slug: string;
  card: FixCard;
}

type Graph = Pick<KnowledgeGraph, 'cluster'>;

export function fixImageJob(kb: Graph, fix: FixNode): FixImageJob {
  return {
    slug: fix.id,
    card: {
      siteName: SITE.name,
      articleId: fix.articleId,
      clusterTitle: kb.cluster(fix.cluster).title,
      title: fix.title,
      signature: fix.signatures[0],
    },
  };
}
