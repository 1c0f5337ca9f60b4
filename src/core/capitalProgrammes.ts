/**
 * A capital programme read as Foundation by its `id | project` alone (corpus round nx D-nx6, real:
 * Flanders' investment plan, `id, programma, …, entiteit, project, …, budget2025, budget2026, budget2027`):
 * SPEC's header rule took it for the Foundation tab, and check said four "add a Problem statement /
 * Benchmark metric / Target / Target date column" errors, exit 1 — nothing a user of a capital plan can
 * act on. Its rows are projects with a budget per year, which no tracker tab lists as such: like any
 * capital plan (`Project, Phase, Project Budget Amount`: a lead's golden, exit 3) it is no tab's sheet
 * unasked, and the no-header hint says how to read it by hand (a Foundation tracker with one more of its
 * columns — a Status, a Target — is still read as one).
 */
import { FOUNDATION, PARTNERS } from "../schema";
import { matchHeader } from "./headerMatch";
import { yearIn } from "./headerYears";
import { saysInitiatives } from "./initiativeNames";
import type { RowMatch } from "./headerRowReading";

/**
 * Is the row a capital programme's header: Foundation by an Initiative ID headed by a generic word
 * (`id`) and an Initiative headed by a project's word (`project`, `Project name`) and no other of its
 * columns, beside amounts of two years or more (`budget2025`, `budget2026`: one word of money, a year each)?
 * `generic` says whether a header is one of GENERIC_HEADERS (headerRowReading's, which calls this).
 */
export function capitalProgrammeRow(m: RowMatch, generic: (header: string) => boolean): boolean {
  if (m.tab !== FOUNDATION || m.columns.length !== 2) return false;
  const id = m.columns.find((c) => c.id === FOUNDATION.col.initiativeId.id);
  const initiative = m.columns.find((c) => c.id === FOUNDATION.col.initiative.id);
  if (!id || !initiative || !generic(id.header) || !saysInitiatives(initiative.header)) return false;
  const years = new Set<number>();
  for (const u of m.unknown) {
    const year = yearIn(u.header);
    if (year && year.words !== "" && matchHeader(PARTNERS, year.words)?.column.id === PARTNERS.col.committed.id)
      years.add(year.year);
  }
  return years.size >= 2;
}
