import {
  MORE_GAPS_NOTE,
  MORE_INITIATIVES_NOTE,
  OTHER_OR_BLANK,
  SUMMARY_GAP_ROWS,
  SUMMARY_INITIATIVE_ROWS,
  summaryLayout,
  type SummaryFigure,
  type SummaryVariant,
} from "../schema";
import type { TrackerTables } from "./rules/crossTab";
import { trackerPicture, type GroupPicture, type PictureOptions, type TrackerPicture } from "./picture";

/**
 * The Summary sheet's figures computed by the core, one per `figure` cell of `summaryLayout()`,
 * keyed `metric|key`: the tracker's picture (picture.ts) laid out as the sheet lays it out. A
 * list position past the end of its list is "" (the native formulas show an empty cell there).
 */
export type SummaryFigures = Record<string, number | string>;

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

function groupFigure(groups: readonly GroupPicture[], total: GroupPicture, measure: string, key: string): number {
  const m = measure as "partners" | "committed" | "received";
  if (key === "Total") return total[m];
  if (key === OTHER_OR_BLANK) return total[m] - groups.reduce((s, g) => s + g[m], 0);
  return groups.find((g) => g.value === key)?.[m] ?? 0;
}

function figureOf(p: TrackerPicture, f: SummaryFigure): number | string {
  const [group, measure] = f.metric.split(".");
  const key = f.key ?? "";
  const total: GroupPicture = { value: "Total", partners: p.partners, committed: p.committed, received: p.received };
  switch (f.metric) {
    case "partners":
      return p.partners;
    case "initiatives":
      return p.initiativeCount;
    case "committed":
      return p.committed;
    case "received":
      return p.received;
    case "receivedShare":
      return share(p.received, p.committed);
    case "placeBasedShare":
      return share(p.placeBasedCommitted, p.committed);
    case "largestFunder.name":
      return p.largestFunder?.name ?? "";
    case "largestFunder.committed":
      return p.largestFunderCommitted;
    case "largestFunder.share":
      return share(p.largestFunderCommitted, p.committed);
    case "assetsShort.estimatedValue":
      return p.assetsShortValue;
    case "gaps.more":
      return p.gaps.length > SUMMARY_GAP_ROWS ? MORE_GAPS_NOTE : "";
    case "gaps.unplaced":
      return p.gapsUnplaced;
    case "initiatives.more":
      return p.foundationRows > SUMMARY_INITIATIVE_ROWS ? MORE_INITIATIVES_NOTE : "";
  }
  switch (group) {
    case "sector":
      return groupFigure(p.bySector, total, measure, key);
    case "status":
      return groupFigure(p.byStatus, total, measure, key);
    case "gaps": {
      const g = p.gaps[Number(key) - 1];
      if (!g) return "";
      if (measure === "firstRow") return g.firstRow;
      return g[measure as "category" | "unit" | "gap" | "assetsShort" | "estimatedValue" | "notValued"];
    }
    case "initiative":
      return initiativeFigure(p, measure, Number(key));
  }
  throw new Error(`summaryFigures does not know the figure ${f.metric}`);
}

/** The n-th (1-based) Foundation row's figures: "" for a blank row or past the table's end. */
function initiativeFigure(p: TrackerPicture, measure: string, n: number): number | string {
  const i = byPosition(p).get(n - 1);
  if (!i) return "";
  switch (measure) {
    case "id":
      return i.id;
    case "name":
      return i.name;
    case "status":
      return i.status;
    case "readiness":
      return i.readiness;
    case "progress":
      return i.progress ?? "";
    case "partners":
    case "committed":
    case "received":
    case "championsInGovernment":
    case "championsOutside":
    case "deputizedLeads":
    case "assetsShort":
      return i[measure];
  }
  throw new Error(`Unknown initiative figure ${measure}`);
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
      if (cell?.figure) out[`${cell.figure.metric}|${cell.figure.key ?? ""}`] = figureOf(picture, cell.figure);
    }
  }
  return out;
}
