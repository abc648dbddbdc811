/** The query GraphiQL opens with: one request that walks the graph's relationships. */
export const EXAMPLE_QUERY = /* GraphQL */ `# One request, many upstream calls, batched and deduplicated by the gateway.
query Dashboard($accounts: Int = 3, $usersPerAccount: Int = 5) {
  accounts(first: $accounts) {
    nodes {
      name
      accountType
      users(first: $usersPerAccount) {
        nodes {
          displayName
          primaryEmail
          primaryPhoneNumber {
            e164PhoneNumber
            status
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
  voiceConnectors(first: 2) {
    nodes {
      name
      outboundHostName
      termination { cpsLimit callingRegions }
      phoneNumbers(first: 3) {
        nodes { e164PhoneNumber productType }
      }
    }
  }
  appInstances(first: 1) {
    nodes {
      name
      channels(first: 2) {
        nodes {
          name
          messages(first: 3) { nodes { content sender { name } } }
        }
      }
    }
  }
}
`;

/** The variables GraphiQL fills in beside the example query. */
export const EXAMPLE_VARIABLES = { accounts: 3, usersPerAccount: 5 };
