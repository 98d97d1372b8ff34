import ExcelJS from 'exceljs';
import type { Context } from '../../context';
import { monthPeriod } from '../../shared/period';
import { DISPUTE_TYPE_VOCABULARY } from '../dispute-type/dispute-type-vocabulary';
import { StatisticsService } from '../statistics/statistics.service';
import { SubsidyService } from '../subsidy/subsidy.service';

export interface Table {
  title: string;
  headers: string[];
  rows: (string | number)[][];
}

/** 月报: the month's cases by the statistical report's dispute types, with totals, for a region. */
export async function monthlyReport(ctx: Context, regionCode: string, month: string): Promise<Table> {
  const stats = await new StatisticsService(ctx).compute({ regionCode, ...monthPeriod(month) });
  const byType = new Map(stats.byDisputeType.map((t) => [t.code, t.count]));
  const rows: (string | number)[][] = DISPUTE_TYPE_VOCABULARY.map((t) => {
    const count = byType.get(t.code) ?? 0;
    return [t.label, count, stats.accepted ? Math.round((count / stats.accepted) * 10_000) / 100 : 0];
  });
  rows.push(['合计', stats.accepted, stats.accepted ? 100 : 0]);
  rows.push(['调解成功', stats.successful, stats.successRate === null ? 0 : Math.round(stats.successRate * 10_000) / 100]);
  rows.push(['司法确认', stats.judicialConfirmations, '']);
  rows.push(['涉及金额（元）', stats.amountInvolved, '']);
  return { title: `人民调解工作统计月报（${month}，区划 ${regionCode}）`, headers: ['纠纷类型', '件数', '占受理数（%）'], rows };
}

/** 以案定补 list: one row per case line, eligible or not, with the reasons. */
export async function subsidyList(ctx: Context, regionCode: string, from: string, to: string): Promise<Table> {
  const report = await new SubsidyService(ctx).compute({ regionCode, from, to });
  const DIFFICULTY = { ORDINARY: '一般', DIFFICULT: '疑难', MAJOR: '重大' } as const;
  const LEVEL = { VILLAGE: '村（社区）级', TOWNSHIP: '乡镇（街道）级及以上' } as const;
  return {
    title: `以案定补核算表（${from} 至 ${to}，区划 ${regionCode}）`,
    headers: ['案号', '调解员', '难易程度', '标准层级', '是否补贴', '金额（元）', '说明'],
    rows: [
      ...report.lines.map((l) => [l.number, l.mediatorName ?? '', DIFFICULTY[l.difficulty], LEVEL[l.level], l.eligible ? '是' : '否', l.amount, l.reasons.join('；')]),
      ['合计', '', '', '', '', report.total, ''],
    ],
  };
}

/** RFC 4180 CSV with a UTF-8 BOM, so Excel on Chinese Windows opens it with the right characters. */
export function toCsv(table: Table): string {
  const cell = (v: string | number) => {
    const text = String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[table.headers, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export async function toXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'tiaojie';
  const sheet = workbook.addWorksheet('报表');
  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
