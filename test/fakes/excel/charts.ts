/** Charts on a worksheet. */
import { formatLocal } from "./address";
import type { FakeChart, FakeSheet } from "./state";
import { ERROR_CODES, fail } from "./errors";
import type { FakeRequestContext } from "./context";
import { clientObjectWith, FakeKeyedCollection, type ItemLookup, properties } from "./base";
import { FakeWorksheet } from "./worksheet";
import { FakeRange } from "./range";

interface ChartEntity {
  readonly sheet: FakeSheet;
  readonly chart: FakeChart;
}

export class FakeChartCollection extends FakeKeyedCollection<string, ChartEntity, FakeChartProxy> {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(
      ctx,
      () => {
        const s = sheet.resolveOrNull();
        return s === null ? null : s.charts.map((chart) => ({ sheet: s, chart }));
      },
      `${sheet.location}.charts`,
    );
  }
  protected itemProxy(entity: ChartEntity): FakeChartProxy {
    return new FakeChartProxy(this.context, () => entity, `charts[${JSON.stringify(entity.chart.name)}]`);
  }
  private find(name: string): ChartEntity | null {
    const all = this.resolveOrNull();
    return all?.find((c) => c.chart.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  protected readonly lookup: ItemLookup<string, ChartEntity, FakeChartProxy> = {
    Item: FakeChartProxy,
    find: (name) => this.find(name),
    notFound: (name) => `No chart '${name}'`,
  };
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    let created: ChartEntity | undefined;
    this.context.queue(`${this.location}.add(${type})`, [type, sourceData.location, seriesBy], () => {
      const s = this.sheet.entity();
      const src = sourceData.entity();
      const chart: FakeChart = { name: `Chart ${s.charts.length + 1}`, type, source: formatLocal(src.rect), seriesBy };
      s.charts.push(chart);
      created = { sheet: s, chart };
    });
    return new FakeChartProxy(
      this.context,
      () => created ?? fail(ERROR_CODES.itemNotFound, "chart was not added"),
      `${this.location}.add(${type})`,
    );
  }
}

/** Chart properties (Excel.Chart); the title is below, write-only. */
const CHART = properties<ChartEntity>()({
  name: {
    read: (e): string => e.chart.name,
    write: (e, v: string) => {
      e.chart.name = v;
    },
  },
  chartType: { read: (e): string => e.chart.type },
});

export class FakeChartProxy extends clientObjectWith(CHART) {
  get title(): { text: string } {
    return this.writeOnly("title", {
      text: (e, v: string) => {
        e.chart.title = v;
      },
    });
  }
  setPosition(start: string, end?: string): void {
    this.queueCall("setPosition", [start, end ?? null], (e) => {
      e.chart.position = end === undefined ? { start } : { start, end };
    });
  }
  get series(): { getItemAt(i: number): { setXAxisValues(r: FakeRange): void } } {
    const self = this;
    return {
      getItemAt(i: number) {
        return {
          setXAxisValues(r: FakeRange) {
            self.queueCall(`series[${i}].setXAxisValues`, r.location, (e) => {
              e.chart.categories = formatLocal(r.entity().rect);
            });
          },
        };
      },
    };
  }
  delete(): void {
    this.queueCall("delete", null, (e) => {
      e.sheet.charts = e.sheet.charts.filter((c) => c !== e.chart);
    });
  }
}
