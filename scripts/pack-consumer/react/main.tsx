// What a React + TypeScript user writes: the components of `mission-agenda/react`, and the plain tags typed by
// `mission-agenda/jsx/react` (listed in tsconfig.json's `types`).
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MissionAgenda, type MissionAgendaElement, type MissionLoadEvent } from 'mission-agenda/react';

interface Logged {
  readonly source: string;
  readonly type: string;
  readonly detail: unknown;
}
declare global {
  interface Window {
    missionEvents: Logged[];
  }
}
window.missionEvents = [];

function App() {
  const [feed, setFeed] = useState<unknown>();
  const agenda = useRef<MissionAgendaElement>(null);
  useEffect(() => {
    void fetch('./feed.json')
      .then((response) => response.json())
      .then(setFeed);
  }, []);

  const onLoad = (event: MissionLoadEvent) => {
    const count: number = event.detail.activityCount;
    // the ref is the element itself
    window.missionEvents.push({
      source: 'component',
      type: event.type,
      detail: { count, tag: agenda.current?.localName },
    });
  };

  return (
    <>
      {feed !== undefined && (
        <MissionAgenda
          id="by-property"
          ref={agenda}
          feed={feed}
          timeZone="event"
          lang="en"
          onMissionLoad={onLoad}
          onMissionFilterChange={(event) => {
            const sectors: readonly string[] = event.detail.sectors;
            window.missionEvents.push({ source: 'component', type: event.type, detail: { sectors } });
          }}
        />
      )}
      <mission-agenda
        id="by-src"
        src="./feed.json"
        time-zone="local"
        onmission-load={(event) => {
          const count: number = event.detail.activityCount;
          window.missionEvents.push({ source: 'tag', type: event.type, detail: { count } });
        }}
      />
    </>
  );
}

/** Never rendered: the types reject what the elements do not take. */
export function TypeChecks() {
  return (
    <>
      {/* @ts-expect-error time-zone is a string */}
      <mission-agenda time-zone={42} />
      {/* @ts-expect-error timeZone is a string */}
      <MissionAgenda timeZone={42} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
