import { runOnFile } from "./helpers";

/**
 * A directory whose organisations' names head two columns, one written `Name`, the other `name` (its
 * name in its own language): a helper's round nx, real, an international youth co-operatives' list.
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

const run = (args: string[]) => runOnFile("coops.csv", DIRECTORY, args);

describe("a hint offering a header that heads two columns", () => {
  it("names it by its place, as the mapping takes it, in check's hint and summary's, and followed it works", async () => {
    const checked = await run(["check"]);
    expect(checked.code).toBe(3);
    expect(checked.said).toContain('--tab Partners --map "Name (1)=Partner"');
    const summed = await run(["summary"]);
    expect(summed.said).toContain('--map "Name (1)=Partner"');
    const followed = await run(["check", "--tab", "Partners", "--map", "Name (1)=Partner"]);
    expect(followed.code).toBe(0);
    expect(followed.said).toContain("Name (1) → Partner");
  });
});
