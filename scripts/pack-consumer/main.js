// What a bundler user writes: import the package, which registers the elements.
import { MissionAgenda } from 'mission-agenda';

if (customElements.get('mission-agenda') !== MissionAgenda) throw new Error('mission-agenda is not registered');
