// npm run bench:corpus -- N [--out .bench/corpus-N]
// Writes N synthetic fixes, with clusters, causes, FAQs, error codes, signatures and cross-links in
// realistic proportions, into a content folder of their own (never `content/`). Build it with
// UNSTUCK_CONTENT_DIR=<folder> npm run build. Deterministic: the same N gives the same files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';

/** Small deterministic PRNG (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
  };
}

const WORDS = `request response header key token limit quota billing credit workspace organization model context window
 stream timeout retry backoff proxy network certificate browser session cookie login account region endpoint version
 payload message system prompt output input batch file upload download cache queue worker server client gateway deploy
 environment variable secret console dashboard usage tier spend plan invoice payment permission role admin member
 webhook callback schema field parameter value format encoding charset json body status code error type trace log`
  .split(/\s+/)
  .filter(Boolean);
const VERBS = [
  'check',
  'confirm',
  'rotate',
  'restart',
  'update',
  'remove',
  'reduce',
  'split',
  'retry',
  'verify',
  'inspect',
  'compare',
  'replace',
  'enable',
  'disable',
];
const STATUSES = [
  [400, 'invalid_request_error'],
  [401, 'authentication_error'],
  [403, 'permission_error'],
  [404, 'not_found_error'],
  [413, 'request_too_large'],
  [429, 'rate_limit_error'],
  [500, 'api_error'],
  [529, 'overloaded_error'],
] as const;

function sentence(r: ReturnType<typeof random>, words = 8 + r.int(10)): string {
  const list = Array.from({ length: words }, () => r.pick(WORDS));
  const text = list.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
const paragraph = (r: ReturnType<typeof random>, n = 2 + r.int(3)) => Array.from({ length: n }, () => sentence(r)).join(' ');
/**
 * A cause or FAQ for a fix: like real knowledge bases, a few generic ones (an invalid key, "how do
 * I contact support") are shared by a large part of the fixes, the rest by a handful each. One pick
 * in five goes to the 5 most shared, so at 10,000 fixes each of those is on hundreds of fixes.
 */
const shared = (r: ReturnType<typeof random>, count: number) => (r.int(5) === 0 ? r.int(Math.min(5, count)) : r.int(count));
const title = (r: ReturnType<typeof random>, n: number) =>
  `${r.pick(VERBS)[0]!.toUpperCase()}${r.pick(VERBS).slice(1)} the ${r.pick(WORDS)} ${r.pick(WORDS)} ${n}`;

