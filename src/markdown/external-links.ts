/**
 * A Sätteri hast plugin: links to other sites in content get `rel="noopener noreferrer"`, so an
 * article never hands the reader's page or referrer to a third party.
 */
import type { HastPluginEntry } from 'satteri';

export function externalLinks(): HastPluginEntry {
  return {
    name: 'unstuck-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && /^https?:\/\//.test(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      },
    },
  };
}
