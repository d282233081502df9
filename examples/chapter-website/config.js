// Settings of this chapter website. Query parameters override them, e.g.
//   index.html?events=https://events.example.org&chapter=lisbon-givers&name=Givefirst%20Lisbon
window.GIVEFIRST_WEBSITE = {
  // Base URL of events-service; this site's origin must be in its GIVEFIRST_CORS_ORIGINS.
  eventsApi: 'http://localhost:8082',
  // Slug of the chapter whose public events the site lists.
  chapter: 'lisbon-givers',
  // Shown as the page title; the slug is used when empty.
  chapterName: 'Givefirst Lisbon',
};
