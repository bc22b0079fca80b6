import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore } from '../../store/open-store.js';
import { loadOwnProfileFacts } from '../../use-cases/own-profile.js';
import { AppError } from '../../core/errors/app-error.js';
import type { ProfileAudit } from '../../core/profile/audit-profile.js';
import { auditProfile } from '../../core/profile/audit-profile.js';
import type { ProfileFacts } from '../../core/profile/profile-facts.js';
import { mergeProfileFacts } from '../../core/profile/profile-facts.js';
import { readProfileFile } from '../../input/read-profile-file.js';
import type { PhotoAnalysis } from '../../vision/analyze-photo.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';
import { auditJson, renderAuditReport } from '../output/audit-report.js';

interface AuditOptions {
  photo?: string;
  headline?: string;
  summary?: string;
  profile?: string;
  nsfw?: boolean;
}

export const registerAuditCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('audit')
    .description(
      t({
        nl: 'licht je eigen profiel door zoals het draaiboek dat doet: foto, kop en samenvatting, met een score en advies',
        en: 'audit your own profile the way the playbook judges one: photo, headline and summary, with a score and advice',
      }),
    )
    .option(
      '--photo <file>',
      t({ nl: 'je profielfoto (JPEG of PNG)', en: 'your profile photo (JPEG or PNG)' }),
    )
    .option('--headline <text>', t({ nl: 'je kop', en: 'your headline' }))
    .option('--summary <text>', t({ nl: 'je samenvatting (Info)', en: 'your summary (About)' }))
    .option(
      '--profile <file.json>',
      t({
        nl: 'je profiel als JSON: headline, summary, position {title, company}, industry, photo, hasPhoto',
        en: 'your profile as JSON: headline, summary, position {title, company}, industry, photo, hasPhoto',
      }),
    )
    .option(
      '--nsfw',
      t({
        nl: 'controleer de foto ook op te bloot of ondeugend (laadt een extra model, ~6 s)',
        en: 'also check the photo for nudity or risqué content (loads an extra model, ~6 s)',
      }),
    )
    .action(kit.action((context, options: AuditOptions) => runAudit(context, options)));
};

async function runAudit(context: CliContext, options: AuditOptions): Promise<ExitCode> {
  const { io, language } = context;
  const file = options.profile ? await readProfileFile(options.profile, io.cwd) : undefined;
  const flags: ProfileFacts = {
    ...(options.headline !== undefined ? { headline: options.headline } : {}),
    ...(options.summary !== undefined ? { summary: options.summary } : {}),
    ...(options.photo !== undefined ? { hasPhoto: true } : {}),
  };
  // Given facts replace stored ones: flags over the --profile file over the imported profile.
  const stored = await loadStoredProfile(context);
  const facts = mergeProfileFacts(stored ?? {}, file?.facts ?? {}, flags);
  const photo = options.photo
    ? { path: resolve(io.cwd, options.photo), label: options.photo }
    : file?.photoPath
      ? { path: file.photoPath, label: file.photoLabel ?? file.photoPath }
      : undefined;

  if (!photo && !hasAnyFact(facts)) {
    throw new AppError('usage', {
      message:
        language === 'nl'
          ? 'Nog niets om door te lichten: importeer je LinkedIn-export (`netwerk import`), of geef --headline, --summary, --photo of --profile BESTAND.json'
          : 'Nothing to audit yet: import your LinkedIn export (`netwerk import`), or give --headline, --summary, --photo or --profile FILE.json',
    });
  }

  let analysis: PhotoAnalysis | undefined;
  if (photo) {
    // The vision stack (wasm, models) loads only when there is a photo to look at.
    const { analyzePhoto } = await import('../../vision/analyze-photo.js');
    if (options.nsfw && io.stderr.isTTY) {
      io.stderr.write(
        context.err.dim(
          language === 'nl'
            ? 'Het NSFW-model laden (ongeveer 6 seconden)...\n'
            : 'Loading the NSFW model (about 6 seconds)...\n',
        ),
      );
    }
    analysis = await analyzePhoto(photo.path, { nsfw: options.nsfw === true, label: photo.label });
  }

  const audit: ProfileAudit = auditProfile({
    facts,
    ...(analysis ? { photo: analysis } : {}),
    language,
  });
  const photoFile = photo?.label;
  if (context.json) {
    io.stdout.write(
      `${JSON.stringify(auditJson(audit, language, analysis, photoFile), null, 2)}\n`,
    );
  } else {
    io.stdout.write(renderAuditReport(audit, facts, language, context.out, analysis, photoFile));
  }
  return audit.fine ? 0 : 1;
}

function hasAnyFact(facts: ProfileFacts): boolean {
  return (
    facts.headline !== undefined ||
    facts.summary !== undefined ||
    facts.hasPhoto !== undefined ||
    facts.position !== undefined
  );
}

/** The own profile from the database; none when no database or no import exists yet. */
async function loadStoredProfile(context: CliContext): Promise<ProfileFacts | undefined> {
  const location = context.databaseLocation;
  if (!/^postgres(?:ql)?:\/\//iu.test(location) && !existsSync(location)) return undefined;
  const store = await openStore(location);
  try {
    return await loadOwnProfileFacts(store);
  } finally {
    await store.close();
  }
}
