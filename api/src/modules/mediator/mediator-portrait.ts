import type { Db } from '../../shared/db';
import { sql } from '../../shared/sql';

const BACKGROUNDS = ['#2f6f5e', '#37598c', '#8c5a2f', '#6b4c8c', '#7a3b3b', '#3b6b7a', '#5e6f2f', '#8c2f55'];

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The portrait a generated network gives its mediators (`/media/mediators/<id>.svg`): the
 * surname on a colour picked from the id. Served by the API so the demo's menu shows a picture
 * offline, where a real committee uploads a photo.
 */
export async function mediatorPortrait(db: Db, mediatorId: number): Promise<string | null> {
  const [row] = await db.rows<{ name: string }>(sql`select name from mediator where id = ${mediatorId} and active`);
  if (!row) return null;
  const background = BACKGROUNDS[mediatorId % BACKGROUNDS.length];
  const initial = escapeXml([...row.name][0] ?? '调');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160" viewBox="0 0 160 160" role="img" aria-label="${escapeXml(row.name)}">`
    + `<rect width="160" height="160" fill="${background}"/>`
    + '<circle cx="80" cy="62" r="30" fill="#ffffff" fill-opacity="0.18"/><path d="M28 150c6-34 28-50 52-50s46 16 52 50z" fill="#ffffff" fill-opacity="0.18"/>'
    + `<text x="80" y="96" font-size="64" text-anchor="middle" fill="#ffffff" font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif">${initial}</text>`
    + '</svg>';
}
