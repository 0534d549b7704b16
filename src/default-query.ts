import { print } from 'graphql';
import { WhichAlliesFundedPurlDocument } from './generated/graphql.js';

/**
 * The query GraphiQL opens with: the question the service exists to answer. Printed from the
 * same typed document the tests run, so the two cannot drift apart.
 */
export const WHICH_ALLIES_FUNDED_PURL = `# Which allies funded PURL, how much, when, and where does each fact come from?\n${print(WhichAlliesFundedPurlDocument)}\n`;
