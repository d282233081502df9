// Settings of this chapter website. Query parameters override them, e.g.
//   index.html?events=https://events.example.org&chapter=lisbon-givers&name=Givefirst%20Lisbon
// (events, members, matching, chapter, name, issuer, client): see docs/website.md.
window.GIVEFIRST_WEBSITE = {
  // Base URLs of the three services; this site's origin must be in their GIVEFIRST_CORS_ORIGINS.
  eventsApi: 'http://localhost:8082',
  membersApi: 'http://localhost:8081',
  matchingApi: 'http://localhost:8083',
  // Slug of the chapter whose public events the site lists.
  chapter: 'lisbon-givers',
  // Shown as the page title; the slug is used when empty.
  chapterName: 'Givefirst Lisbon',
  // Sign-in at the chapter's OpenID Connect provider (authorization code with PKCE). Leave the
  // issuer empty where there is none; with the Compose setup's Keycloak:
  //   issuer: 'http://localhost:8180/realms/givefirst', clientId: 'chapter-website'
  oidc: { issuer: '', clientId: 'chapter-website' },
  // Let members paste a development token (the local run, ./givefirst token member <id>).
  // Switch it off wherever the services do not trust the development key.
  devTokens: true,
};
