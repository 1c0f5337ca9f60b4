import { ASSETS, FOUNDATION, LEADERSHIP, PARTNERS, type ColumnSpec, type TabName, type TabSpec } from "../../schema";
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
  try {
    return new TypedTable(matrix, mapHeaders(matrix, tab.name));
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
  const foundation = tableOf(tables.foundation, FOUNDATION);
  const assets = tableOf(tables.assets, ASSETS);
  const leadership = tableOf(tables.leadership, LEADERSHIP);
  const partners = tableOf(tables.partners, PARTNERS);
  const out: Collected[] = [];
  const report = (t: TypedTable, column: ColumnSpec, rule: string, severity: Severity, message: string) => {
    const slot = slotOf(t.tab, column);
    out.push({
      issue: { tab: t.tab.name, row: t.rowNumber, column: t.header[slot], severity, message, rule, value: t.raw(slot) },
      tabOrder: TAB_ORDER[t.tab.name],
      column: t.index[slot],
    });
  };

  // Foundation: the initiatives that exist, and the Active ones.
  const fId = slotOf(FOUNDATION, FOUNDATION.col.initiativeId);
  const fStatus = slotOf(FOUNDATION, FOUNDATION.col.status);
  const initiatives = new Set<string>();
  const active: { row: number; id: string }[] = [];
  foundation.forEachRow(() => {
    if (foundation.blank(fId)) return;
    const id = foundation.text(fId);
    initiatives.add(trimCaseKey(id));
    if (foundation.listValue(fStatus) === INITIATIVE_ACTIVE) active.push({ row: foundation.row, id });
  });

  // Initiative IDs elsewhere must be Foundation's (only when Foundation has the column to compare).
  const referenceCheck = (t: TypedTable, column: ColumnSpec, extra?: () => void) => {
    const slot = slotOf(t.tab, column);
    const check = foundation.present(fId) && t.present(slot);
    t.forEachRow(() => {
      if (check && !t.blank(slot) && !initiatives.has(trimCaseKey(t.text(slot)))) {
        report(
          t,
          column,
          UNKNOWN_INITIATIVE,
          "error",
          `${t.header[slot]} ${quote(t.text(slot))} is not on the ${FOUNDATION.name} tab — add the initiative ` +
            `there or correct the ID.`,
        );
      }
      extra?.();
    });
  };

  referenceCheck(assets, ASSETS.col.initiativeId);

  // Leadership: who champions what.
  const lName = slotOf(LEADERSHIP, LEADERSHIP.col.name);
  const lInitiative = slotOf(LEADERSHIP, LEADERSHIP.col.initiativeId);
  const lInGovernment = slotOf(LEADERSHIP, LEADERSHIP.col.inGovernment);
  const lRole = slotOf(LEADERSHIP, LEADERSHIP.col.role);
  const names = new Set<string>();
  const byInitiative = new Map<string, LeadershipByInitiative>();
  referenceCheck(leadership, LEADERSHIP.col.initiativeId, () => {
    if (!leadership.blank(lName)) names.add(normalizeKey(leadership.text(lName)));
    if (leadership.blank(lInitiative)) return;
    const key = trimCaseKey(leadership.text(lInitiative));
    let entry = byInitiative.get(key);
    if (!entry) byInitiative.set(key, (entry = { people: 0, outsideGovernment: 0, deputizedLeads: 0 }));
    entry.people++;
    if (leadership.listValue(lInGovernment) === NO) entry.outsideGovernment++;
    if (leadership.listValue(lRole) === ROLE_DEPUTIZED_LEAD) entry.deputizedLeads++;
  });

  // Partners: initiative references, and champions who must be on the Leadership tab.
  const pChampion = slotOf(PARTNERS, PARTNERS.col.champion);
  const checkChampions = leadership.present(lName) && partners.present(pChampion);
  referenceCheck(partners, PARTNERS.col.initiativeId, () => {
    if (!checkChampions || partners.blank(pChampion)) return;
    const champion = partners.text(pChampion);
    if (!names.has(normalizeKey(champion))) {
      report(
        partners,
        PARTNERS.col.champion,
        CHAMPION_NOT_IN_LEADERSHIP,
        "warning",
        `${partners.header[pChampion]} ${quote(champion)} is not a ${LEADERSHIP.col.name.name} on the ` +
          `${LEADERSHIP.name} tab — add them there, or write the name as it is there.`,
      );
    }
  });

  // Active initiatives need champions, one outside government, and a deputized lead.
  if (leadership.present(lInitiative)) {
    for (const { row, id } of active) {
      foundation.load(row);
      const who = byInitiative.get(trimCaseKey(id));
      const label = `Initiative ${id} is ${INITIATIVE_ACTIVE}`;
      const onLeadership = `on the ${LEADERSHIP.name} tab`;
      const where = FOUNDATION.col.initiativeId;
      if (!who) {
        report(
          foundation,
          where,
          "crossTab.activeWithoutChampion",
          "warning",
          `${label} but has no champion ${onLeadership} — name at least one.`,
        );
      } else if (leadership.present(lInGovernment) && who.outsideGovernment === 0) {
        report(
          foundation,
          where,
          "crossTab.activeWithoutOutsideChampion",
          "warning",
          `${label} but none of its champions ${onLeadership} is outside government — add a partner or ` +
            `community leader who champions it.`,
        );
      }
      if (leadership.present(lRole) && (who?.deputizedLeads ?? 0) === 0) {
        report(
          foundation,
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
