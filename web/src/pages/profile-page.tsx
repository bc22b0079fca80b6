import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { PhotoCheck, PhotoView, ProfileView } from '../api/types.js';
import { ErrorMessage, Loading } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/messages.js';
import { PageLink, useApiData } from '../router.js';

const photoLimitLabel = '8 MB';

/** The photo with a rectangle on every face found; the boxes are in the photo's own pixels. */
function PhotoWithFaces({ url, photo }: { url: string; photo: PhotoView }) {
  const { t } = useI18n();
  return (
    <figure className="photo-figure">
      <div className="photo-frame">
        <img src={url} alt={t('profile.photoAlt')} />
        <svg
          className="face-overlay"
          viewBox={`0 0 ${photo.width} ${photo.height}`}
          preserveAspectRatio="none"
          aria-hidden="true"
          data-testid="face-overlay"
        >
          {photo.faceBoxes.map((box, index) => (
            <rect
              key={index}
              className="face-box"
              x={box.x}
              y={box.y}
              width={box.width}
              height={box.height}
              fill="none"
              stroke="#ffd400"
              strokeWidth={Math.max(3, photo.width / 150)}
            />
          ))}
        </svg>
      </div>
      <figcaption>
        {t('profile.faces', { count: photo.faces })}
        {photo.faceBoxes.length > 0 ? ': ' : ''}
        {photo.faceBoxes
          .map((box, index) =>
            t('profile.faceLabel', { number: index + 1, score: Math.round(box.score * 100) }),
          )
          .join('; ')}
      </figcaption>
    </figure>
  );
}

function AuditPart(props: {
  title: string;
  verdict: string;
  findings: { advice: string }[];
  extra?: string;
}) {
  const { t } = useI18n();
  return (
    <section className="audit-part" aria-label={props.title}>
      <h2>
        {props.title}{' '}
        <span className={`badge badge-audit-${props.verdict}`}>
          {t(`profile.verdict.${props.verdict}` as MessageKey)}
        </span>
      </h2>
      {props.extra ? <p className="muted">{props.extra}</p> : null}
      <ul>
        {props.findings.map((finding, index) => (
          <li key={index}>{finding.advice}</li>
        ))}
      </ul>
    </section>
  );
}

export function ProfilePage() {
  const { t, language } = useI18n();
  const profile = useApiData(() => api<ProfileView>('/profile'), [language]);
  const [preview, setPreview] = useState<string | undefined>();
  const [check, setCheck] = useState<PhotoCheck | undefined>();
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  const onPhoto = async (file: File) => {
    setFailure(undefined);
    setCheck(undefined);
    setPreview(URL.createObjectURL(file));
    setChecking(true);
    try {
      setCheck(
        await api<PhotoCheck>('/profile/photo', {
          method: 'POST',
          body: file,
          contentType: file.type || 'application/octet-stream',
        }),
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setChecking(false);
    }
  };

  const view = check ?? profile.data;
  const audit = view?.audit;
  return (
    <section className="page profile-page">
      <h1 tabIndex={-1}>{t('profile.title')}</h1>
      <p className="intro">{t('profile.intro')}</p>
      {profile.error ? <ErrorMessage error={profile.error} retry={profile.reload} /> : null}
      {!view && !profile.error ? <Loading /> : null}
      {view && !profile.data?.audit && !check ? (
        <p>
          {t('profile.noImport')} <PageLink page="import">{t('noData.link')}</PageLink>
        </p>
      ) : null}
      {audit ? (
        <div className="audit">
          {audit.score !== undefined ? (
            <p className="score">{t('profile.score', { score: audit.score })}</p>
          ) : null}
          {audit.photo ? (
            <AuditPart
              title={t('profile.photo')}
              verdict={audit.photo.verdict}
              findings={[{ advice: audit.photo.advice }]}
            />
          ) : null}
          <AuditPart
            title={t('profile.headline')}
            verdict={audit.headline.verdict}
            findings={audit.headline.findings}
            {...(view?.facts?.headline ? { extra: view.facts.headline } : {})}
          />
          {audit.headline.rewrites.length > 0 ? (
            <>
              <h3>{t('profile.rewrites')}</h3>
              <ul className="rewrites">
                {audit.headline.rewrites.map((rewrite) => (
                  <li key={rewrite}>{rewrite}</li>
                ))}
              </ul>
            </>
          ) : null}
          <AuditPart
            title={t('profile.summary')}
            verdict={audit.summary.verdict}
            findings={audit.summary.findings}
            {...(audit.summary.verdict !== 'unknown'
              ? { extra: t('profile.chars', { chars: audit.summary.chars }) }
              : {})}
          />
        </div>
      ) : null}
      <section aria-labelledby="photo-title" className="photo-check">
        <h2 id="photo-title">{t('profile.upload')}</h2>
        <p className="muted">{t('profile.uploadHelp', { limit: photoLimitLabel })}</p>
        <label className="button file-button">
          {t('profile.upload')}
          <input
            type="file"
            accept="image/jpeg,image/png"
            className="visually-hidden"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void onPhoto(file);
              event.target.value = '';
            }}
          />
        </label>
        <div aria-live="polite">{checking ? <p>{t('profile.checking')}</p> : null}</div>
        {failure ? <ErrorMessage error={failure} /> : null}
        {preview && check ? <PhotoWithFaces url={preview} photo={check.photo} /> : null}
      </section>
    </section>
  );
}
