/** Hints for the slide 7 exercise, from the first nudge to nearly the answer. `code` parts are shown as code. */
export const REMOTECFG_HINTS: readonly (readonly string[])[] = [
  ['Start with a top-level block, ', 'remotecfg { }', ', on its own, not inside another block. Everything else goes between its braces.'],
  ['Inside it, set ', 'url', ' to the Base URL you copied from the API tab, as a string: ', 'url = "https://fleet-management-<cluster>.grafana.net/"', '.'],
  ['Add a ', 'basic_auth { }', ' block inside remotecfg. Its ', 'username', ' is your instance ID, as a string.'],
  ['The ', 'password', ' is your access token, read from the environment rather than pasted: ', 'password = sys.env("GCLOUD_RW_API_KEY")', '.'],
];

/**
 * A correct answer. The URL and instance ID are examples: the learner's come from the API
 * tab. The token is read from the environment, never written into the file.
 */
export const REMOTECFG_SOLUTION = `remotecfg {
  // Your Base URL from the API tab
  url = "https://fleet-management-prod-us-east-0.grafana.net/"

  basic_auth {
    username = "123456" // your instance ID
    password = sys.env("GCLOUD_RW_API_KEY")
  }

  attributes = { "env" = "dev" }
}
`;
