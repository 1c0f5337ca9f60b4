import {
  amountsAsTextNote,
  figureKey,
  MORE_GAPS_NOTE,
  MORE_INITIATIVES_NOTE,
  OTHER_OR_BLANK,
  SUMMARY_GAP_ROWS,
  SUMMARY_INITIATIVE_ROWS,
  type BlockMetric,
  type GapMeasure,
  type GroupMeasure,
  type InitiativeMeasure,
  type SingleMetric,
  type SummaryFigure,
  type SummaryMetric,
  type SummaryVariant,
} from "../schema";
import { summaryLayout } from "../model";
import type { TrackerTables } from "./rules/crossTab";
import { trackerPicture } from "./picture";
import type { GapPicture, GroupPicture, InitiativePicture, PictureOptions, TrackerPicture } from "./picture";

/**
 * The Summary sheet's figures computed by the core, one per `figure` cell of `summaryLayout()`,
 * keyed `metric|key`: the tracker's picture (picture.ts) laid out as the sheet lays it out. A
 * list position past the end of its list is "" (the native formulas show an empty cell there).
 */
export type SummaryFigures = Record<string, number | string>;

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

type Figure = number | string;

/** Each figure the Summary shows once: a record over the schema's union, so none can be missed. */
const SINGLE: { readonly [M in SingleMetric]: (p: TrackerPicture) => Figure } = {
  initiatives: (p) => p.initiativeCount,
  partners: (p) => p.distinctPartners,
  committed: (p) => p.committed,
  received: (p) => p.received,
  receivedShare: (p) => share(p.received, p.committed),
  placeBasedShare: (p) => share(p.placeBasedCommitted, p.committed),
  "largestFunder.name": (p) => p.largestFunder?.name ?? "",
  "largestFunder.committed": (p) => p.largestFunderCommitted,
  "largestFunder.share": (p) => share(p.largestFunderCommitted, p.committed),
  "assetsShort.estimatedValue": (p) => p.assetsShortValue,
  "gaps.unplaced": (p) => p.gapsUnplaced,
  "gaps.more": (p) => (p.gaps.length > SUMMARY_GAP_ROWS ? MORE_GAPS_NOTE : ""),
  "initiatives.more": (p) => (p.foundationRows > SUMMARY_INITIATIVE_ROWS ? MORE_INITIATIVES_NOTE : ""),
  amountsAsText: (p) => amountsAsTextNote(p.amountsAsText.committed, p.amountsAsText.received),
};

const GAP: { readonly [M in GapMeasure]: (g: GapPicture) => Figure } = {
  category: (g) => g.category,
  unit: (g) => g.unit,
  gap: (g) => g.gap,
  assetsShort: (g) => g.assetsShort,
  estimatedValue: (g) => g.estimatedValue,
  notValued: (g) => g.notValued,
  firstRow: (g) => g.firstRow,
};

const INITIATIVE: { readonly [M in InitiativeMeasure]: (i: InitiativePicture) => Figure } = {
  id: (i) => i.id,
  name: (i) => i.name,
  status: (i) => i.status,
  readiness: (i) => i.readiness,
  progress: (i) => i.progress ?? "",
  partners: (i) => i.partners,
  committed: (i) => i.committed,
  received: (i) => i.received,
  championsInGovernment: (i) => i.championsInGovernment,
  championsOutside: (i) => i.championsOutside,
  deputizedLeads: (i) => i.deputizedLeads,
  assetsShort: (i) => i.assetsShort,
};

/** A block metric as its block and measure, one case per block (so a switch over it is exhaustive). */
type BlockParts<M> = M extends `${infer Block}.${infer Measure}` ? { block: Block; measure: Measure } : never;

function blockParts(metric: BlockMetric): BlockParts<BlockMetric> {
  const dot = metric.indexOf(".");
  return { block: metric.slice(0, dot), measure: metric.slice(dot + 1) } as BlockParts<BlockMetric>;
}

const isSingle = (metric: SummaryMetric): metric is SingleMetric => Object.hasOwn(SINGLE, metric);

function groupFigure(groups: readonly GroupPicture[], total: GroupPicture, m: GroupMeasure, key: string): number {
  if (key === "Total") return total[m];
  if (key === OTHER_OR_BLANK) return total[m] - groups.reduce((s, g) => s + g[m], 0);
  return groups.find((g) => g.value === key)?.[m] ?? 0;
}

function figureOf(p: TrackerPicture, f: SummaryFigure): Figure {
  if (isSingle(f.metric)) return SINGLE[f.metric](p);
  const key = f.key ?? "";
  const total: GroupPicture = { value: "Total", partners: p.partners, committed: p.committed, received: p.received };
  const parts = blockParts(f.metric);
  switch (parts.block) {
    case "sector":
      return groupFigure(p.bySector, total, parts.measure, key);
    case "status":
      return groupFigure(p.byStatus, total, parts.measure, key);
    case "gaps": {
      const g = p.gaps[Number(key) - 1];
      return g ? GAP[parts.measure](g) : "";
    }
    case "initiative": {
      // The n-th (1-based) Foundation row's figures: "" for a blank row or past the table's end.
      const i = byPosition(p).get(Number(key) - 1);
      return i ? INITIATIVE[parts.measure](i) : "";
    }
    default: {
      const unhandled: never = parts;
      throw new Error(`summaryFigures does not know the figure ${JSON.stringify(unhandled)}`);
    }
  }
}

const positions = new WeakMap<TrackerPicture, Map<number, TrackerPicture["initiatives"][number]>>();
function byPosition(p: TrackerPicture) {
  let m = positions.get(p);
  if (!m) positions.set(p, (m = new Map(p.initiatives.map((i) => [i.position, i]))));
  return m;
}

export function summaryFigures(tables: TrackerTables, options: PictureOptions & SummaryVariant = {}): SummaryFigures {
  const picture = trackerPicture(tables, options);
  const out: SummaryFigures = {};
  for (const row of summaryLayout(options).rows) {
    for (const cell of row) {
      if (cell?.figure) out[figureKey(cell.figure)] = figureOf(picture, cell.figure);
    }
  }
  return out;
}
