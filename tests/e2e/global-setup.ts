import { assertFreshDist } from '../helpers/fresh-dist.ts';

export default function setup(): void {
  assertFreshDist();
}
