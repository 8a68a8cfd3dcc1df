// The tests that run builds of their own, in one file so that the builds run one after another:
// builds of one project share its .astro/ folder. Vitest starts this file first
// (tests/helpers/sequencer.ts), on one worker, while the other goes through the tests over dist/.
import './refuses-broken-content.ts';
import './scale.ts';
import './reproducible.ts';
