/** Quality and Test Engineering and Release Engineering, as the reference page shows them. */
import type { ExampleTeamRecord } from '../records'

export const QUALITY_AND_TEST: ExampleTeamRecord = {
  name: 'Quality and Test Engineering',
  managers: ['JR Branaa'],
  groups: [
    {
      title: 'Core Work',
      description:
        'A clear set of unit, integration, and system testing tools is available for all supported engineering languages.',
      goals: [{ text: 'Update WebdriverIO from version 4 to 5 for Core.' }],
    },
    {
      title: 'Core Work',
      description: 'Actionable code health metrics are provided for code stewards',
      goals: [
        { text: 'Add all applicable repos to the Code Health pipeline (Code Health Metrics).' },
        { text: 'Solicit feedback from current users of CHM POC and define phase 2 enhancements.' },
      ],
    },
    {
      title: 'Improve Code Review experience',
      goals: [
        {
          text: 'Interview engineering teams to understand their current code review practices',
          status: 'todo',
        },
        { text: 'Relaunch the Code Review Office Hours', status: 'in-progress' },
        { text: 'Put in place Code Review performance metrics', status: 'in-progress' },
      ],
    },
    {
      title: 'Reduce complexity of the platform to make it easier for new developers to contribute',
      description: 'Actionable code health metrics are provided for code stewards',
      goals: [{ text: 'Make CI warn about slow tests, and publish a collated list of slow tests' }],
    },
  ],
  updates: [
    {
      date: '2019-10-28',
      items: [
        {
          text: 'Solicit feedback from current users of CHM POC and define phase 2 enhancements',
          status: 'in-progress',
        },
        { text: 'Relaunch the Code Review Office Hours', status: 'in-progress' },
        {
          text: 'Put in place Code Review performance metrics',
          status: 'in-progress',
          note: "(We've defined things, but need to implement)",
        },
      ],
    },
    {
      date: '2019-12-12',
      sections: [
        {
          status: 'in-progress',
          items: [
            'Team inception, formalization, and assessment of current organizational practices',
          ],
        },
        {
          status: 'blocked',
          items: ['Scope out requirements for a self-hosted version of SonarQube for our use.'],
        },
      ],
    },
  ],
}

export const RELEASE_ENGINEERING: ExampleTeamRecord = {
  name: 'Release Engineering',
  managers: ['Tyler Cipriani'],
  groups: [
    {
      title: 'Reduce Complexity of Platform',
      description:
        'Build and support a fully automated and continuous Code Health and Deployment Infrastructure',
      goals: [
        { text: 'Update weekly branchcut script for MediaWiki to allow for automation' },
        { text: 'Production configuration is compiled into static files on deployment servers' },
        { text: 'Seakeeper (New CI) proposal for a dedicated CI cluster submitted for feedback' },
        {
          text: 'A demonstration MediaWiki development environment hosts the full TimedMediaHandler front-end and back-end workflow',
        },
        {
          text: 'Other service deployment pipeline migrations as prioritized between SRE/RelEng and relevant teams.',
        },
      ],
    },
    {
      title: 'Core Work',
      description: 'Improve and maintain the Wikimedia code review system',
      goals: [
        { text: 'Migrate Gerrit master from Cobalt to Gerrit1001' },
        { text: 'Migrate from Gerrit version 2.15 to 2.16' },
        { text: 'Continuation of Phabricator and Gerrit improvement (in conjunction with SRE)' },
      ],
    },
  ],
  updates: [
    {
      date: '2019-10-28',
      items: [
        {
          text: 'Migrate Gerrit master from Cobalt to Gerrit1001',
          status: 'done',
          note: '(Completed on 2019-10-22; needed to be done early in the quarter to ensure we could also jump Gerrit versions this quarter)',
        },
        {
          text: 'Update weekly branchcut script for MediaWiki to allow for automation',
          status: 'in-progress',
        },
        {
          text: 'Production configuration is compiled into static files on deployment servers',
          status: 'in-progress',
        },
        {
          text: 'Seakeeper (New CI) proposal for a dedicated CI cluster submitted for feedback',
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
            'Streamline the Kibana -> Phab error reporting workflow (using client-side code, at first)',
            'Work with SRE to identify and implement needs of Phabricator and Gerrit',
            'Determine path forward with current CI infrastructure given Jan 1, 2020 python2 EOL',
            'Document an implementable architecture for what we want in new CI',
            'POCs of GitLab, Argo, and Zuul3 systems (as possible); evaluate options',
            'Migrate restrouter',
            '(Stretch): Preparatory MediaWiki config clean-up & static loading work',
            'Preliminary work on a CLI for setup/management (local charts)',
            'Instantiate testing and linting of helm charts',
          ],
        },
        { status: 'in-progress', items: ['(Stretch): MobileContentService'] },
        { status: 'blocked', items: ['Migrate local-charts to deployment-charts'] },
        { status: 'postponed', items: ['Scope updated CI/testing KPIs'] },
      ],
    },
  ],
}
