import type { Activity } from '../core/feed/types.js';
import { sameList } from '../core/memo.js';
import type { MissionActivityCard } from './mission-activity-card/mission-activity-card.js';

/**
 * The cards of a programme view (the timeline, the grid): one `<mission-activity-card>` per activity object, kept for
 * as long as the activity lives, so a cleared filter puts the same cards back instead of building them again. Cards
 * are brought up to date once per generation: a new generation begins when any input a card shows changed, and a
 * card already synced in it is handed back untouched (long programmes render in many chunks).
 */
export class CardPool {
  private readonly cards = new WeakMap<Activity, MissionActivityCard>();
  private readonly synced = new WeakMap<MissionActivityCard, number>();
  private inputs: readonly unknown[] = [];
  /** Bumped whenever the inputs change; templates may key their guards by it. */
  generation = 0;

  /**
   * @param exportparts the `exportparts` of every card (set before the card is in the document: changing it on
   *   connected cards costs seconds)
   * @param variant the cards' variant
   */
  constructor(
    private readonly exportparts: string,
    private readonly variant: 'full' | 'compact' = 'full',
  ) {}

  /** Begins a new generation when one of `inputs` (everything the cards show) changed. */
  update(inputs: readonly unknown[]): void {
    if (!sameList(this.inputs, inputs)) this.generation++;
    this.inputs = inputs;
  }

  /** The card of `activity`, synced by `sync` unless it already was in this generation. */
  card(activity: Activity, sync: (card: MissionActivityCard) => void): MissionActivityCard {
    let card = this.cards.get(activity);
    if (!card) {
      card = document.createElement('mission-activity-card');
      card.setAttribute('exportparts', this.exportparts);
      if (this.variant !== 'full') card.variant = this.variant;
      this.cards.set(activity, card);
    } else if (this.synced.get(card) === this.generation) {
      return card;
    }
    this.synced.set(card, this.generation);
    card.activity = activity;
    sync(card);
    return card;
  }
}
