/**
 * `npm run roster:import -- --kind committees|mediators|cases --file 名册.xlsx [--commit]`: a committee
 * roster, a mediator list or a committee's ledger of past cases (台账, 补录) from the spreadsheet a justice office keeps (xlsx or CSV, Chinese
 * headers; `--template` writes an empty one). Without --commit it is a dry run listing every
 * row's problem; with it, everything is written only when no row has one.
 */
import 'reflect-metadata';
import ExcelJS from 'exceljs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { WeChatClient } from '../modules/identity/wechat.client';
import { importRoster, ROSTER_COLUMNS, type RosterKind, type RosterRow } from '../modules/roster/roster-import';
import { resolveSecrets } from '../secrets';
import { runCommand, withDatabase } from './with-database';

/** The first sheet's rows as objects keyed by the header row's text. */
export async function readRoster(file: string): Promise<RosterRow[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = file.toLowerCase().endsWith('.csv') ? await workbook.csv.readFile(file) : (await workbook.xlsx.readFile(file)).worksheets[0];
  if (!sheet) throw new Error(`${file} 中没有工作表`);
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col] = String(cell.text ?? '').trim()));
  const rows: RosterRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row: RosterRow = {};
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell, col) => {
      // A date cell is a date (ExcelJS reads it at UTC midnight), whatever the sheet's display format.
      if (headers[col]) row[headers[col]] = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : String(cell.text ?? '').trim();
    });
    rows.push(row);
  }
  return rows;
}

async function main() {
  const { values } = parseArgs({ options: { kind: { type: 'string' }, file: { type: 'string' }, commit: { type: 'boolean', default: false }, template: { type: 'string' } } });
  const kind = values.kind as RosterKind;
  if (kind !== 'committees' && kind !== 'mediators' && kind !== 'cases') throw new Error('请用 --kind committees（调委会名册）、--kind mediators（调解员名册）或 --kind cases（案件台账，补录）');
  if (values.template) {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet({ committees: '调委会名册', mediators: '调解员名册', cases: '案件台账' }[kind]).addRow(ROSTER_COLUMNS[kind]);
    await workbook.xlsx.writeFile(values.template);
    return console.log(`已写出空白模板 ${values.template}（带 * 的列必填）`);
  }
  const file = values.file;
  if (!file) throw new Error('请用 --file 指定名册文件（xlsx 或 csv）');
  const rows = await readRoster(file);
  await withDatabase(async (orm, config) => {
    const result = await importRoster({ orm, config, secrets: await resolveSecrets(config), wechat: new WeChatClient(config.wechat) }, kind, rows, {
      commit: values.commit,
      ranBy: `${os.userInfo().username}@${os.hostname()}`,
      source: path.basename(file),
    });
    for (const p of result.problems) console.log(`第 ${p.row} 行 ${p.column}：${p.reason}`);
    const counts = `可新增 ${result.created} 行，已存在跳过 ${result.skipped} 行，有问题 ${new Set(result.problems.map((p) => p.row)).size} 行`;
    if (result.committed) console.log(`已导入：${counts.replace('可新增', '新增')}`);
    else {
      console.log(result.problems.length ? `未导入（${counts}）：请改正以上问题后再运行` : `试运行，未写入（${counts}）：确认无误后加 --commit 导入`);
      if (result.problems.length) process.exitCode = 2;
    }
  });
}

if (require.main === module) runCommand(main);