export function writeCorpus(n: number, out: string): void {
  const r = random(n * 7919 + 17);
  rmSync(out, { recursive: true, force: true });
  for (const dir of ['products', 'surfaces', 'clusters', 'fixes', 'causes', 'faqs', 'error-codes'])
    mkdirSync(join(out, dir), { recursive: true });
  const clusters = Math.max(6, Math.round(n / 200));
  const causes = Math.max(10, Math.round(n / 10));
  const faqs = Math.max(10, Math.round(n / 8));
  writeFileSync(
    join(out, 'products/acme.yaml'),
    stringify({
      name: 'Acme',
      description: 'Synthetic benchmark product with generated fixes.',
      errorPlatforms: { anthropic: 'Acme API' },
      firstPartySources: ['example.com/docs', 'status.example.com'],
    }),
  );
  const surfaces = ['api', 'cli', 'apps'];
  surfaces.forEach((s, i) =>
    writeFileSync(
      join(out, `surfaces/acme-${s}.yaml`),
      stringify({ title: `Acme ${s}`, description: sentence(r), product: 'acme', order: i + 1 }),
    ),
  );
  for (let c = 0; c < clusters; c++) {
    writeFileSync(
      join(out, `clusters/cluster-${c}.yaml`),
      stringify({
        title: `Cluster ${c}: ${r.pick(WORDS)} and ${r.pick(WORDS)}`,
        description: paragraph(r, 1),
        product: 'acme',
        surface: `acme-${surfaces[c % surfaces.length]}`,
        order: c,
      }),
    );
  }
  for (const [status, type] of STATUSES) {
    writeFileSync(
      join(out, `error-codes/${status}.yaml`),
      stringify({ status, type, name: `Status ${status}`, meaning: sentence(r), source: 'https://example.com/docs/errors' }),
    );
  }
  for (let c = 0; c < causes; c++) {
    writeFileSync(
      join(out, `causes/cause-${c}.md`),
      `---\n${stringify({ title: `Cause ${c}: ${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(WORDS)}`, summary: sentence(r) })}---\n## How to confirm\n\n${paragraph(r)}\n\n## What to do\n\n${paragraph(r)}\n`,
    );
  }
  for (let q = 0; q < faqs; q++) {
    writeFileSync(
      join(out, `faqs/faq-${q}.md`),
      `---\n${stringify({ question: `Question ${q}: why does the ${r.pick(WORDS)} ${r.pick(WORDS)} fail?`, group: `Group ${q % 12}` })}---\n${paragraph(r)}\n\n${paragraph(r)}\n`,
    );
  }
  for (let i = 0; i < n; i++) {
    const cluster = i % clusters;
    const stepCount = 3 + r.int(4);
    const steps = Array.from({ length: stepCount }, (_, s) => ({ id: `step-${s + 1}`, title: title(r, s + 1) }));
    const sameCluster = (k: number) => (k * clusters + cluster) % n;
    const related = [
      ...new Set(Array.from({ length: 2 + r.int(4) }, () => (r.next() < 0.8 ? sameCluster(r.int(Math.ceil(n / clusters))) : r.int(n)))),
    ]
      .filter((j) => j !== i)
      .slice(0, 5);
    const [status, type] = r.pick(STATUSES);
    const frontmatter = {
      articleId: `KB-${100000 + i}`,
      title: `Fix ${type} in ${r.pick(WORDS)} ${r.pick(WORDS)} (${i})`,
      quickAnswer: `${sentence(r)} ${sentence(r)}`,
      product: 'acme',
      cluster: `cluster-${cluster}`,
      surfaces: [r.pick(['api', 'web', 'sdk', 'desktop'])],
      signatures: Array.from({ length: 1 + r.int(2) }, (_, s) => ({
        message: `${r.pick(WORDS)} ${r.pick(WORDS)} failed with code E${i}-${s}`,
        status,
        type,
      })),
      steps,
      causes: [...new Set(Array.from({ length: 1 + r.int(3) }, () => `cause-${shared(r, causes)}`))],
      faqs: [...new Set(Array.from({ length: 2 + r.int(3) }, () => `faq-${shared(r, faqs)}`))],
      related: related.map((j) => `fix-${j}`),
      sources: [
        { title: 'Product documentation', url: `https://example.com/docs/${r.pick(WORDS)}`, kind: 'docs' },
        { title: 'Status page', url: 'https://status.example.com', kind: 'status' },
      ],
      created: '2026-01-01',
      reviewed: `2026-${String(1 + r.int(11)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`,
    };
    const body = [
      '## Steps',
      ...steps.flatMap((s) => [
        `### ${s.title}`,
        paragraph(r),
        `- ${sentence(r, 6)}\n- ${sentence(r, 6)}`,
        r.next() < 0.3 ? '```sh\ncurl https://api.example.com/v1/items -H "x-api-key: $KEY"\n```' : '',
      ]),
      '## Why this happens',
      paragraph(r, 4),
      '## Common mistakes',
      Array.from({ length: 3 }, () => `- ${sentence(r)}`).join('\n'),
      '## Prevention tips',
      Array.from({ length: 3 }, () => `- ${sentence(r, 6)}`).join('\n'),
    ].filter(Boolean);
    writeFileSync(join(out, `fixes/fix-${i}.md`), `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${body.join('\n\n')}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const n = Number(positionals[0] ?? 1000);
  if (!Number.isInteger(n) || n < 1) throw new Error('usage: npm run bench:corpus -- N [--out folder]');
  const out = values.out ?? `.bench/corpus-${n}`;
  const started = performance.now();
  writeCorpus(n, out);
  console.log(`wrote ${n} fixes to ${out} in ${Math.round(performance.now() - started)} ms`);
}
