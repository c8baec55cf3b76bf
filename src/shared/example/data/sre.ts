/**
 * Site Reliability Engineering and its sub-teams, as the reference page shows
 * them. The page's Status block follows the last sub-team but covers all of
 * SRE, so it belongs to the parent team here.
 */
import type { ExampleTeamRecord } from '../records'

const SRE = 'Site Reliability Engineering'

export const SITE_RELIABILITY: ExampleTeamRecord[] = [
  {
    name: SRE,
    managerLabel: 'Directors',
    managers: ['Mark Bergsma', 'Faidon Liambotis'],
    groups: [
      {
        title: 'Cross-cutting',
        goals: [
          {
            text: 'Begin hiring for the SRE Engineering Manager positions and ensure at least 4 candidates are interviewed by the end of Q2, to position ourselves to fill our remaining IC positions',
          },
          { text: 'Deliver 80% of the asks set by the System of Performance project by EOQ' },
        ],
      },
    ],
    updates: [
      {
        // The page writes "status: all goals below are In progress" over a plain list.
        date: '2019-10-28',
        sections: [
          {
            status: 'in-progress',
            items: [
              'Deliver 80% of new installs by its requested need by date.',
              'Complete decommission of at least 50% (currently 48 tasks) of existing decommission tasks in eqiad, with servers completed unracked, to make room for new installs.',
              'Grant root access for Papaul, to take over remote portion of decommissioning servers in eqiad.',
              'Complete the rebuild/refresh of the esams caching facility in/near Amsterdam by end of October.',
              'Upgrade all PDUs in eqiad to new Servertech models (15 racks total) by end of November.',
              'Return all servers back to Cisco from previous server donations by end of Q2.',
              'Identify at least 3 new vendors as potential options for future disposition and sale of goods/services.',
              'Order and upgrade all PDUs in eqsin by end of quarter.',
              'Utilize bi-weekly meetings with Finance to target and resolve all issues within Coupa that may impede our current hardware procurement process.',
              'Ensure general backup service is migrated to new hardware infrastructure by end of Q2 and general backup runs are monitored for basic success/failure criteria',
              'Finish what we started: Cleanup remnants of HHVM from our infrastructure by end of Q2',
            ],
          },
        ],
      },
      {
        date: '2019-12-12',
        sections: [
          {
            status: 'done',
            items: [
              'Clear out existing decommissioned hardware in ulsfo and codfw',
              'Implement a new hardware repair template & refine existing triaging processes',
              'Implement general template form for service owners to fill in',
              'Improve average end-to-end turnaround time from hardware request to hardware delivery',
              'Clean up existing backlog of Netbox inconsistencies and data errors',
              'Maintain zero error reports going forward (catch up and get to close to zero)',
              'Determine alternative disposition company for Juniper equipment',
              'Hire and on-board a contractor for additional support in eqiad',
              'Keep all Netbox reports in a "passed" state',
              'Identify 3rd party contractor to take care of straightforward tasks at remote caching sites',
              'Tighten up procurement cycle by implementing regularly scheduled deadlines for quotes, approvals, and purchase orders',
              '[stretch] Deploy codfw non-Mediawiki database proxies',
              'Failover all codfw masters',
              'Transfer ownership and knowledge of Bacula backup infrastructure',
              'Deploy new Bacula hardware',
              'Failover eqiad masters to new hosts and decommission old masters',
              'Order, rack and setup 10 new hosts in codfw',
              '[stretch] Migrate general backup service from old to new host(s)',
              'Ensure general backup service is migrated to new hardware infrastructure by end of Q2 and general backup runs are monitored for basic success/failure criteria',
              'Build a production prototype of an Apereo CAS identity provider',
              '[stretch] Evaluate Netbox to store network secrets',
              'Switch (at least) one service to authenticate against the identity provider',
              'Import existing management interfaces IPs into Netbox',
              'Move all application server & API traffic to PHP 7',
              'Support migration of services RESTrouter, wikifeeds by service owners',
              'Move jobrunners to PHP 7',
              'Move maintenance scripts to PHP 7',
              'Begin testing a small fraction of live cache_text traffic through ATS backends',
              'Finish evaluating current running implementation under live test',
              'Switch most production hosts to using anycast recdns @ 10.3.0.1',
              'Implement any minor improvements we need (anycast, etc)',
              'Decide on Prometheus vs Webrequest',
            ],
          },
          {
            status: 'in-progress',
            items: [
              'Gradually migrate all MediaWiki instances to read the database configuration from etcd',
              'Set up MediaWiki to optionally read the database configuration from etcd',
              'Productionize dbctl (deploy, import data, set up alerts)',
              "Automate the assignment of new host's management interface IP",
              'Establish periodic alerts reviews, complete one by EOQ',
              'Produce and circulate an alerting infrastructure roadmap',
              'Reduce Icinga alert noise',
              '[stretch] Remove HHVM from production',
              'Switch production edge TLS termination to ATS',
              'Implement basic TLS termination for cache_text services (may not be final solution w/ real PKI)',
              'Design new dynamic response architecture for future needs',
              'Continuation of previous Q goal - Finish TLS deployment via ATS',
            ],
          },
          {
            // The page heads these "Postponed-or-Blocked"; one status per item fits the model.
            status: 'blocked',
            items: [
              'Iterate on a process for running the incident documentation review board; review 90% of incident documents written this quarter',
              "[stretch] Research possible implementations for synchronizing team contact information to everyone's phone",
              'Produce a standardized template for a status document for ongoing major incidents',
              'Automate the generation of management interface DNS records',
              'Add safe push method for the configuration: interactive and sequential',
              'Upgrade production PuppetDB to 6.2 in both data centers',
              'Productionize existing configuration management software (jnt)',
              'Upgrade all production Puppetmasters to Puppet 5.5',
              'Define and document the process for service owners to deploy a new service onto the pipeline',
            ],
          },
        ],
      },
    ],
  },
  {
    name: 'Service Operations',
    parent: SRE,
    managers: ['Mark Bergsma'],
    groups: [
      {
        title: 'Core Work',
        goals: [
          {
            text: 'Finish what we started: Cleanup remnants of HHVM from our infrastructure by end of Q2',
          },
          {
            text: 'Migrate core software components of the Deployment Pipeline to current major releases',
          },
        ],
      },
    ],
  },
  {
    name: 'Data Persistence',
    parent: SRE,
    managers: ['Mark Bergsma'],
    groups: [
      {
        title: 'Core Work',
        goals: [
          {
            text: 'Ensure general backup service is migrated to new hardware infrastructure by end of Q2 and general backup runs are monitored for basic success/failure criteria',
          },
        ],
      },
    ],
  },
  {
    name: 'Traffic',
    parent: SRE,
    managers: ['Brandon Black'],
    groups: [{ title: 'Core Work', goals: [] }],
  },
  {
    name: 'Infrastructure Foundations',
    parent: SRE,
    managers: ['Faidon Liambotis'],
    groups: [
      {
        title: 'Core Work',
        goals: [
          { text: 'Integrate with Netbox for device selection and topology data gathering' },
          {
            text: 'Assist with adoption of at least 2 additional services into the Deployment Pipeline by service owners by end of Q2',
          },
          {
            text: 'Develop a new alert notification, escalation and paging capability to accommodate the increased needs of the team and department.',
          },
          { text: 'Enable opt-in 2FA for web services SSO' },
          { text: 'Extend security vulnerability tracking for container images' },
          { text: 'Upgrade the Elastic/Logstash version to >= 7.2' },
          { text: 'Replace/renew the internal Certificate Authority (expires Jun 2020)' },
          {
            text: 'Reduce the number of service clusters running a soon-to-be unsupported Debian release by 8',
          },
          {
            text: 'Reduce the number of manual steps involved in the provisioning and decommissioning of new services by 1',
          },
          {
            text: 'Drive the configuration of the networking infrastructure via automated means & ensure multiple team members are able to deploy new configuration',
          },
        ],
      },
    ],
  },
  {
    name: 'Observability',
    parent: SRE,
    managers: ['Faidon Liambotis'],
    groups: [{ title: 'Core Work', goals: [] }],
  },
  {
    name: 'Data Center Operations',
    parent: SRE,
    managers: ['Willy Pao'],
    groups: [
      {
        title: 'Core Work',
        goals: [
          { text: 'Deliver 80% of new installs by its requested need by date.' },
          {
            text: 'Complete decommission of at least 50% (currently 48 tasks) of existing decommission tasks in eqiad, with servers completed unracked, to make room for new installs.',
          },
          {
            text: 'Grant root access for Papaul, to take over remote portion of decommissioning servers in eqiad.',
          },
          {
            text: 'Complete the rebuild/refresh of the esams caching facility in/near Amsterdam by end of October.',
          },
          {
            text: 'Upgrade all PDUs in eqiad to new Servertech models (15 racks total) by end of November.',
          },
          { text: 'Return all servers back to Cisco from previous server donations by end of Q2.' },
          {
            text: 'Identify at least 3 new vendors as potential options for future disposition and sale of goods/services.',
          },
          { text: 'Order and upgrade all PDUs in eqsin by end of quarter.' },
          { text: 'Proper proper training for dc-ops team for receiving equipment in Coupa.' },
          {
            text: 'Partner with Finance and determine point person for submitting orders in Coupa.',
          },
          {
            text: 'Utilize bi-weekly meetings with Finance to target and resolve all issues within Coupa that may impede our current hardware procurement process.',
          },
        ],
      },
    ],
  },
]
