/** Technical Engagement, as the reference page shows it (statuses written before the goal). */
import type { ExampleTeamRecord } from '../records'

const OUTREACHY =
  'Coordinate Outreachy round 19. At least 5 featured projects are accepted for Outreachy round 19 by Oct 1st {{Done}}. At least five projects are successfully completed by Outreachy interns by end of Q3.'

export const TECHNICAL_ENGAGEMENT: ExampleTeamRecord = {
  name: 'Technical Engagement',
  managers: ['Birgit Müller'],
  dependencies: 'SRE/Data Center Operations team (for core work)',
  groups: [
    {
      title: 'Core Work',
      goals: [
        {
          status: 'done',
          text: '[IaaS] All out of warranty hardware used for offsite backups of Cloud Services data in the codfw datacenter is replaced',
        },
        {
          status: 'in-progress',
          text: '[IaaS] 60% of the remaining Debian Jessie systems in the hardware layer underlying Cloud VPS are upgraded to Debian Buster or Stretch',
        },
        {
          status: 'in-progress',
          text: '[IaaS] All Debian Jessie instances are removed/replaced in 95% of Cloud VPS hosted projects',
        },
        {
          status: 'done',
          text: '[IaaS] Deploy a minimum viable Ceph cluster in eqiad and convert 1+ cloudvirt servers to use it for instance storage',
        },
        {
          status: 'todo',
          text: '[IaaS] Measure IOPS as seen at the instance level, IOPS as seen at the Ceph cluster level, and network activity generated in delivering IOPS at the backbone network level to produce a forecast for impact of full conversion of cloudvirt servers to Ceph instance storage.',
        },
        {
          status: 'in-progress',
          text: '[IaaS] Create a shared understanding of systems and service continuity and availability constraints in the current Cloud VPS product which can be used to design follow-on projects to reduce single points of failure and establish practices for testing and maintaining continuity and availability of Cloud VPS core services.',
        },
        {
          status: 'done',
          text: '[IaaS] OpenStack APIs and services are upgraded to the "Ocata" release',
        },
        {
          status: 'done',
          text: '[PaaS] Deploy a Kubernetes 1.15.2+ cluster in Toolforge which will be used to provide a more modern, secure, and performant PaaS baseline to Tool maintainers.',
        },
        {
          status: 'in-progress',
          text: '[PaaS] Migrate 5+ early adopter/beta tester tools from legacy Kubernetes cluster to new Kubernetes cluster to validate integration with ingress proxy layer and sandboxing/isolation of new Kubernetes cluster deployment.',
        },
        {
          status: 'in-progress',
          text: '[PaaS] Create timeline and operational plan for migrating all Kubernetes workloads in Toolforge to the new Kubernetes cluster and decommissioning the legacy cluster by the end of FY19/20.',
        },
        {
          status: 'done',
          text: '[Docs] Create a functional template and content checklist for Help pages in the Toolforge and Cloud VPS technical content collections.',
        },
        {
          status: 'done',
          text: '[Docs] Establish a technical content review process with developers on WMCS team.',
        },
        {
          status: 'done',
          text: '[Docs] Noticeably improve readability for 5 instances of Toolforge and Cloud VPS "Help" documentation on Wikitech.',
        },
      ],
    },
    {
      title: 'Reduce Complexity of the Platform, Movement Diversity',
      description:
        'Increased visibility & knowledge of technical contributions, services and consumers across the Wikimedia ecosystem',
      goals: [
        {
          status: 'in-progress',
          text: 'Create a blog by and for technical audiences where members of the technical community can post about their technical work',
        },
        { status: 'postponed', text: 'Publish 6 (min) technical blog posts' },
        {
          status: 'in-progress',
          text: 'Coordinate Tech Talks and increase views on tech talks by 10%/quarter',
        },
        {
          status: 'in-progress',
          text: 'Prepare release of 2nd edition of the Tech Community Newsletter (publishing date: Jan 2020)',
        },
        {
          status: 'done',
          text: 'A dashboard for Wikimedia Cloud Services edit data is available to the Wikimedia movement',
        },
        {
          status: 'todo',
          text: 'Provide “showroom”, introducing newcomers to a variety of different tools to show what developers can do in Toolforge by Q3',
        },
        {
          status: 'todo',
          text: 'Find out what is needed to get data on all technical contributions/contributors',
        },
        {
          status: 'in-progress',
          text: 'Coordinate with Bitergia and get data on "Avg. Time Open (Days)" for Gerrit patchsets per affiliation and "time to first review" data for patches (by end of Q4).',
        },
        {
          status: 'todo',
          text: 'Gather and publish current numbers on technical contributions provided by Bitergia in the Quarterly Tech Community newsletter (by Jan 2020)',
        },
      ],
    },
    {
      title: 'Reduce Complexity of the Platform, Movement Diversity',
      description: "Support Wikimedia's diverse technical communities",
      goals: [
        {
          status: 'todo',
          text: 'Develop workshop concept with partner community for technical workshops in Q3',
        },
        {
          status: 'todo',
          text: 'Conduct workshop and document the technical challenges small wikis face in North America',
        },
        {
          status: 'in-progress',
          text: 'Coordinate GCI. In Q2/Q3, in Google Code-in, > 35 mentors volunteer to provide tasks and mentor students in >70 task instances',
        },
        { status: 'in-progress', text: OUTREACHY },
        {
          status: 'in-progress',
          text: "Prepare and hold session on Wikimedia's Tech internships at WikiCon North-America",
        },
      ],
    },
  ],
  updates: [
    {
      date: '2019-10-28',
      items: [
        {
          text: 'll Debian Jessie instances are removed/replaced in 95% of Cloud VPS hosted projects (Annual unused project/instance purge)',
          status: 'in-progress',
        },
        {
          text: '60% of the remaining Debian Jessie systems in the hardware layer underlying Cloud VPS are upgraded to Debian Buster or Stretch (Cloud VPS Domain name(s) migration)',
          status: 'in-progress',
        },
        {
          text: 'Create a shared understanding of systems and service continuity and availability constraints in the current Cloud VPS product which can be used to design follow-on projects to reduce single points of failure and establish practices for testing and maintaining continuity and availability of Cloud VPS core services.',
          status: 'in-progress',
        },
        {
          text: 'Deploy a Kubernetes 1.15.2+ cluster in Toolforge which will be used to provide a more modern, secure, and performant PaaS baseline to Tool maintainers.',
          status: 'in-progress',
        },
        { text: 'Technical internships + mentoring - Q2', status: 'in-progress' },
        { text: 'Coordinate new rounds, GCI', status: 'in-progress' },
        {
          text: 'Create a blog by and for technical audiences where members of the technical community can post about their technical work.',
          status: 'in-progress',
        },
        { text: 'Publish 6 (min) technical blog posts', status: 'in-progress' },
        {
          text: 'Coordinate Tech Talks and increase views on tech talks by 10%/quarter',
          status: 'in-progress',
        },
        {
          text: 'A dashboard for Wikimedia Cloud Services edit data is available to the Wikimedia movement',
          status: 'in-progress',
        },
        {
          text: 'Coordinate with Bitergia and get data on "Avg. Time Open (Days)" for Gerrit patchsets per affiliation and "time to first review" data for patches (by end of Q4).',
          status: 'in-progress',
        },
        {
          text: 'Coordinate GCI. In Q2/Q3, in Google Code-in, > 35 mentors volunteer to provide tasks and mentor students in >70 task instances',
          status: 'in-progress',
        },
        { text: OUTREACHY, status: 'done' },
        {
          text: 'At least five projects are successfully completed by Outreachy interns by end of Q3.',
          status: 'in-progress',
        },
        {
          text: "Prepare and hold session on Wikimedia's Tech internships at WikiCon North-America",
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
            'Develop Technical Engagement narrative and shared understanding in the team',
            'Technical internships and mentoring: Mentor 3 students in GSOD, GSOC, Outreachy',
            'Blog posts on Small Wiki Toolkits & Coolest Tool Award',
            'Conduct Coolest Tool Award 2019',
            'Design & publish Tech Engagement quarterly newsletter Ed1',
            'Continue Tech Talks',
            'Develop support format: Coordinate Small Wiki Toolkits focus area, create toolkits & experiment, evaluate, iterate, document',
            'Provide continuous bug management support in Phabricator (ongoing)',
            'Publish Technical Contributors Map',
            'Develop visualization tool for WMCS edit data/integrate WMCS edit data in existing tools',
            'Advocate for better processes to support developer productivity (ongoing)',
            'HA for OpenStack API endpoints (keystone, glance, nova, designate)',
            'Improve Toolforge documentation (ongoing every quarter)',
            'Jessie deprecation (infra + Cloud VPS)',
            'OpenStack version upgrade(s)',
            'Toolforge Kubernetes redesign/upgrade',
            'Improve Cloud VPS documentation (ongoing)',
          ],
        },
      ],
    },
  ],
}
