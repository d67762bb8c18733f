export type { BuildOptions, Exclusion, RankedCandidate, RankOptions, RelatedDocument, RelatedTopic, ScoreParts, ScoreWeights } from './types';
export { buildRelatedIndex, type RelatedIndex } from './build-index';
export { computeAllRelated, rankRelated } from './rank';
export { defaultWeights } from './score';
export { sharedEntities, sharedTerms, sharedTopics } from './explain';
export { runningStory } from './running-story';
