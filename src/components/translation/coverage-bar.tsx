import { barSegments, COVERAGE_BUCKETS, type CoverageBucket, type Measure, type Tally } from '../../domain/translation/coverage-tally.ts';

/**
 * A bar stacked by state. SVG geometry rather than inline widths, which the Content-Security-Policy forbids;
 * hidden from assistive technology because the same figures stand in the table beside it.
 */
export function CoverageBar({ tally, measure, buckets = COVERAGE_BUCKETS }: { tally: Tally; measure: Measure; buckets?: readonly CoverageBucket[] }) {
  return (
    <svg className="coverage-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="coverage-bar__track" x={0} y={0} width={100} height={4} />
      {barSegments(tally, measure, buckets).map(({ bucket, x, width }) => (
        <rect key={bucket} className={`coverage-fill--${bucket}`} x={x} y={0} width={width} height={4} />
      ))}
    </svg>
  );
}

/** The colour key of a bucket, next to its name in a table header. */
export function CoverageSwatch({ bucket }: { bucket: CoverageBucket }) {
  return <span className={`coverage-swatch coverage-fill--${bucket}`} aria-hidden="true" />;
}
