// A deliberate import cycle, linted only by tests/lint/boundaries.test.ts.
import { second } from './second.ts';

export const first = (): number => second() + 1;
