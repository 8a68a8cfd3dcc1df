/**
 * A Sätteri hast plugin for fix bodies: each `###` heading under `## Steps` gets the stable id of its
 * frontmatter step (not a slug of its title, which editors may reword) and a visible anchor link,
 * so support agents can link straight to a step. Body structure is validated before rendering
 * (src/kb/body-outline.ts), so here the n-th step heading is the n-th frontmatter step.
 */
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { stepAnchorId } from '../paths.ts';

interface StepData {
  id: string;
  title: string;
}

/** True for files of the fixes collection (`…/fixes/<slug>.md(x)`). */
export function isFixFile(url: URL | undefined): boolean {
  return url !== undefined && /\/fixes\/[^/]+\.mdx?$/.test(url.pathname);
}

export function stepAnchors(): HastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    if (!isFixFile(ctx.fileURL)) return null;
    let inSteps = false;
    let index = 0;
    return {
      name: 'unstuck-step-anchors',
      element: {
        filter: ['h2', 'h3'],
        visit(node, visit) {
          const text = visit.textContent(node).trim();
          if (node.tagName === 'h2') {
            inSteps = text === 'Steps';
            return;
          }
          if (!inSteps) return;
          const steps = (visit.data as { astro?: { frontmatter?: { steps?: StepData[] } } }).astro?.frontmatter?.steps ?? [];
          const step = steps[index++];
          if (!step) return;
          const id = stepAnchorId(step.id);
          visit.setProperty(node, 'id', id);
          visit.setProperty(node, 'className', ['step-title']);
          // Kept small: this markup is stored for every step of every fix. The "Copy link" button,
          // which needs JavaScript anyway, is added by the page script (src/search/client/loader.ts).
          visit.appendChild(node, {
            type: 'element',
            tagName: 'a',
            properties: { href: `#${id}`, className: ['heading-anchor'], ariaLabel: 'Link to this step', dataPagefindIgnore: '' },
            children: [{ type: 'text', value: '#' }],
          });
        },
      },
    };
  };
}
