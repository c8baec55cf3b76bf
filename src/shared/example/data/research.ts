/** Research, as the reference page shows it (statuses written before the goal). */
import type { ExampleTeamRecord } from '../records'

export const RESEARCH: ExampleTeamRecord = {
  name: 'Research',
  managers: ['Leila Zia'],
  groups: [
    {
      title: 'Content Integrity',
      goals: [
        {
          status: 'in-progress',
          text: 'A comprehensive literature review of disinformation published in arxiv and meta (completing the work started in Q1).',
        },
        {
          status: 'todo',
          text: 'Build a prioritized list of actions to take (tools to build, datasets to release, etc.) for combating disinformation (though discussions with the community of editors and developers, internal consultation, and maybe with external researchers)',
        },
        {
          status: 'todo',
          text: 'Build one formal collaborations in the disinformation space to start the research for building solutions starting Q3.',
        },
      ],
    },
    {
      title: 'Foundational',
      goals: [
        { status: 'todo', text: 'Prepare the Research Internship proposal.' },
        {
          status: 'in-progress',
          text: 'Finalize the research brief for crosslingual topical model laying out the work that will be done in this space starting Q3.',
        },
        { status: 'todo', text: 'Literature review of reuse.', tasks: ['T235780'] },
        {
          status: 'todo',
          text: 'Review of the different types of re-use and what we know about their effect on traffic to Wikimedia.',
          tasks: ['T235781'],
        },
        {
          status: 'todo',
          text: "Review of what data is available to us and what data is not. What questions we can currently answer. What questions we can't.",
          tasks: ['T235784'],
        },
        {
          status: 'todo',
          text: 'Initiate monthly or quarterly office hours for the community. (trial for 6 months if monthly and 12 months if quarterly)',
        },
        { status: 'done', text: 'Wiki Workshop 2020 proposal submission.', tasks: ['T236066'] },
        {
          status: 'todo',
          text: 'Plan for a challenge: come up with an initial format, put a committee together, choose a venue for presentations.',
        },
      ],
    },
    {
      title: 'Address Knowledge Gaps',
      goals: [
        { status: 'todo', text: 'Finalize the taxonomy of readership gaps' },
        {
          status: 'in-progress',
          text: 'Make significant progress towards building the taxonomy of search (usage gaps). (We expect the research part of this work to conclude in Q3, as a stretch in Q2).',
        },
        { status: 'todo', text: 'Literature review of identified content gaps in Wikipedia' },
        { status: 'todo', text: 'Taxonomy of the causes of content gaps in Wikipedia' },
        {
          status: 'todo',
          text: 'Build a series of hypotheses for the possible causes of skewed demographic representation of Wikipedia readers (specific to gender). Identify possible formal collaborations for research and testing starting Q3 if relevant based on the learnings from the list of hypotheses.',
        },
        {
          status: 'done',
          text: 'Submit the citation usage paper to TheWebConf 2020.',
          tasks: ['T236067'],
        },
        {
          status: 'in-progress',
          text: '(via mentoring an Outreachy) start work on the development of the data-set for statements in need of citation.',
          tasks: ['T233707'],
        },
        {
          status: 'in-progress',
          text: 'Supervise a student evaluating methods to recommend images to Wikipedia pages.',
          tasks: ['T236142'],
        },
        {
          status: 'todo',
          text: 'Train from scratch and evaluate an end-to-end (simple) classification model using Wikimedia Commons categories, optimized for GPU usage.',
          tasks: ['T221761'],
        },
        {
          status: 'todo',
          text: 'Conduct a literature review, plan and set up collaborations for projects about understanding engagement with Wikimedia images around the world.',
        },
      ],
    },
    {
      title: 'Core Work',
      goals: [
        { status: 'in-progress', text: 'Complete two 30-60-90 day plans.' },
        {
          status: 'todo',
          text: "Finalize a proposal for changes in Research based on learnings about Reseach's audience, what they expect from the team, our positioning within WMF, Movement, and the Research community, and the opportunities for impact.",
        },
        {
          status: 'todo',
          text: 'Document and communicate with the team: expectations of the Research Scientist role and trajectory in the IC track.',
        },
        {
          status: 'todo',
          text: 'Research Showcase feedback collection, assessment, and proposal for changes if relevant.',
        },
        {
          status: 'todo',
          text: 'A half-yearly newsletter for Research with the goal of making it quarterly if bandwidth allows and/or project is successful.',
        },
      ],
    },
  ],
  updates: [
    {
      date: '2019-10-28',
      items: [
        {
          text: 'Finalize the research brief for crosslingual topical model laying out the work that will be done in this space starting Q3.',
          status: 'in-progress',
        },
        { text: 'Finalize the taxonomy of readership gaps', status: 'in-progress' },
        {
          text: 'Make significant progress towards building the taxonomy of search (usage gaps). (We expect the research part of this work to conclude in Q3, as a stretch in Q2).',
          status: 'in-progress',
        },
        {
          text: 'Literature review of identified content gaps in Wikipedia',
          status: 'in-progress',
        },
        {
          text: 'Build a series of hypotheses for the possible causes of skewed demographic representation of Wikipedia readers (specific to gender). Identify possible formal collaborations for research and testing starting Q3 if relevant based on the learnings from the list of hypotheses.',
          status: 'in-progress',
        },
        { text: 'Submit the citation usage paper to TheWebConf 2020.', status: 'done' },
        {
          text: '(via mentoring an Outreachy) start work on the development of the data-set for statements in need of citation.',
          status: 'in-progress',
        },
        {
          text: 'Supervise a student evaluating methods to recommend images to Wikipedia pages.',
          status: 'in-progress',
        },
        {
          text: 'Build a prioritized list of actions to take (tools to build, datasets to release, etc.) for combating disinformation (though discussions with the community of editors and developers, internal consultation, and maybe with external researchers)',
          status: 'in-progress',
        },
        {
          text: 'A comprehensive literature review of disinformation published in arxiv and meta (completing the work started in Q1)',
          status: 'partially-done',
        },
        { text: 'Prepare the Research Internship proposal.', status: 'in-progress' },
        { text: 'Literature review of reuse.', status: 'in-progress' },
        {
          text: 'Initiate monthly or quarterly office hours for the community. (trial for 6 months if monthly and 12 months if quarterly)',
          status: 'in-progress',
        },
        { text: 'Wiki Workshop 2020 proposal submission.', status: 'done' },
        { text: 'Complete two 30-60-90 day plans.', status: 'in-progress' },
      ],
    },
    {
      date: '2019-12-12',
      sections: [
        {
          status: 'done',
          items: [
            'Determine important features of articles w/r/t level of reader interest across different demographic groups (as motivation for what aspects a general article category model should capture)',
            'Conduct the analysis on reader surveys to understand the relation between demographics and the consumption of content on Wikipedia across languages. (Why We Read Wikipedia + Demographics). This research will be concluded in Q2 and we expect substantial progress in Q1',
            'Wrap up editor gender work',
            'Complete the research on characterizing Wikipedia citation usage. (Why We Leave Wikipedia). This goal will continue in Q2 and depending on the submission results potentially in Q3.',
            'Make substantial progress towards a comprehensive literature review about automatic detection of misinformation and disinformation on the Web. We expect this work to be completed in Q2 and inform the work in this direction in Q3+',
            "Understand patrolling on Wikipedia. A write-up describing how patrolling is being done on Wikipedia across the languages. This work may be extended further by understanding the patrolling on Wikipedia in the context of Wikipedia's interaction with other projects such as Wikidata, Wikimedia Commons, ...",
            "Run a series of interviews, office hours, or surveys to gather volunteer editor community's input on citation needed template recommendations. The result of this work will inform the specifications of an API (to be developed) to surface citation needed recommendations as well as future directions for this research.",
            'A comprehensive literature review of disinformation published in arxiv and meta (completing the work started in Q1)',
            'Hiring and onboarding. We expect 1-2 scientists to join the team in Q1 and the onboarding work will need to happen. We also expect to open a position for an engineering position in the team.',
            'Computer vision consultation as part of Structured Data on Commons',
          ],
        },
        {
          status: 'postponed',
          items: ['Building a pipeline for image classification based on Commons categories.'],
        },
      ],
    },
  ],
}
