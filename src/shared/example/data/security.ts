/** Security, as the reference page shows it. */
import type { ExampleTeamRecord } from '../records'

const OCTOBER_IN_PROGRESS = [
  'Create initial version of PHP security toolkit',
  'Deploy StopForumSpam',
  'Create privacy engineering charter',
  'Incident response Table Top and updates to security after action reports and improvement plans',
  'Release of Phan 2.x',
  'Update and publish data classification policy',
  'Create initial set of security measurements and metrics',
  'Publish data protection and retention guidelines (goal is being refined)',
  'Draft new employee security awareness content',
  'Publication of privacy review template',
  'Finalize and publish Security services catalog',
  'ERM implementation',
  'Draft 3 new Security Incident Response playbooks Q2',
  'Draft 3 new security policies Q2',
  'Security release Q2',
  'Assess, produce, and socialize Security documentation',
  'Create or improve language-based best security practices documentation',
  'Perform 2 phishing campaigns and provide awareness content',
  'Assess / Refine Phab Usage and Workflows',
  'Facilitate Agile / Scrum adoption',
  'Develop Security PM Best Practices',
]

export const SECURITY: ExampleTeamRecord = {
  name: 'Security',
  managers: ['John Bennett'],
  groups: [
    {
      title: 'Core Work',
      description: 'Security Engineering and Governance',
      goals: [
        'Create initial version of PHP security toolkit',
        'Deploy StopForumSpam',
        'Create privacy engineering charter',
        'Incident response Table Top and updates to security after action reports and improvement plans',
        'Release of Phan 2.x',
        'Update and publish data classification policy',
        'Create initial set of security measurements and metrics',
        'Publish data protection and retention guidelines (goal is being refined)',
        'Bug Bounty SOP',
        'Draft new employee security awareness content',
        'Publication of privacy review template',
        'Finalize and publish Security services catalog',
        'Vulnerability Management',
        'ERM implementation',
        'Supplier assessments',
        'Draft 3 new Security Incident Response playbooks Q2',
        'Draft 3 new security policies Q2',
        'Security release Q2',
        'Assess, produce, and socialize Security documentation',
        'Create or improve language-based best security practices documentation',
        'Perform 2 phishing campaigns and provide awareness content',
        'Assess / Refine Phab Usage and Workflows',
        'Facilitate Agile / Scrum adoption',
        'Develop Security PM Best Practices',
      ].map((text) => ({ text })),
    },
  ],
  updates: [
    // The page writes "status (all are In progress)" over a plain list.
    { date: '2019-10-28', sections: [{ status: 'in-progress', items: OCTOBER_IN_PROGRESS }] },
    {
      date: '2019-12-12',
      sections: [
        {
          status: 'done',
          items: [
            'Team retro, implement agile ceremonies for appsec related projects',
            'Draft 3 new security policies',
            'Create team learning circles',
            'Socialize and Formalize Corrective Action plan for Security Incidents',
            'Publication of security team roadmap',
            'Phishing Security Awareness, at least 2 completed Phishing campaigns',
            'Security release Q1',
            'Discovery ticket for ElastAlert detection and alerting',
          ],
        },
      ],
    },
  ],
}
