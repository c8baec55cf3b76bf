/** Performance, as the reference page shows it (statuses written before the goal). */
import type { ExampleTeamRecord } from '../records'

export const PERFORMANCE: ExampleTeamRecord = {
  name: 'Performance',
  managers: ['Gilles Dubuc'],
  groups: [
    {
      title: 'Core Work',
      goals: [
        { status: 'in-progress', text: 'Provide performance expertise to FAWG outcome' },
        {
          status: 'todo',
          text: 'Hold 3 or more workshops and training sessions with 1 engineering team',
        },
        { status: 'in-progress', text: 'Hire and onboard Systems Performance Engineer' },
        { status: 'todo', text: 'Publish 2 blog posts about performance' },
        {
          status: 'in-progress',
          text: 'Organise and run the Web Performance devroom at FOSDEM 2020',
        },
      ],
    },
    {
      title: 'Reduce Complexity of the Platform',
      goals: [
        { status: 'todo', text: 'Create performance alerts for 12 different wikis' },
        {
          status: 'todo',
          text: 'Create synthetic tests for backend editing with XHGui profile comparison',
        },
        {
          status: 'todo',
          text: 'Expand coverage of metrics from synthetic testing (introducing user journeys). Add 5 new user journeys and a minimum of 7 new metrics',
        },
        {
          status: 'todo',
          text: 'Add a new Graphite instance for synthetic metrics. It needs to be connected with our current Grafana instance and documented.',
        },
        { status: 'todo', text: 'Migrate ResourceLoader dependency tracking off the RDBMs' },
      ],
    },
  ],
  updates: [
    {
      date: '2019-10-28',
      items: [
        {
          text: 'Hire Systems Performance Engineer and create onboarding material, ensuring that this new hire has a shared understanding of the team’s performance culture.',
          status: 'in-progress',
        },
        {
          text: 'Organise and run the Web Performance devroom at FOSDEM 2020',
          status: 'in-progress',
        },
        {
          text: 'Add a new Graphite instance for synthetic metrics. It needs to be connected with our current Grafana instance and documented.',
          status: 'in-progress',
        },
        { text: 'MachineVision extension performance review', status: 'in-progress' },
      ],
    },
    {
      date: '2019-12-12',
      sections: [
        {
          status: 'done',
          items: [
            'Support AbuseFilterCachingParser deployment',
            'Create Grafana dashboard for WANObjectCache statistics',
            'Support Parsing Team with performance insights on Parsoid-php roll out',
            'Line up interested speakers for a FOSDEM Web Performance devroom proposal',
            'Audit use of CSS image-embedding (improve page-load time by reducing the size of stylesheets)',
          ],
        },
        {
          status: 'in-progress',
          items: [
            'Improve the filtering of obsolete domains in GTIDs to avoid timeouts on GTID_WAIT. (get reviewed and merged)',
            'Reduce reliance on master-DB writes for RL file-dependency tracking (Multi-DC prep)',
            'Figure out the right store to use for the main stash',
            'Publish 8 blog posts about performance',
            "Support and maintenance of MediaWiki's object caching and data access components.",
            'Support and maintenance of WebPageTest and synthetic testing infrastructure',
            "Support and maintenance of MediaWiki's ResourceLoader",
            'Support and maintenance of Fresnel',
            'Provide performance expertise to FAWG outcome',
          ],
        },
        { status: 'blocked', items: ['Swift cleanup + WebP ramp up'] },
      ],
    },
  ],
}
