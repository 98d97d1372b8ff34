/** Photos, PDFs and recordings; nothing executable. */
export const EVIDENCE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf', 'audio/mpeg', 'audio/mp4', 'video/mp4']);

/** Bytes enough to recognise every type above. */
export const SNIFF_BYTES = 16;

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
const AUDIO_MP4_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ']);

/**
 * What the file's first bytes say it is (its magic number), among the evidence types; null for
 * anything else. The declared content type is the uploader's word; this is the file's.
 */
export function sniffEvidenceType(head: Buffer): string | null {
  const ascii = (from: number, to: number) => head.subarray(from, to).toString('latin1');
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (HEIF_BRANDS.has(brand)) return 'image/heic';
    return AUDIO_MP4_BRANDS.has(brand) ? 'audio/mp4' : 'video/mp4';
  }
  if (ascii(0, 3) === 'ID3' || (head[0] === 0xff && head[1] !== undefined && (head[1] & 0xe0) === 0xe0)) return 'audio/mpeg';
  return null;
}

/** The declared type agrees with the bytes (an MP4 container may hold sound or video: WeChat records voice as .m4a). */
export function typeMatches(declared: string, sniffed: string | null): boolean {
  if (sniffed === null) return false;
  const mp4 = (t: string) => t === 'audio/mp4' || t === 'video/mp4';
  return declared === sniffed || (mp4(declared) && mp4(sniffed));
}
