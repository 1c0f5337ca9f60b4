import { ASSETS, FOUNDATION, LEADERSHIP, PARTNERS, type ColumnSpec, type TabName, type TabSpec } from "../../schema";
import { mapBlocks } from "../blocks";
import { mapHeaders } from "../headers";
import { slotOf, TypedTable } from "../rows";
import { normalizeKey, quote, trimCaseKey } from "../text";
import { NoHeaderError, TrackerError, type Matrix, type Severity, type TabIssue } from "../types";
import { INITIATIVE_ACTIVE, NO, ROLE_DEPUTIZED_LEAD } from "./vocabulary";

/**
 * SPEC "Cross-tab (CROSSCHECK)": references between tabs and the leadership an Active initiative
 * needs. Rules that look at one tab only are VALIDATE's and are not repeated here.
 */
export interface TrackerTables {
  readonly foundation: Matrix;
  readonly assets: Matrix;
  readonly leadership: Matrix;
  readonly partners: Matrix;
}

/** Maps one argument, naming it in the error so the user knows which range lacks its header. */
export function tableOf(matrix: Matrix, tab: TabSpec): TypedTable {
  return named(tab, () => new TypedTable(matrix, mapHeaders(matrix, tab.name)));
}

/** One block of an argument, and the column of the range where it starts. */
interface Part {
  readonly t: TypedTable;
  readonly column: number;
}

/**
 * An argument's blocks (SPEC rev 2: blocks side by side, separated by an empty column, are each
 * read with their own headers; one mapping over the range read only the left one's columns).
 */
function partsOf(matrix: Matrix, tab: TabSpec): Part[] {
  return named(tab, () =>
    mapBlocks(matrix, tab.name).map((b) => ({ t: new TypedTable(b.matrix, b.mapping), column: b.column })),
  );
}

function named<T>(tab: TabSpec, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof NoHeaderError) {
      throw new NoHeaderError(
        `${tab.name} range: ${err.message}`,
        err.closestTab,
        err.row,
        err.seen,
        err.looksLikeData,
      );
    }
    if (err instanceof TrackerError) throw new TrackerError(err.code, `${tab.name} range: ${err.message}`);
    throw err;
  }
}

interface Collected {
  issue: TabIssue;
  tabOrder: number;
  column: number;
}

const UNKNOWN_INITIATIVE = "crossTab.unknownInitiative";
const CHAMPION_NOT_IN_LEADERSHIP = "crossTab.championNotInLeadership";
/** Cross-tab rules about a value (an Initiative ID, a champion): each value is a problem of its own. */
export const CROSS_TAB_BY_VALUE: readonly string[] = [UNKNOWN_INITIATIVE, CHAMPION_NOT_IN_LEADERSHIP];

const TAB_ORDER: Readonly<Record<TabName, number>> = { Foundation: 0, Assets: 1, Leadership: 2, Partners: 3 };

interface LeadershipByInitiative {
  people: number;
  outsideGovernment: number;
  deputizedLeads: number;
}

/** Reserved for options the cross-tab rules may need (none of today's rules depend on the date). */
export interface CrossCheckOptions {
  readonly today?: number;
}

