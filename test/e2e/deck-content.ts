/** What the real deck shows, as the browser tests expect it: one list for every spec. */
export const DECK_TITLE = 'Intro to Fleet Management: health monitoring';

export const SLIDE_TITLES = [
  'Fleet Management: what it is and why',
  'How Fleet Management works',
  'Access tokens and policies',
  'Collector attributes and matchers',
  'Health status',
  'Self-monitoring',
  'Hands-on: register your collector',
  'Troubleshooting and next steps',
];

/** Slide 3's remotecfg block, character for character as given. */
export const SLIDE3_CODE = [
  'remotecfg {',
  '    url = "https://fleet-management-<CLUSTER>.grafana.net/"',
  '    basic_auth {',
  '        username = "<INSTANCE_ID>"',
  '        password = "<YOUR_ACCESS_TOKEN>"  // ← token goes here',
  '    }',
  '}',
].join('\n');

/**
 * The authored index of each check's right option(s). Saved answers hold authored indexes (the
 * learner sees a shuffled order), so seeded progress must pick these to be right.
 */
export const RIGHT_OPTIONS: Readonly<Record<string, readonly number[]>> = {
  's1-c1': [2], 's1-c2': [0],
  's2-c1': [1], 's2-c2': [2], 's2-c3': [3],
  's3-c1': [1], 's3-c2': [2],
  's4-c1': [0], 's4-c2': [1], 's4-c3': [3],
  's5-c1': [2], 's5-c2': [0, 2, 4],
  's6-c1': [1], 's6-c2': [3],
  's7-c1': [2], 's7-c2': [1],
  's8-c1': [3], 's8-c2': [0], 's8-c3': [1],
};
