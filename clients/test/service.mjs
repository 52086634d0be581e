// The address of the running service under test, from SCHOLARGATE_URL (scripts/test.sh sets it).
export const BASE_URL = (process.env.SCHOLARGATE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');

export const COMPARISON = 'Compare knowledge distillation and Longformer / BigBird';

// The founding papers of the two compared records, as the catalog links them.
export const FOUNDING_PAPERS = ['https://arxiv.org/abs/1503.02531', 'https://arxiv.org/abs/2004.05150'];
