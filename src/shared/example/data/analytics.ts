/** Analytics, as the reference page shows it. */
import type { ExampleTeamRecord } from '../records'

export const ANALYTICS: ExampleTeamRecord = {
  name: 'Analytics',
  managers: ['Nuria Ruiz'],
  groups: [
    {
      title: 'Reduce platform Complexity. Modern Event Platform',
      description:
        'Build a reliable, scalable, and comprehensive platform for creating services, tools and user facing features that produce and consume event data',
      goals: [
        {
          text: 'Resolve Kafka Connect HDFS Licensing issue and decide if we will use Kafka Connect',
          tasks: ['T223626'],
          status: 'postponed',
        },
        {
          text: 'Initial (Stream) Config Service implementation in vagrant',
          tasks: ['T233634'],
          status: 'done',
        },
      ],
    },
    {
      title:
        'Smart Tools for Better Data. Make easier to understand the history of all Wikimedia projects',
      goals: [
        {
          text: 'Release Mediawiki History in JSON/CSV or mysql dump format (the best dataset to date measure content and contributors)',
          status: 'blocked',
        },
        {
          text: 'Deploy hadoop client to dump hosts so mediawiki history public dataset can get to dumps on a reasonable timeframe',
          tasks: ['T234229'],
          status: 'in-progress',
        },
      ],
    },
    {
      title:
        'Smart Tools for Better Data. Make easier to understand how Commons media is used across our projects.',
      goals: [
        {
          text: 'Announce the deployment of the mediarequests API:',
          tasks: ['T231589'],
          status: 'done',
        },
        { text: 'Add mediarequests metrics to Wikistats UI', tasks: ['T234589'], status: 'done' },
      ],
    },
    {
      title: 'Smart Tools for Better Data. Increase Data Quality, Privacy and Security',
      goals: [
        {
          text: 'Deploy Entropy-based alarms for data issues that could indicate, bugs, traffic drops due to censorship on inconsistencies',
          tasks: ['T215863'],
          note: 'this work continues from Q1',
          status: 'in-progress',
        },
        { text: 'Productionize Kerberos Service', status: 'done' },
        {
          text: 'Create test Kerberos identities/accounts for some selected users from Analytics Team in test cluster',
          tasks: ['T212258'],
          status: 'done',
        },
      ],
    },
    {
      title: 'Core. Operational Excellence. Increase Resilience of Systems',
      goals: [{ text: 'New zookeeper cluster for tier-2', tasks: ['T217057'], status: 'done' }],
    },
    {
      title:
        'Core. Operational Excellence. Reduce Operational Load by Phasing Out Legacy Systems/Technologies',
      goals: [
        {
          text: 'Sunset MySQL data store for eventlogging.',
          tasks: ['T159170'],
          note: 'this work continues from Q1',
          status: 'done',
        },
        { text: 'Migrate eventlogging to python3', tasks: ['T234593'], status: 'done' },
      ],
    },
  ],
  updates: [
    {
      date: '2019-10-28',
      items: [
        {
          text: 'Finalize productionizing kerberos service, and then possibly enabling it',
          status: 'done',
        },
        { text: 'Set up a generic workflow to create Kerberos accounts', status: 'in-progress' },
        {
          text: 'Create test Kerberos identities/accounts for some selected users from Analytics Team in test cluster',
          status: 'done',
        },
        { text: 'Deprecate eventlogging-service-eventbus', status: 'done' },
        {
          text: 'Bot Detection “Remove automated traffic not identified as such from readers data”',
          status: 'in-progress',
        },
      ],
    },
    {
      date: '2019-12-12',
      sections: [
        {
          status: 'done',
          items: [
            'Make kerberos infra prod ready',
            'New zookeeper cluster for tier-2',
            'Sunset MySQL data store for eventlogging',
            'Allow all Analytics tools to work with Kerberos auth',
            'Superset upgrade',
            'Release of editors per country dataset',
            'Finish Swift workflow to transfer binaries from Hadoop to production',
            'Enable GPU infrastructure on stats machines with purely OS components',
            'Schema Repository CI for convention and backwards compatibility enforcement',
            'Continue moving events from eventbus to eventgate-main',
            'Start planning work on Stream Configuration Service and Product use of with Event Platform',
            'Set up of Mediarequests API public endpoint. Phase 1. Infra.',
            'Bot Detection Code Prototype: “Remove automated traffic not identified as such from readers data”.',
            'Develop mediarequests API to get statistics of view of individual Wikimedia images',
          ],
        },
        {
          status: 'in-progress',
          items: [
            'Enqueue eventlogging requests for better performance',
            'Release Mediawiki History in JSON/CSV or mysql dump format (the best dataset to measure content and contributors)',
            'Enthrophy-based alarms for data issues',
            'Presto experiments, interaction with HDFS/superset.',
          ],
        },
        {
          status: 'blocked',
          items: ['Describe statement of work (and task) for upcoming designer for wikistats'],
        },
      ],
    },
  ],
}
