import { runOnFile } from "./helpers";

/**
 * A French département's grants to associations as it publishes them (a helper's round nx, real:
 * Maine-et-Loire's, `Année;SIRET ou NIR;Raison Sociale;Raison sociale 2;Code postal;Commune;Mandaté`,
 * exit 3 "name a Partner column"): the association under its `Raison sociale` (French registers' legal
 * name, as Spanish ones' `Razón social`), what was paid under `Mandaté`. Invented associations; the
 * SIRET rounded as in the real file.
 */
const GRANTS =
  "Année;SIRET ou NIR;Raison Sociale;Raison sociale 2;Code postal;Commune;Mandaté\r\n" +
  "2015;35181600000000;CENTRE DE FORMATION;DES JEUNES AGRICULTEURS;49510;VILLEBOURG;8048.0\r\n" +
  "2015;40415200000000;FOYER RURAL DU PONT;;49520;LE PONT;299.04\r\n" +
  "2016;40415200000000;FOYER RURAL DU PONT;;49520;LE PONT;350.0\r\n" +
  "2016;78617100000000;CLUB SPORTIF DES RIVES;SECTION TENNIS;49000;RIVEBOURG;1200.0\r\n";

const run = (args: string[]) => runOnFile("subventions.csv", GRANTS, args);

describe("a French grants list naming its associations by their raison sociale", () => {
  it("is checked as Partners: the raison sociale the partner, what was mandated the money received", async () => {
    const { code, said } = await run(["check"]);
    expect(code).toBe(0);
    // `Raison sociale 2` goes on with the name (nameContinued.test.ts).
    expect(said).toContain("Raison Sociale + Raison sociale 2 → Partner · Mandaté → Received");
    expect(said).toContain('"FOYER RURAL DU PONT" is on 2 rows');
  });

  it("summary says the payments are there, to add up as Committed", async () => {
    const { said } = await run(["summary"]);
    expect(said).toContain('Its payments are in "Mandaté" (Received): to add them up, map it as Committed.');
  });
});
