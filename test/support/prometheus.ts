/** One sample of a Prometheus text exposition: a series name, its labels and its value. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Parses Prometheus text format 0.0.4 into its samples; throws on a line that is not one. */
export function parsePrometheusText(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${JSON.stringify(line)}`);
    const [, name, labelText = '', value] = match;
    const labels: Record<string, string> = {};
    for (const [, label, escaped] of labelText.matchAll(LABEL))
      labels[label!] = escaped!.replace(/\\(.)/g, (_, char: string) => (char === 'n' ? '\n' : char));
    samples.push({ name: name!, labels, value: Number(value) });
  }
  return samples;
}

/**
 * The values of series `name` summed by the label `by` over the samples whose labels include
 * `where`: `{ ListUsers: 3, … }`.
 */
export function sumBy(
  samples: Sample[],
  name: string,
  by: string,
  where: Record<string, string> = {},
): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const sample of samples) {
    if (sample.name !== name) continue;
    if (!Object.entries(where).every(([label, value]) => sample.labels[label] === value)) continue;
    const key = sample.labels[by] ?? '';
    sums[key] = (sums[key] ?? 0) + sample.value;
  }
  return sums;
}
