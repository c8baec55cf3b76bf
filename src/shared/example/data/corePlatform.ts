/** Core Platform and Fundraising Tech, as the reference page shows them. */
import type { ExampleTeamRecord } from '../records'

export const CORE_PLATFORM: ExampleTeamRecord = {
  name: 'Core Platform',
  managers: ['Corey Floyd'],
  groups: [
    {
      title: 'Reduce platform Complexity',
      goals: [
        { text: 'Migrate Service - changeprop' },
        { text: 'Modernizing front end project planning (from Front End Working Group)' },
        { text: 'Add API Integration tests and decouple components' },
        { text: 'Initial librarization of MediaWiki' },
        { text: 'Frontend Architecture Group Planning for Desktop Improvements' },
      ],
    },
    {
      title: 'Tech and Product Partnerships',
      goals: [
        { text: 'Implement MediaWiki REST APIs for MVP' },
        { text: 'Integrate OAuth 2.0 into API' },
        { text: 'Prototype Documentation Portal' },
      ],
    },
  ],
  updates: [
    {
      date: '2019-10-28',
      items: [
        {
          text: 'Modernizing front end project planning (from Front End Working Group)',
          status: 'in-progress',
        },
        { text: 'Implement MediaWiki REST APIs for MVP', status: 'in-progress' },
        { text: 'Prototype Documentation Portal', status: 'in-progress' },
      ],
    },
    {
      date: '2019-12-12',
      sections: [
        {
          status: 'done',
          items: [
            'Integrate Session Service',
            'Migrate Mainstash',
            'API Integration testing infrastructure',
            'Kick off Front End Working Group to explore recommendations from the Q4 research and identify a project to begin working on in Q2',
            'Schema Registry CI',
            'Stream Config Planning and Design',
            'REST API for Parsoid',
          ],
        },
        { status: 'in-progress', items: ['OAuth 2.0 Initial implementation'] },
      ],
    },
  ],
}

export const FUNDRAISING_TECH: ExampleTeamRecord = {
  name: 'Fundraising Tech',
  managers: ['Erika Bjune'],
  groups: [
    {
      title: 'Core Work',
      goals: [
        { text: 'Support high revenue/high risk campaigns' },
        { text: 'Extra attention payed to security and privacy during highest revenue campaigns' },
      ],
    },
  ],
  updates: [
    { date: '2019-10-28', items: [{ text: 'all goals', status: 'in-progress' }] },
    {
      date: '2019-12-12',
      sections: [
        {
          status: 'done',
          items: [
            'Support Advancement in testing and planned Q1 campaigns',
            'Get India form to first 1 hour test and continue further development',
            'Get recurring up-sell to first 1 hour test and continue further development',
            'Proactively update current systems with latest security patches and respond to compliance or regulation changes.',
            'Complete required security and complaince scans',
          ],
        },
      ],
    },
  ],
}
