/** The query GraphiQL opens with: one request that walks the graph's relationships. */
export const EXAMPLE_QUERY = /* GraphQL */ `# One request, many upstream calls, batched and deduplicated by the gateway.
query Dashboard {
  accounts(first: 3) {
    nodes {
      name
      accountType
      users(first: 5) {
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
