import type { Activity } from '../feed/types.js';
import { compareActivities } from './group.js';

/** A run of activities whose time ranges overlap, directly or through one another. */
export interface ParallelCluster {
  /** Earliest start of the cluster (epoch ms). */
  readonly start: number;
  /** Latest end of the cluster (epoch ms). */
  readonly end: number;
  /** The cluster's activities in chronological order (start, end, id), each with its lane index. */
  readonly items: readonly { readonly activity: Activity; readonly lane: number }[];
  /** The same activities by lane: within a lane no two overlap; lane 0 first. A plain card when there is one lane. */
  readonly lanes: Activity[][];
}

/**
 * Split activities into clusters of parallel activities and give each a lane, for a side-by-side timeline.
 *
 * - Ranges are half-open `[start, end)`: a session ending at 10:00 and one starting at 10:00 are not parallel.
 * - Overlap is transitive: 9–11, 10:30–12 and 11:30–13 form one cluster (two lanes), since the reader must see
 *   them side by side to follow the thread.
 * - Lanes are assigned greedily in chronological order (first free lane), which uses the fewest lanes possible
 *   (the largest number of activities running at one instant).
 * - Cancelled activities never create parallelism: each is its own single-activity cluster, so a cancelled session
 *   does not squeeze the ones that still happen. It is placed in the cluster order by its own start.
 *
 * Clusters come in chronological order (start, then end, then the first activity's id).
 */
export function parallelClusters(activities: readonly Activity[]): ParallelCluster[] {
  const sorted = [...activities].sort(compareActivities);
  const clusters: ParallelCluster[] = [];
  let run: Activity[] = [];
  let runEnd = -Infinity;
  const flush = () => {
    if (run.length > 0) clusters.push(assignLanes(run));
    run = [];
    runEnd = -Infinity;
  };
  for (const a of sorted) {
    if (a.status === 'cancelled') {
      clusters.push(assignLanes([a]));
      continue;
    }
    if (a.start >= runEnd) flush();
    run.push(a);
    runEnd = Math.max(runEnd, a.end);
  }
  flush();
  return clusters.sort(
    (x, y) => x.start - y.start || x.end - y.end || compareActivities(x.items[0].activity, y.items[0].activity),
  );
}

/** Greedy interval partitioning of chronologically sorted activities. */
function assignLanes(sorted: readonly Activity[]): ParallelCluster {
  const lanes: Activity[][] = [];
  const laneEnds: number[] = [];
  const items = sorted.map((activity) => {
    let lane = laneEnds.findIndex((end) => end <= activity.start);
    if (lane < 0) {
      lane = lanes.length;
      lanes.push([]);
      laneEnds.push(activity.end);
    }
    lanes[lane].push(activity);
    laneEnds[lane] = activity.end;
    return { activity, lane };
  });
  const start = sorted[0].start;
  const end = Math.max(...sorted.map((a) => a.end));
  return { start, end, items, lanes };
}
