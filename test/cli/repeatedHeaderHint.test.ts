import { runOnFile } from "./helpers";

/**
 * A directory whose organisations' names head two columns, one written `Name`, the other `name` (its
 * kind in its own language): a helper's round nx, real, an international youth co-operatives' list.
 * Invented co-operatives in that layout. The hints' --map must be one the mapping takes.
 */
const DIRECTORY =
  "Organization Type,Name,name,Region,Country,City,Size,Sector,Address,Description,Website,Email\n" +
  "Youth-led Co-ops,Coop Uno,Cooperativa de producción,Americas,Argentina,Rosario,100+,Agriculture,1 Main Street Rosario,A co-operative of young members,http://uno.example.org,info@uno.example.org\n" +
  "Youth-led Co-ops,Coop Deux,Coopérative d'habitants,Europe,France,Lyon,0-5,Housing,1 Main Street Lyon,A co-operative of young members,http://deux.example.org,n/a\n" +
  "Youth-led Co-ops,Coop Three,Cooperative society,Africa,Kenya,Nairobi,6-20,Banking / credit unions,1 Main Street Nairobi,A co-operative of young members,http://three.example.org,contact@three.example.org\n" +
  "Youth-led Co-ops,Coop Cuatro,Cooperativa de producción,Americas,Peru,Lima,21-50,Agriculture,1 Main Street Lima,A co-operative of young members,http://cuatro.example.org,hola@cuatro.example.org\n" +
  "Youth-led Co-ops,Coop Five,Cooperative society,Asia,India,Pune,6-20,Multi-purpose,1 Main Street Pune,A co-operative of young members,http://five.example.org,n/a\n" +
  "Youth-led Co-ops,Coop Seis,Cooperativa de producción,Americas,Chile,Valdivia,0-5,Housing,1 Main Street Valdivia,A co-operative of young members,http://seis.example.org,seis@example.org\n";

/**
 * Stacked tables, each under its title (360Giving's grants research tables, as derived_stacked_tables):
 * row 3 heads `Grant amount` once; row 10, the table the no-header message reads (it names more), heads
 * `Grant amount` and `Grant amount %`, alike to the mapping. A --map naming both headers maps row 3, the
 * first holding them. Invented grants.
 */
const STACKED =
  "By publisher,,,,,\n,,,,,\n" +
  ",Publisher:Name,Grant amount,percent,,\n" +
  "0,Lakeside Arts Council,600000.5,60,,\n1,Riverton Community Fund,300000,30,,\n2,Northfield Trust,100000,10,,\n" +
  ",,,,,\nTop grants,,,,,\n,,,,,\n" +
  ",Publisher:Name,Grant amount,Grant amount %,Start date,Amount received\n" +
  "0,Lakeside Arts Council,500000,50,2020-05-01,400000\n1,Riverton Community Fund,300000,30,2020-06-01,300000\n" +
  "2,Northfield Trust,200000,20,2020-07-01,100000\n";

describe("a hint offering a header that heads two columns", () => {
  it("names it by its place where the row the --map maps heads two, and followed, it is taken", async () => {
    const checked = await runOnFile("coops.csv", DIRECTORY, ["check"]);
    expect(checked.code).toBe(3);
    expect(checked.said).toContain('"Name (1)" holds the names: map it to Partner');
    expect(checked.said).toContain('--tab Partners --map "Name (1)=Partner"');
    const summed = await runOnFile("coops.csv", DIRECTORY, ["summary"]);
    expect(summed.said).toContain('--map "Name (1)=Partner"');
    const followed = await runOnFile("coops.csv", DIRECTORY, [
      "check",
      "--tab",
      "Partners",
      "--map",
      "Name (1)=Partner",
    ]);
    expect(followed.code).toBe(0);
    expect(followed.said).toContain("Name (1) → Partner");
  });

  it("names it as written where that row heads it once, though the row the message reads heads two", async () => {
    const summed = await runOnFile("grants.csv", STACKED, ["summary"]);
    expect(summed.said).toContain("row 10 has Publisher:Name, Grant amount, Grant amount %");
    expect(summed.said).toContain('--map "Publisher:Name=Partner" --map "Grant amount=Committed"');
    expect(summed.said).not.toContain("Grant amount (1)");
    // Followed, it sums the first table, whose amounts the hint named: 1,000,000.50 and the second's 1,000,000.
    const followed = await runOnFile("grants.csv", STACKED, [
      "summary",
      "--tab",
      "Partners",
      "--map",
      "Publisher:Name=Partner",
      "--map",
      "Grant amount=Committed",
    ]);
    expect(followed.code).toBe(0);
    expect(followed.said).toContain("$2,000,000.50");
  });
});
