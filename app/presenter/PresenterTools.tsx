// The lesson page's presenter controls: the mode toggle, the speaker-notes link, and the blank screen.
import { t } from '../i18n';
import { formatRoute } from '../routing/route';
import { useBlankScreen, usePresenterMode } from './usePresenter';

export function PresenterTools({ lessonId }: { lessonId: string }) {
  const [on, setOn] = usePresenterMode();
  const blank = useBlankScreen(on);
  return (
    <div className="presenter-tools">
      <button type="button" aria-pressed={on} onClick={() => setOn(!on)} title={t('presenter.keys')}>
        {t('presenter.mode')}
      </button>
      <a href={formatRoute({ name: 'notes', id: lessonId })} target="kubewalk-notes">
        {t('presenter.notesLink')}
      </a>
      {blank && (
        <div className="presenter-blank" data-testid="presenter-blank">
          <p className="sr-only" role="status">
            {t('presenter.blanked')}
          </p>
        </div>
      )}
    </div>
  );
}
