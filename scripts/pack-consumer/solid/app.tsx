// Type-checked only: the tags in Solid, typed by `mission-agenda/jsx/solid` (listed in tsconfig.json's `types`).
export function App(props: { feed: unknown }) {
  return (
    <>
      <mission-agenda
        feed={props.feed}
        time-zone="local"
        onmission-load={(event) => {
          const count: number = event.detail.activityCount;
          console.log(count);
        }}
      />
      {/* @ts-expect-error time-zone is a string */}
      <mission-agenda time-zone={42} />
    </>
  );
}
