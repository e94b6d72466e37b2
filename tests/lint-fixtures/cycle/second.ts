// A deliberate import cycle, linted only by tests/lint/boundaries.test.ts.
import { first } from './first.ts';

export const second = (): number => (Math.random() > 2 ? first() : 0);
