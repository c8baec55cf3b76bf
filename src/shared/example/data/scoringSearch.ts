/** Machine Learning / Scoring Platform and Search Platform, as the reference page shows them. */
import type { ExampleTeamRecord } from '../records'

export const SCORING_PLATFORM: ExampleTeamRecord = {
  name: 'Machine Learning / Scoring Platform',
  managers: ['Aaron Halfaker'],
  groups: [
    { title: 'Core Work', goals: [{ text: 'Hire ML Engineer' }] },
    {
      title: 'Machine Learning Infrastructure',
      goals: [
        { text: 'Jade use, maintenance, and user-research' },
        { text: 'Deployment of session-based models' },
        { text: 'Jade Entity Page UI' },
        { text: 'Newcomer quality session models' },
        { text: 'Expansion of Topic Model to ar, ko, and cswiki' },
      ],
    },
  ],
  updates: [
    { date: '2019-10-28', items: [{ text: '(no updates available)', status: null }] },
    {
      date: '2019-12-12',
      sections: [
        {
          status: 'done',
          items: [
            'Build out the Jade API to support user-actions',
            'Build/improve models in response to community demand (ongoing every quarter)',
          ],
        },
        { status: 'in-progress', items: ['Hire ML Engineering Manager'] },
      ],
    },
  ],
}

export const SEARCH_PLATFORM: ExampleTeamRecord = {
  name: 'Search Platform',
  managers: ['Guillaume Lederrey'],
  groups: [
    {
      title: 'Address Knowledge Gaps',
      goals: [{ text: 'Any new data retention requirements are implemented' }],
    },
    {
      title: 'Core Work',
      goals: [
        { text: 'New query parser is used in production by the end of Q2' },
        { text: 'WDQS storage expansion' },
        {
          text: 'CirrusSearch writes are split into per cluster kafka partitions to isolate clusters from each others by end of Q2',
        },
        {
          text: 'Get "explore similar" running again, with whatever has changed since we last looked at it',
        },
        { text: 'Increase understanding of our work outside our team, and outside the Foundation' },
        {
          text: 'Improve search quality, especially for non-English wikis by prioritizing community requests - Positive feedback from speakers/community on changes made',
        },
        {
          text: 'CirrusSearch writes can be paused during cluster operations without causing excessive stress on change propagation infrastructure by end of Q2',
        },
        { text: 'Rerun "explore similar" A/B test with rigorous analysis of results' },
        { text: 'Enable cross-wiki searching for 3+ new languages/projects', stretch: true },
      ],
    },
    {
      title: 'Machine Learning Infrastructure',
      goals: [
        { text: 'Glent method 0 (session reformulation) A/B tested and deployed by end of Q2' },
        {
          text: 'Learning to Rank (LTR) applied to additional languages and projects to improve ranking (needs experimentation, might not work at all)',
        },
        {
          text: "Glent method 1 (comparison to other users' queries) offline tested, tuned, A/B tested and possibly deployed end of Q2",
        },
      ],
    },
    {
      title: 'Structured Data',
      goals: [
        {
          text: 'Proof of Concept SPARQL endpoint for SDoC is available on WMCS and updated weekly.',
          stretch: true,
        },
      ],
    },
  ],
  updates: [
    {
      date: '2019-10-28',
      items: [
        {
          text: 'WDQS storage expansion',
          status: 'in-progress',
          note: '(Quote requested, waiting for feedback from vendor)',
        },
        {
          text: 'Glent method 0 (session reformulation) A/B tested and deployed by end of Q2',
          status: 'in-progress',
          note: '(A/B test running, still need to evaluate results and activate in production (provided the results are positive))',
        },
        {
          text: "Glent method 1 (comparison to other users' queries) offline tested, tuned, A/B tested and possibly deployed end of Q2",
          status: 'in-progress',
          note: '(Some quality issues are identified in offline tests and need to be addressed before we can move forward. The biggest problems are that we are looking at edit distance per-string rather than per-token (probably because we thought too much about single word queries, where per-string and per-token are the same thing), and that Method 1 is too ready to add spaces or change the first letter of a word, all of which can make the ""semantic distance"" between a query and a suggestion much bigger.)',
        },
        {
          text: 'Proof of Concept SPARQL endpoint for SDoC is available on WMCS and updated weekly.',
          status: 'in-progress',
          note: '(SPARQL endpoint for SDC (Commons Query Service - CQS) is blocked on having dumps from SDC that we can load on the endpoint.)',
        },
      ],
    },
    {
      date: '2019-12-12',
      sections: [
        {
          status: 'done',
          items: [
            'Refactor query highlighting',
            'RDF export',
            'Address the indexing issues of MediaInfo (labels vs descriptions)',
            'Full data reimport for WDQS to enable optimizations',
            'Start the hiring process for a new WDQS Engineer',
          ],
        },
        {
          status: 'in-progress',
          items: [
            'Refactor Mjolnir jobs into separate smaller jobs',
            '2.1. Hardware renewal: replace elastic1017-1031',
            '3.1. "Did you mean" suggestions: deploy method0 to production and deployed by end of Q2',
            'Improve WDQS updater performance',
          ],
        },
      ],
    },
  ],
}
