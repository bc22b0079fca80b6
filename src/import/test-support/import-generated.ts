import { join } from 'node:path';
import type { Store } from '../../store/store.js';
import { importExport } from '../import-export.js';
import type { ImportSummary } from '../import-summary.js';
import type { GenerateExportOptions, GeneratedExport } from './generate-export.js';
import { generateExport, writeExportFolder, writeExportZip } from './generate-export.js';
import { tempDirectory } from './temp-directory.js';

/** Generates an export, writes it as a ZIP (or folder) in a temp dir and imports it. */
export async function importGenerated(
  store: Store,
  options: GenerateExportOptions,
  as: 'zip' | 'folder' = 'zip',
): Promise<{ summary: ImportSummary; generated: GeneratedExport; path: string }> {
  const generated = generateExport(options);
  const dir = tempDirectory('export');
  const path =
    as === 'zip'
      ? await writeExportZip(dir, generated)
      : await writeExportFolder(join(dir, generated.zipName.replace(/\.zip$/u, '')), generated);
  const summary = await importExport(path, store);
  return { summary, generated, path };
}
