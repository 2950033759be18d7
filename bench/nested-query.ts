/** The query both API benchmarks send. */
// People -> their quotes -> speaker -> that speaker's events -> participants:
// the nested "who said what, and where were they" question an analyst asks.
export const NESTED_QUERY = `query Bench {
  people(first: 10) {
    totalCount
    edges { node {
      name
      roles { title of { name } }
      quotes(first: 5) { totalCount edges { node {
        text direct
        speaker { name }
        addressee { name }
        evidence { start end }
      } } }
      events(first: 5) { edges { node {
        name kind
        participants { role entity { name } }
        locations { name countryCode }
        time { text date }
      } } }
    } }
  }
}`;
