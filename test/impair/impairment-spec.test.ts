import { describeImpairment, sameImpairment } from '../../src/model/impairment.js';
import { parseImpairment } from '../../src/specs/impairment.js';
import { graphOf, issues } from '../helpers/lab.js';

const TWO = { devices: ['sw1', 'sw2'], links: [['sw1:Ethernet0', 'sw2:Ethernet0']] as [string, string][] };

describe('an impairment as netem writes it', () => {
  test('is read into numbers with their units in their names', () => {
    expect(
      parseImpairment({
        delay: '50ms',
        jitter: '10ms',
        distribution: 'normal',
        loss: '1.5%',
        loss_correlation: '25%',
        rate: '10mbit',
        limit: 50,
        duplicate: '1%',
        reorder: '5%',
        corrupt: '0.1%',
      }),
    ).toEqual({
      impairment: {
        delay_us: 50_000,
        jitter_us: 10_000,
        distribution: 'normal',
        loss_pct: 1.5,
        loss_correlation_pct: 25,
        rate_bps: 10_000_000,
        limit: 50,
        duplicate_pct: 1,
        reorder_pct: 5,
        corrupt_pct: 0.1,
      },
      issues: [],
    });
  });

  test.each([
    ['200us', 200],
    ['1.5ms', 1500],
    ['2s', 2_000_000],
    ['3 msec', 3000],
  ])('delay %s is %d µs', (delay, us) => {
    expect(parseImpairment({ delay }).impairment.delay_us).toBe(us);
  });

  test.each([
    ['512kbit', 512_000],
    ['1gbit', 1e9],
    ['1mbps', 8e6],
  ])('rate %s is %d bit/s', (rate, bps) => {
    expect(parseImpairment({ rate }).impairment.rate_bps).toBe(bps);
  });

  test('Gilbert–Elliott burst loss takes bad_loss 100% and good_loss 0% unless said', () => {
    expect(parseImpairment({ loss_burst: { p: '5%', r: '50%' } }).impairment).toEqual({
      loss_burst: { p_pct: 5, r_pct: 50, bad_loss_pct: 100, good_loss_pct: 0 },
    });
  });

  test('each mistake is one message at its field, saying the accepted form', () => {
    const { issues: wrong } = parseImpairment({ delay: '50', loss: '120%', rate: 'fast', distribution: 'gauss', jitter: '1ms', colour: 'red' });
    expect(wrong.map((i) => `${i.path}: ${i.message}`)).toEqual([
      '/colour: unknown field "colour"; known fields: delay, jitter, distribution, loss, loss_correlation, loss_burst, rate, limit, duplicate, reorder, corrupt',
      '/delay: "50" is not valid; must be a time such as "50ms", "1.5ms", "200us" or "1s" (up to 60s)',
      '/loss: "120%" is not valid; must be a percentage such as "1%" or "0.5%" (0% to 100%)',
      '/rate: "fast" is not valid; must be a rate such as "10mbit", "512kbit", "1gbit" or "1mbps" (bytes per second)',
      '/distribution: "gauss" is not allowed; use one of: uniform, normal, pareto, paretonormal',
    ]);
  });

  test("netem's rules between fields hold: jitter needs a delay, reorder a delay above 0, loss or loss_burst", () => {
    const messages = (spec: object) => parseImpairment(spec).issues.map((i) => i.path);
    expect(messages({ jitter: '1ms' })).toEqual(['/jitter']);
    expect(messages({ reorder: '10%' })).toEqual(['/reorder']);
    expect(messages({ delay: '0ms', reorder: '10%' })).toEqual(['/reorder']);
    expect(messages({ loss: '1%', loss_burst: { p: '1%', r: '10%' } })).toEqual(['/loss_burst']);
    expect(messages({ loss_correlation: '10%' })).toEqual(['/loss_correlation']);
  });

  test('is described as netem would say it, and compared field by field', () => {
    const imp = parseImpairment({ delay: '50ms', jitter: '10ms', distribution: 'normal', loss: '1%', rate: '10mbit' }).impairment;
    expect(describeImpairment(imp)).toBe('delay 50ms 10ms normal, loss 1%, rate 10mbit');
    expect(describeImpairment({})).toBe('none');
    expect(sameImpairment({ delay_us: 1, loss_pct: 2 }, { loss_pct: 2, delay_us: 1 })).toBe(true);
    expect(sameImpairment({}, null)).toBe(true);
    expect(sameImpairment({ delay_us: 1 }, null)).toBe(false);
  });
});

describe('vmlab.impairments in topology.json', () => {
  test('a plain impairment at a link end impairs both directions; {out, in} each one', () => {
    const both = graphOf({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet0': { delay: '20ms' } } } });
    expect(both.impairments).toEqual([
      { from: 'sw1:Ethernet0', to: 'sw2:Ethernet0', node: 'sw1', nic: 1, impairment: { delay_us: 20_000 } },
      { from: 'sw2:Ethernet0', to: 'sw1:Ethernet0', node: 'sw2', nic: 1, impairment: { delay_us: 20_000 } },
    ]);
    const oneWay = graphOf({ ...TWO, vmlab: { impairments: { 'sw2:Ethernet0': { in: { loss: '5%' } } } } });
    expect(oneWay.impairments).toEqual([{ from: 'sw1:Ethernet0', to: 'sw2:Ethernet0', node: 'sw1', nic: 1, impairment: { loss_pct: 5 } }]);
  });

  test('a lab without impairments compiles to the graph it always did (no field added)', () => {
    expect(Object.keys(graphOf(TWO))).not.toContain('impairments');
  });

  test('mistakes are exit-3 issues with file, JSON path and what would be right', () => {
    expect(issues({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet4': { delay: '1ms' } } } })).toEqual([
      'topology.json /vmlab/impairments/sw1:Ethernet4: "sw1:Ethernet4" is not an end of any link; name a link by one of its ends (NODE:INTERFACE): sw1:Ethernet0, sw2:Ethernet0',
    ]);
    expect(issues({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet0': { out: { delay: '5' } } } } })).toEqual([
      'topology.json /vmlab/impairments/sw1:Ethernet0/out/delay: "5" is not valid; must be a time such as "50ms", "1.5ms", "200us" or "1s" (up to 60s)',
    ]);
    expect(issues({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet0': { out: { delay: '5ms' } }, 'sw2:Ethernet0': { delay: '1ms' } } } })).toEqual([
      'topology.json /vmlab/impairments/sw2:Ethernet0: the direction sw1:Ethernet0 → sw2:Ethernet0 is impaired twice, here and at /vmlab/impairments/sw1:Ethernet0/out; say it once',
    ]);
    expect(issues({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet0': { out: { delay: '5ms' }, loss: '1%' } } } })).toEqual([
      'topology.json /vmlab/impairments/sw1:Ethernet0/loss: write the faults of both directions as one impairment, or each direction under "out" and "in", not both ways in one entry',
    ]);
  });
});
