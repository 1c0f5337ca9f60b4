import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * A company's name wrapped over lines of its cell inside its quotes (corpus round gn D7, real: Moscow's
 * subsidy register, `ОАО «НПО «ЛИАНОЗОВСКИЙ⏎ЭЛЕКТРОМЕХАНИЧЕСКИЙ⏎ЗАВОД»` said to "list several names").
 * A cell of co-funders, each name's quotes closed on its line, is still a list. Names and amounts invented.
 */
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const REGISTER =
  "Номер договора,Получатель,Сумма (руб.)\n" +
  `1/A-18,${csvCell("ОАО «НПО «АЛЬФА\nЭЛЕКТРОМЕХАНИЧЕСКИЙ\nЗАВОД»")},1000000\n` +
  `2/B-18,${csvCell("АКЦИОНЕРНОЕ ОБЩЕСТВО\n«МОСКОВСКИЙ ЦЕНТР\nПРИМЕРОВ»")},250000\n` +
  `3/C-18,${csvCell('Stichting "De Linde\nen de Eik\nNoord"')},40000\n` +
  "4/D-18,ООО «Бета»,50000\n";
const LIST = `5/E-18,${csvCell("ООО «Альфа»\nООО «Бета»\nООО «Гамма»")},90000\n`;

const MAP = ["--tab", "Partners", "--map", "Получатель=Partner", "--map", "Сумма (руб.)=Committed"];

describe("a partner's name wrapped inside its quotes", () => {
  const dir = tempDir("quoted-name");

  it("is one name, not a list of names", async () => {
    const file = path.join(dir, "register.csv");
    fs.writeFileSync(file, REGISTER);
    const { code, stdout } = await runMain(["summary", ...MAP, file], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Total\s+4\s+RUB\s1,340,000/);
    expect(stdout).not.toContain("several names");
  });

  it("leaves a cell of names, each quoted on its line, a list", async () => {
    const file = path.join(dir, "with-list.csv");
    fs.writeFileSync(file, REGISTER + LIST);
    const { stdout } = await runMain(["summary", ...MAP, file], dir);
    expect(stdout).toContain("1 row's Partner cell lists several names");
    expect(stdout).toContain("ООО «Альфа»; ООО «Бета»; ООО «Гамма»");
  });
});
