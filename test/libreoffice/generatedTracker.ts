import { LISTS, type SampleRow, type TabName } from "../../src/schema";

/**
 * A generated tracker of `initiatives` initiatives (deterministic: the same call gives the same
 * rows), with 3 partners, 2 assets and 2 leaders per initiative on average, and every value the
 * Summary reads varied: place-based funders, partners on several initiatives, units per category,
 * progress set or not, gaps with and without an estimated value, blank rows here and there.
 */
export function generatedTracker(initiatives: number, seed = 7): Record<TabName, SampleRow[]> {
  let state = seed >>> 0;
  const rand = () => {
    // mulberry32: small, deterministic, good enough to vary test data.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rand() * values.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const iso = (year: number) => `${year}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`;
  const units: Record<string, readonly string[]> = {
    Infrastructure: ["sq ft", "blocks"],
    Land: ["lots", "acres"],
    Financial: ["$"],
    Staff: ["FTE", "volunteers"],
    Expertise: ["FTE", "hours"],
    Equipment: ["trucks", "laptops", "vans"],
    "Data & technology": ["datasets"],
  };
  const funders = Array.from({ length: 60 }, (_, i) => `Funder ${String(i + 1).padStart(2, "0")}`);

  const foundation: SampleRow[] = [];
  const assets: SampleRow[] = [];
  const leadership: SampleRow[] = [];
  const partners: SampleRow[] = [];
  for (let n = 1; n <= initiatives; n++) {
    const id = `INIT-${String(n).padStart(4, "0")}`;
    const baseline = int(0, 500);
    const target = baseline + int(0, 1000);
    const row: Record<string, string | number> = {
      initiativeId: id,
      initiative: `Initiative ${n}`,
      problemStatement: rand() < 0.8 ? `Residents of district ${n % 12} lack access to service ${n}.` : "Short",
      benchmarkMetric: rand() < 0.9 ? "Households served" : "",
      baseline,
      target,
      targetDate: iso(int(2026, 2029)),
      communityEngagement: pick(LISTS.engagement.values),
      pastEffortsReviewed: pick(["Yes", "No"]),
      politicalDynamics: rand() < 0.6 ? "Council split on siting." : "",
      requirementsAgreed: pick(["Yes", "No"]),
      partnerPrioritiesAcknowledged: pick(["Yes", "No"]),
      status: pick(["Defining", "Ready", "Paused", "Completed"]),
      leadDepartment: pick(["Health", "Parks", "Housing"]),
    };
    if (rand() < 0.5) row.currentValue = baseline + int(-50, 1200);
    foundation.push(row);
    for (let k = int(0, 3); k > 0; k--) {
      const category = pick(LISTS.assetCategory.values);
      const a: Record<string, string | number> = {
        asset: `Asset ${n}-${k}`,
        initiativeId: id,
        category,
        unit: pick(units[category]),
        available: int(0, 20),
        needed: int(0, 30),
      };
      if (rand() < 0.7) a.estimatedValue = int(1, 500) * 1000;
      if (rand() < 0.05) delete a.unit;
      assets.push(a);
    }
    for (let k = int(0, 3); k > 0; k--) {
      const inGovernment = pick(["Yes", "No"]);
      leadership.push({
        name: `Leader ${n}-${k}`,
        sector: inGovernment === "Yes" ? "Government" : pick(LISTS.sector.values),
        inGovernment,
        role: pick(LISTS.leadershipRole.values),
        initiativeId: id,
        engagement: pick(LISTS.leadershipEngagement.values),
      });
    }
    for (let k = int(1, 5); k > 0; k--) {
      const committed = int(0, 400) * 1000;
      partners.push({
        partner: rand() < 0.3 ? pick(funders) : `Partner ${n}-${k}`,
        sector: pick(LISTS.sector.values),
        placeBasedFunder: pick(["Yes", "No"]),
        initiativeId: id,
        focusArea: pick(LISTS.focusArea.values),
        contribution: pick(LISTS.contribution.values),
        committed,
        received: Math.floor(committed * rand()),
        status: pick(["Prospect", "Negotiating", "Completed", "Paused", "Withdrawn"]),
        agreementSigned: "Yes",
      });
    }
    if (n % 250 === 0) partners.push({});
  }
  return { Foundation: foundation, Assets: assets, Leadership: leadership, Partners: partners };
}

/**
 * The same data as a person keeps it in their own workbook (for `new --from`): sheets named their
 * way, their own headers and column order, a title above the headers, amounts typed as "$1,200",
 * dates as "3/1/2027" text, Yes/No as Y/N, a Total row under the money, a column the tracker has no
 * place for. `headers` maps a tracker column id to the user's header, per tab.
 */
export const USER_HEADERS: Record<TabName, { sheet: string; title?: string; columns: Record<string, string> }> = {
  Foundation: {
    sheet: "Initiatives",
    title: "City initiatives — FY27 (working copy)",
    columns: {
      initiativeId: "Project ID",
      initiative: "Project name",
      problemStatement: "Problem",
      benchmarkMetric: "Metric",
      baseline: "Baseline value",
      target: "Goal",
      currentValue: "Current",
      targetDate: "Deadline",
      communityEngagement: "IAP2 level",
      pastEffortsReviewed: "Past efforts",
      politicalDynamics: "Politics",
      requirementsAgreed: "Requirements",
      partnerPrioritiesAcknowledged: "Priorities acknowledged",
      status: "Initiative status",
      leadDepartment: "Department",
    },
  },
  Assets: {
    sheet: "Resources",
    columns: {
      asset: "Resource",
      initiativeId: "Project ID",
      category: "Asset category",
      unit: "UOM",
      available: "On hand",
      needed: "Quantity needed",
      estimatedValue: "Value ($)",
    },
  },
  Leadership: {
    sheet: "People",
    columns: {
      name: "Full name",
      sector: "Org type",
      inGovernment: "City staff",
      role: "Leadership role",
      initiativeId: "Project ID",
      engagement: "Involvement",
    },
  },
  Partners: {
    sheet: "Funders",
    title: "Pledges by funder",
    columns: {
      partner: "Org name",
      sector: "Org type",
      placeBasedFunder: "Local funder",
      initiativeId: "Project ID",
      focusArea: "Focus",
      contribution: "Support type",
      committed: "Pledge",
      received: "Amount received",
      status: "Partner status",
      agreementSigned: "MOU signed?",
    },
  },
};

/** A user's own sheets holding `data` (see USER_HEADERS), with the quirks people's sheets have. */
export function usersSheets(
  data: Record<TabName, readonly SampleRow[]>,
): { name: string; rows: (string | number | null)[][] }[] {
  const money = (v: unknown) => (typeof v === "number" ? `$${v.toLocaleString("en-US")}` : v);
  const usDate = (v: unknown) => {
    const m = typeof v === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
    return m ? `${Number(m[2])}/${Number(m[3])}/${m[1]}` : v;
  };
  const yn = (v: unknown) => (v === "Yes" ? "Y" : v === "No" ? "N" : v);
  const out: { name: string; rows: (string | number | null)[][] }[] = [];
  for (const tab of ["Foundation", "Assets", "Leadership", "Partners"] as TabName[]) {
    const spec = USER_HEADERS[tab];
    const ids = Object.keys(spec.columns);
    const rows: (string | number | null)[][] = [];
    if (spec.title) rows.push([spec.title], []);
    rows.push([...ids.map((id) => spec.columns[id]), "Internal ref"]);
    data[tab].forEach((r, i) => {
      if (Object.keys(r).length === 0) return; // people do not keep blank rows between records
      rows.push([
        ...ids.map((id) => {
          const v = r[id];
          if (v === undefined) return null;
          if (id === "committed" || id === "received" || id === "estimatedValue") return money(v) as string;
          if (id === "targetDate") return usDate(v) as string;
          if (
            [
              "pastEffortsReviewed",
              "requirementsAgreed",
              "partnerPrioritiesAcknowledged",
              "inGovernment",
              "placeBasedFunder",
              "agreementSigned",
            ].includes(id)
          )
            return yn(v) as string;
          return v;
        }),
        `REF-${tab[0]}${i + 1}`,
      ]);
    });
    if (tab === "Partners") {
      const total = data.Partners.reduce((s, r) => s + (typeof r.committed === "number" ? r.committed : 0), 0);
      rows.push(["Total", null, null, null, null, null, money(total) as string]);
    }
    out.push({ name: spec.sheet, rows });
  }
  return out;
}
