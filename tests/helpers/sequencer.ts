import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The build project's order: tests/rebuild/rebuild.test.ts first (its builds take about half the
 * project's time and run one after another), then Vitest's own order (slowest first). Started first,
 * it overlaps with the files that only read dist/ instead of running alone at the end.
 */
export default class RebuildsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => (spec.moduleId.includes('/tests/rebuild/') ? 0 : 1);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
