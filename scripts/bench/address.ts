import fixtures from '../../src/core/address/fixtures/addresses.json';
import heldout from '../../src/core/address/fixtures/heldout.json';
import heldout2 from '../../src/core/address/fixtures/heldout-2.json';
import heldout3 from '../../src/core/address/fixtures/heldout-3.json';
import { formatEnvelope, formatOneLine, parseAddress } from '../../src/core/address/index.ts';
import { importPrisoners } from '../../src/core/directory/index.ts';
import { medianMs, round, throughput, type Figures } from '../bench-lib.ts';

const inputs = [...fixtures.rows, ...heldout.rows, ...heldout2.rows, ...heldout3.rows].map((row) => row.input);

/** Parses per second of this process's CPU time: steadier than wall time on a shared, loaded machine. */
function perCpuSecond(rounds = 40): number {
  const c0 = process.cpuUsage();
  for (let k = 0; k < rounds; k++) for (const text of inputs) parseAddress(text);
  const c = process.cpuUsage(c0);
  return Math.round((rounds * inputs.length) / ((c.user + c.system) / 1e6));
}

export function figures(): Figures {
  const parsed = inputs.map((text) => parseAddress(text).address);
  const csv = ['address', ...Array.from({ length: 500 }, (_, i) => `"${inputs[i % inputs.length]?.replace(/"/g, '""') ?? ''}"`)].join('\n');
  return {
    addresses: inputs.length,
    addressesParsedPerSecond: throughput(inputs, (text) => parseAddress(text)),
    addressesParsedPerCpuSecond: perCpuSecond(),
    envelopesFormattedPerSecond: throughput(parsed, (a) => formatEnvelope(a)),
    oneLinesFormattedPerSecond: throughput(parsed, (a) => formatOneLine(a)),
    parse2000CharsMs: medianMs(() => parseAddress(inputs.join(', ').slice(0, 2000))),
    import500CsvRowsMs: round(medianMs(() => importPrisoners(csv, 'csv', { today: '2026-11-25', source: { url: 'https://example.org', title: 'x' } }), 10, 2)),
  };
}
