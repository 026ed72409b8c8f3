import { ArchiveScreen } from './features/archive/archive-screen';
import { DocumentViewScreen } from './features/document-view/document-view-screen';
import { ClosureLetterScreen } from './features/documents/closure-letter-screen';
import { ExportScreen } from './features/documents/export-screen';
import { HomeScreen } from './features/home/home-screen';
import { NewClientScreen } from './features/clients/new-client-screen';
import { RunnerScreen } from './features/runner/runner-screen';
import { StartSessionScreen } from './features/templates-picker/start-session-screen';
import { SettingsScreen } from './features/settings/settings-screen';
import { MergeScreen } from './features/sync/merge-screen';
import { t } from './i18n/t';
import type { Navigate, Route } from './routes';

/** The unlocked app: the current screen. Unmounted on lock, which drops all client data. */
export function Workspace({ route, navigate }: { route: Route; navigate: Navigate }) {
  switch (route.name) {
    case 'home':
      return (
        <HomeScreen
          notice={route.notice}
          onNewClient={() => navigate({ name: 'new-client' })}
          onOpenSession={(sessionId) => navigate({ name: 'runner', sessionId })}
          onStartSession={(clientId) => navigate({ name: 'start-session', clientId })}
          onExport={(sessionId) => navigate({ name: 'export', sessionId, from: 'home' })}
        />
      );
    case 'settings':
      return <SettingsScreen tab={route.tab} />;
    case 'archive':
      return (
        <ArchiveScreen
          initialQuery={route.query}
          onOpen={(sessionId, query) => navigate({ name: 'document', sessionId, back: query })}
          onGoToClients={() => navigate({ name: 'home' })}
        />
      );
    case 'document':
      return (
        <DocumentViewScreen
          key={route.sessionId}
          sessionId={route.sessionId}
          onBack={() => navigate({ name: 'archive', query: route.back })}
        />
      );
    case 'export':
    case 'closure-letter': {
      const back = () =>
        navigate(
          route.from === 'document'
            ? { name: 'document', sessionId: route.sessionId }
            : { name: 'home' },
        );
      return route.name === 'export' ? (
        <ExportScreen
          key={route.sessionId}
          sessionId={route.sessionId}
          onBack={back}
          onEditLetter={() => navigate({ ...route, name: 'closure-letter' })}
        />
      ) : (
        <ClosureLetterScreen key={route.sessionId} sessionId={route.sessionId} onBack={back} />
      );
    }
    case 'runner':
      return (
        <RunnerScreen
          key={route.sessionId}
          sessionId={route.sessionId}
          onBack={() => navigate({ name: 'home' })}
          onExport={(sessionId) => navigate({ name: 'export', sessionId })}
        />
      );
    case 'start-session':
      return (
        <StartSessionScreen
          key={route.clientId}
          clientId={route.clientId}
          onCancel={() => navigate({ name: 'home' })}
          onStarted={(sessionId) => navigate({ name: 'runner', sessionId })}
        />
      );
    case 'merge':
      return <MergeScreen onDone={(notice) => navigate({ name: 'home', notice })} />;
    case 'new-client':
      return (
        <NewClientScreen
          onCancel={() => navigate({ name: 'home' })}
          onCreated={(name) =>
            navigate({ name: 'home', notice: t('home.sessionStarted', { name }) })
          }
        />
      );
  }
}
