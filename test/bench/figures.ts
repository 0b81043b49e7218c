// The figures of one run and small accessors shared by the report's modules.
import type { UpstreamHttp } from '../../src/upstream/config.js';
import type { LoadResult } from './load.js';
import type { Machine } from './machine.js';
import type { BenchOptions, ScenarioId } from './options.js';
import type { RawPlans } from './plan.js';
import type { DevModeRow } from './dev-mode.js';
import type { ColdStart, RssRun } from './process-figures.js';
import type { Scenario } from './scenarios.js';
import type { ContestantKey } from './session.js';
import type { UpstreamCost } from './upstream-log.js';

export const MB = 2 ** 20;

export interface Cell { scenario: ScenarioId; contestant: ContestantKey; latency: number; connections: number; load: LoadResult }
export interface CostRow { scenario: ScenarioId; contestant: ContestantKey; cost: UpstreamCost }

export interface BenchReport {
  date: string;
  machine: Machine;
  opts: BenchOptions;
  transports: { default: UpstreamHttp; alt: UpstreamHttp };
  /** The node flags of `npm start`, which every gateway process ran with. */
  gatewayFlags: string[];
  scenarios: Scenario[];
  plans: RawPlans;
  locations: Partial<Record<ScenarioId, number>>;
  costs: CostRow[];
  consistent: Record<ScenarioId, boolean>;
  cells: Cell[];
  cold?: ColdStart;
  rss?: RssRun;
  /** The same with HEAP_CAP_FLAGS (shorter). */
  rssHeapCap?: RssRun;
  /** The same with none of `npm start`'s node flags (V8's own heap sizing). */
  rssV8Defaults?: RssRun;
  devMode?: DevModeRow[];
  wallSeconds: number;
}

export const fmt = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
export const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}`);

export function label(report: BenchReport, key: ContestantKey): string {
  switch (key) {
    case 'raw': return '(a) raw REST';
    case 'gateway': return `(b) gateway [${report.transports.default}]`;
    case 'gateway-alt': return `(b′) gateway [${report.transports.alt}]`;
    case 'gateway-cluster': return `(b″) gateway, WORKERS=${report.machine.cpus}`;
    case 'gateway-heapcap': return '(b‴) gateway, heap capped';
    case 'gateway-v8defaults': return '(b⁗) gateway, V8 heap defaults';
    case 'baseline': return '(c) first attempt';
  }
}

/** A measured cell; by default the main measurement (the configured number of connections). */
export function cell(report: BenchReport, scenario: ScenarioId, key: ContestantKey, latency: number,
  connections = report.opts.connections): LoadResult | undefined {
  return report.cells.find((c) => c.scenario === scenario && c.contestant === key && c.latency === latency
    && c.connections === connections)?.load;
}

export function cost(report: BenchReport, scenario: ScenarioId, key: ContestantKey): UpstreamCost | undefined {
  return report.costs.find((c) => c.scenario === scenario && c.contestant === key)?.cost;
}