export function crossCheck(tables: TrackerTables, _options: CrossCheckOptions = {}): TabIssue[] {
  const foundation = partsOf(tables.foundation, FOUNDATION);
  const assets = partsOf(tables.assets, ASSETS);
  const leadership = partsOf(tables.leadership, LEADERSHIP);
  const partners = partsOf(tables.partners, PARTNERS);
  const out: Collected[] = [];
  const report = (p: Part, column: ColumnSpec, rule: string, severity: Severity, message: string) => {
    const { t } = p;
    const slot = slotOf(t.tab, column);
    out.push({
      issue: { tab: t.tab.name, row: t.rowNumber, column: t.header[slot], severity, message, rule, value: t.raw(slot) },
      tabOrder: TAB_ORDER[t.tab.name],
      column: p.column + t.index[slot],
    });
  };
  const anyHas = (parts: readonly Part[], slot: number) => parts.some((p) => p.t.present(slot));

  // Foundation: the initiatives that exist, and the Active ones.
  const fId = slotOf(FOUNDATION, FOUNDATION.col.initiativeId);
  const fStatus = slotOf(FOUNDATION, FOUNDATION.col.status);
  const initiatives = new Set<string>();
  const active: { part: Part; row: number; id: string }[] = [];
  for (const part of foundation) {
    const f = part.t;
    f.forEachRow(() => {
      if (f.blank(fId)) return;
      const id = f.text(fId);
      initiatives.add(trimCaseKey(id));
      if (f.listValue(fStatus) === INITIATIVE_ACTIVE) active.push({ part, row: f.row, id });
    });
  }

  // Initiative IDs elsewhere must be Foundation's (only when Foundation has the column to compare).
  const referenceCheck = (parts: readonly Part[], column: ColumnSpec, extra?: (p: Part) => void) => {
    for (const part of parts) {
      const { t } = part;
      const slot = slotOf(t.tab, column);
      const check = anyHas(foundation, fId) && t.present(slot);
      t.forEachRow(() => {
        if (check && !t.blank(slot) && !initiatives.has(trimCaseKey(t.text(slot)))) {
          report(
            part,
            column,
            UNKNOWN_INITIATIVE,
            "error",
            `${t.header[slot]} ${quote(t.text(slot))} is not on the ${FOUNDATION.name} tab — add the initiative ` +
              `there or correct the ID.`,
          );
        }
        extra?.(part);
      });
    }
  };

  referenceCheck(assets, ASSETS.col.initiativeId);

  // Leadership: who champions what.
  const lName = slotOf(LEADERSHIP, LEADERSHIP.col.name);
  const lInitiative = slotOf(LEADERSHIP, LEADERSHIP.col.initiativeId);
  const lInGovernment = slotOf(LEADERSHIP, LEADERSHIP.col.inGovernment);
  const lRole = slotOf(LEADERSHIP, LEADERSHIP.col.role);
  const names = new Set<string>();
  const byInitiative = new Map<string, LeadershipByInitiative>();
  referenceCheck(leadership, LEADERSHIP.col.initiativeId, ({ t: l }) => {
    if (!l.blank(lName)) names.add(normalizeKey(l.text(lName)));
    if (l.blank(lInitiative)) return;
    const key = trimCaseKey(l.text(lInitiative));
    let entry = byInitiative.get(key);
    if (!entry) byInitiative.set(key, (entry = { people: 0, outsideGovernment: 0, deputizedLeads: 0 }));
    entry.people++;
    if (l.listValue(lInGovernment) === NO) entry.outsideGovernment++;
    if (l.listValue(lRole) === ROLE_DEPUTIZED_LEAD) entry.deputizedLeads++;
  });

  // Partners: initiative references, and champions who must be on the Leadership tab.
  const pChampion = slotOf(PARTNERS, PARTNERS.col.champion);
  const checkChampions = anyHas(leadership, lName);
  referenceCheck(partners, PARTNERS.col.initiativeId, (part) => {
    const p = part.t;
    if (!checkChampions || !p.present(pChampion) || p.blank(pChampion)) return;
    const champion = p.text(pChampion);
    if (!names.has(normalizeKey(champion))) {
      report(
        part,
        PARTNERS.col.champion,
        CHAMPION_NOT_IN_LEADERSHIP,
        "warning",
        `${p.header[pChampion]} ${quote(champion)} is not a ${LEADERSHIP.col.name.name} on the ` +
          `${LEADERSHIP.name} tab — add them there, or write the name as it is there.`,
      );
    }
  });

  // Active initiatives need champions, one outside government, and a deputized lead.
  if (anyHas(leadership, lInitiative)) {
    for (const { part, row, id } of active) {
      part.t.load(row);
      const who = byInitiative.get(trimCaseKey(id));
      const label = `Initiative ${id} is ${INITIATIVE_ACTIVE}`;
      const onLeadership = `on the ${LEADERSHIP.name} tab`;
      const where = FOUNDATION.col.initiativeId;
      if (!who) {
        report(
          part,
          where,
          "crossTab.activeWithoutChampion",
          "warning",
          `${label} but has no champion ${onLeadership} — name at least one.`,
        );
      } else if (anyHas(leadership, lInGovernment) && who.outsideGovernment === 0) {
        report(
          part,
          where,
          "crossTab.activeWithoutOutsideChampion",
          "warning",
          `${label} but none of its champions ${onLeadership} is outside government — add a partner or ` +
            `community leader who champions it.`,
        );
      }
      if (anyHas(leadership, lRole) && (who?.deputizedLeads ?? 0) === 0) {
        report(
          part,
          where,
          "crossTab.activeWithoutDeputizedLead",
          "warning",
          `${label} but has no ${ROLE_DEPUTIZED_LEAD} ${onLeadership} — deputize someone to lead it day to day.`,
        );
      }
    }
  }

  out.sort((a, b) => a.tabOrder - b.tabOrder || a.issue.row - b.issue.row || a.column - b.column);
  return out.map((c) => c.issue);
}
