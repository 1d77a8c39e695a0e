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
