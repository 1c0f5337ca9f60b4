import { runOnFile } from "./helpers";

/**
 * Round nx D-nx6 (real: Flanders' capital investment plan, invented rows copying its layout): its `id`
 * and `project` name Foundation's Initiative ID and Initiative, so check read it as Foundation and said
 * four "There is no Problem statement / Benchmark metric / Target / Target date column — add one" errors,
 * exit 1 — nothing a user of a capital plan can act on. Like the capital plan the lead's golden reads
 * (derived_capital_plan: exit 3), it names no partner: the hint says so, and the summary by agency stays.
 */
const HEADER =
  "id,programma,entiteit,project,deelproject,locatie,budget2025,budget2026,budget2027,budget_total,municipality_codes\n";
const ROWS =
  "gip-0001,Asset Management,Agentschap Voorbeeld,N1 Voorbeeldstad herinrichting,fase 1,Voorbeeldstad,0.0,1000000.0,0.0,1000000.0,11001\n" +
  'gip-0002,Asset Management,Agentschap Voorbeeld,N2 Proefdorp fietspaden,Uitvoering,"Proefdorp, Testgem",0.0,500000.0,0.0,500000.0,11002;11003\n' +
  "gip-0003,Havens,Departement Proef,Kaaimuur Proefhaven,Uitvoering,Proefhaven,0.0,3000000.0,0.0,3000000.0,11004\n";

const run = (args: string[], csv: string) => runOnFile("plan.csv", csv, args);

describe("a capital programme whose only Foundation columns are its id and its project", () => {
  it("is no Foundation sheet to check: no column to add, but no partner named (exit 3)", async () => {
    const { code, said } = await run(["check"], HEADER + ROWS);
    expect(code).toBe(3);
    expect(said).not.toContain("Problem statement column");
    expect(said).toContain("No Partners header row");
    expect(said).toContain('"project" names projects');
  });

  it("is still summed by agency when mapped by hand", async () => {
    const { code, said } = await run(
      ["summary", "--tab", "Partners", "--map", "entiteit=Partner", "--map", "budget2026=Committed"],
      HEADER + ROWS,
    );
    expect(code).toBe(0);
    expect(said).toContain("$4,500,000");
  });

  it("does not offer its municipality codes as the figures to map as Committed", async () => {
    const { code, said } = await run(["summary", "--tab", "Partners", "--map", "entiteit=Partner"], HEADER + ROWS);
    expect(code).toBe(3);
    expect(said).toContain('Its figures are in "budget2026"');
    expect(said).not.toContain('"municipality_codes"');
  });

  it("stays Foundation where a third Foundation column is named, or its id is the tracker's own", async () => {
    const third = await run(["check"], HEADER.replace("deelproject", "Target") + ROWS);
    expect(third.said).toContain("Foundation, header row 1");
    const own = await run(["check"], HEADER.replace(/^id/, "Initiative ID") + ROWS);
    expect(own.said).toContain("Foundation, header row 1");
  });
});
