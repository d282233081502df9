package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.keycloak.common.Version;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * The givefirst realm (compose/keycloak/givefirst-realm.json) gives the services the tokens they
 * expect, and docker-compose.yml runs Keycloak so that the services accept them.
 */
class KeycloakRealmTest {

    static final List<String> SERVICES = ServiceSettings.SERVICES;

    static final String ROLES_SOURCE = "platform/src/main/java/org/givefirst/platform/security/Roles.java";
    static final String CALLER_SOURCE = "platform/src/main/java/org/givefirst/platform/security/Caller.java";

    static final String WEBSITE_CLIENT = "chapter-website";
    static final String MATCHING_CLIENT = "matching-service";
    static final String REALM_ROLE_MAPPER = "oidc-usermodel-realm-role-mapper";
    static final String USER_ATTRIBUTE_MAPPER = "oidc-usermodel-attribute-mapper";
    /** SmallRye JWT reads the roles from this claim (MicroProfile JWT). */
    static final String GROUPS_CLAIM = "groups";
    /** Since Keycloak 25 the {@code sub} claim comes from this client scope's mapper. */
    static final String SUBJECT_SCOPE = "basic";

    static final String KEYCLOAK = "keycloak";
    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak";
    /** Keycloak's HTTP port inside its container, and its management port (health). */
    static final int KEYCLOAK_HTTP_PORT = 8080;
    static final int KEYCLOAK_MANAGEMENT_PORT = 9000;

    private static final RealmRepresentation REALM = Realm.file();

    @Test
    void realmFileIsAKeycloakRealmNamedGivefirst() {
        assertEquals("givefirst", REALM.getRealm());
        assertEquals(Boolean.TRUE, REALM.isEnabled());
        assertEquals("external", REALM.getSslRequired(), "plain HTTP only from private addresses");
        assertEquals(Boolean.TRUE, REALM.isBruteForceProtected(), "the password grant must not be a free password oracle");
    }

    @Test
    void aPropertyKeycloakDoesNotKnowIsRefused() throws Exception {
        ObjectNode misspelledRealm = (ObjectNode) Realm.STRICT.readTree(Repo.read(Realm.FILE));
        misspelledRealm.put("registrationAlowed", true);
        assertThrows(AssertionError.class, () -> Realm.parse(misspelledRealm.toString()));

        ObjectNode misspelledClient = (ObjectNode) Realm.STRICT.readTree(Repo.read(Realm.FILE));
        ((ObjectNode) misspelledClient.path("clients").get(0)).put("publicClients", true);
        assertThrows(AssertionError.class, () -> Realm.parse(misspelledClient.toString()));
    }

    @Test
    void theRolesTheServicesCheckExistAsRealmRoles() {
        Set<String> missing = new TreeSet<>(JavaConstants.of(ROLES_SOURCE).values());
        REALM.getRoles().getRealm().forEach(role -> missing.remove(role.getName()));
        assertEquals(Set.of(), missing, "roles of " + ROLES_SOURCE + " the realm does not define");
    }

    @Test
    void aNewUserIsAMemberAndNothingMore() {
        String defaultRoleName = REALM.getDefaultRole().getName();
        RoleRepresentation defaultRole = Realm.realmRole(REALM, defaultRoleName)
                .orElseThrow(() -> new AssertionError("the default role " + defaultRoleName + " is not defined"));
        Map<String, String> roles = JavaConstants.of(ROLES_SOURCE);
        Set<String> composites = new TreeSet<>(defaultRole.getComposites().getRealm());
        assertTrue(composites.contains(roles.get("MEMBER")), "every user is a member: " + composites);
        for (String privileged : List.of(roles.get("ORGANIZER"), roles.get("ADMIN"), roles.get("SERVICE"))) {
            assertFalse(composites.contains(privileged), "every new user would be " + privileged);
        }
    }

    @Test
    void theWebsiteSignsMembersInWithAuthorizationCodeAndPkce() {
        ClientRepresentation website = Realm.client(REALM, WEBSITE_CLIENT);
        assertEquals(Boolean.TRUE, website.isPublicClient(), "a browser keeps no secret");
        assertEquals(Boolean.TRUE, website.isStandardFlowEnabled());
        assertEquals(Boolean.FALSE, website.isImplicitFlowEnabled());
        assertEquals(Boolean.FALSE, website.isDirectAccessGrantsEnabled());
        assertEquals(Boolean.FALSE, website.isServiceAccountsEnabled());
        assertEquals("S256", website.getAttributes().get("pkce.code.challenge.method"));
        assertFalse(website.getRedirectUris().isEmpty());
        for (String redirect : website.getRedirectUris()) {
            assertTrue(redirect.startsWith("http://localhost:8080/"), "a redirect URI outside the example site: " + redirect);
        }
        assertEquals(List.of("http://localhost:8080"), website.getWebOrigins());
    }

    @Test
    void matchingServiceIsAConfidentialClientWhoseServiceAccountHasTheServiceRole() {
        ClientRepresentation matching = Realm.client(REALM, MATCHING_CLIENT);
        assertEquals(Boolean.FALSE, matching.isPublicClient());
        assertEquals("client-secret", matching.getClientAuthenticatorType());
        assertEquals(Boolean.TRUE, matching.isServiceAccountsEnabled(), "client credentials");
        assertEquals(Boolean.FALSE, matching.isStandardFlowEnabled());
        assertEquals(Boolean.FALSE, matching.isImplicitFlowEnabled());
        assertEquals(Boolean.FALSE, matching.isDirectAccessGrantsEnabled());
        UserRepresentation serviceAccount = users().stream().filter(u -> MATCHING_CLIENT.equals(u.getServiceAccountClientId()))
                .findFirst().orElseThrow(() -> new AssertionError("no service account user for " + MATCHING_CLIENT));
        assertEquals(List.of(JavaConstants.of(ROLES_SOURCE).get("SERVICE")), serviceAccount.getRealmRoles());
    }

    @Test
    void everyClientPutsTheRealmRolesInGroupsAndTheUserIdInSub() {
        List<String> problems = new ArrayList<>();
        for (ClientRepresentation client : Realm.clients(REALM)) {
            var groups = Realm.accessTokenMappers(client, REALM_ROLE_MAPPER, GROUPS_CLAIM);
            if (groups.size() != 1 || !"true".equals(Realm.config(groups.get(0)).get("multivalued"))) {
                problems.add(client.getClientId() + ": no multivalued realm-role mapper into the access token's '" + GROUPS_CLAIM + "'");
            }
            if (client.getDefaultClientScopes() == null || !client.getDefaultClientScopes().contains(SUBJECT_SCOPE)) {
                problems.add(client.getClientId() + ": without the default client scope '" + SUBJECT_SCOPE + "' its tokens have no sub");
            }
            if (Boolean.FALSE.equals(client.isFullScopeAllowed())) {
                problems.add(client.getClientId() + ": without the full scope its tokens carry only the roles of its scope mappings");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void clientsThatSignPeopleInCarryTheChaptersTheyOrganize() {
        String claim = JavaConstants.of(CALLER_SOURCE).get("ORGANIZER_OF_CLAIM");
        List<String> problems = new ArrayList<>();
        for (ClientRepresentation client : Realm.clients(REALM)) {
            if (!Boolean.TRUE.equals(client.isStandardFlowEnabled()) && !Boolean.TRUE.equals(client.isDirectAccessGrantsEnabled())) {
                continue;
            }
            var mappers = Realm.accessTokenMappers(client, USER_ATTRIBUTE_MAPPER, claim);
            if (mappers.size() != 1) {
                problems.add(client.getClientId() + ": no user-attribute mapper into the access token's '" + claim + "'");
                continue;
            }
            Map<String, String> config = Realm.config(mappers.get(0));
            if (!claim.equals(config.get("user.attribute")) || !"true".equals(config.get("multivalued"))) {
                problems.add(client.getClientId() + ": '" + claim + "' must come from the multivalued user attribute " + claim + ", is " + config);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(Realm.clients(REALM).stream().anyMatch(c -> c.getClientId().equals(WEBSITE_CLIENT)));
    }

    @Test
    void theUserProfileDeclaresOrganizerOfAsAMultivaluedAttributeOnlyAdminsEdit() {
        String claim = JavaConstants.of(CALLER_SOURCE).get("ORGANIZER_OF_CLAIM");
        UPConfig profile = Realm.userProfile(REALM);
        UPAttribute organizerOf = profile.getAttribute(claim);
        assertTrue(organizerOf != null, "the user profile does not declare " + claim + ": Keycloak would drop it");
        assertTrue(organizerOf.isMultivalued());
        assertEquals(Set.of("admin"), organizerOf.getPermissions().getEdit(), "a member must not make themselves an organizer");
        assertTrue(organizerOf.getValidations().containsKey("pattern"), "values are chapter slugs");
        for (String standard : List.of("username", "email", "firstName", "lastName")) {
            assertTrue(profile.getAttribute(standard) != null, "the user profile lost " + standard);
        }
        assertNull(profile.getUnmanagedAttributePolicy(), "attributes nobody declared stay off");
    }

    @Test
    void theRealmShipsNoPasswordNoSecretAndNoPerson() {
        List<String> problems = new ArrayList<>();
        for (UserRepresentation user : users()) {
            if (user.getServiceAccountClientId() == null) {
                problems.add("user " + user.getUsername() + ": people are created by the operator, never shipped");
            }
            if (user.getCredentials() != null && !user.getCredentials().isEmpty()) {
                problems.add("user " + user.getUsername() + " has credentials");
            }
        }
        for (ClientRepresentation client : Realm.clients(REALM)) {
            if (client.getSecret() != null) {
                problems.add("client " + client.getClientId() + " has a secret: Keycloak generates one when there is none");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void composeRunsTheKeycloakOfTheRepresentationClassesAndImportsTheRealm() {
        JsonNode keycloak = Compose.service(KEYCLOAK);
        assertEquals(KEYCLOAK_IMAGE + ":" + Version.VERSION, keycloak.path("image").asText(),
                "the realm is checked with Keycloak " + Version.VERSION + " (keycloak.version in the root pom)");
        assertTrue(ComposeFileTest.texts(keycloak.path("command")).contains("--import-realm"));
        assertTrue(ComposeFileTest.texts(keycloak.path("volumes")).contains(
                "./" + Realm.FILE + ":" + Realm.IMPORT_DIRECTORY + "givefirst-realm.json:ro"), "the realm file is mounted for import");
        Map<String, String> environment = Compose.environment(keycloak);
        assertEquals("true", environment.get("KC_HEALTH_ENABLED"));
        String health = String.join(" ", ComposeFileTest.texts(keycloak.path("healthcheck").path("test")));
        assertTrue(health.contains("/dev/tcp/127.0.0.1/" + KEYCLOAK_MANAGEMENT_PORT) && health.contains("GET /health/ready "), health);
        assertTrue(ComposeFileTest.texts(keycloak.path("ports")).stream().anyMatch(p -> p.endsWith(":" + KEYCLOAK_HTTP_PORT)));
    }

    @Test
    void keycloaksFirstAdministratorHasNoPublishedPassword() {
        String password = Compose.rawEnvironment(Compose.service(KEYCLOAK)).get("KC_BOOTSTRAP_ADMIN_PASSWORD");
        assertTrue(password != null && Compose.REQUIRED.matcher(password).matches(),
                "KC_BOOTSTRAP_ADMIN_PASSWORD must be ${VAR:?why}, is " + password);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void serviceVerifiesTokensWithTheRealmsKeysAndTheIssuerKeycloakWritesInThem(String service) {
        Map<String, String> keycloak = Compose.environment(Compose.service(KEYCLOAK));
        Map<String, String> environment = Compose.environment(Compose.service(service));
        String hostname = keycloak.get("KC_HOSTNAME");
        assertTrue(hostname != null && URI.create(hostname).getScheme() != null,
                "KC_HOSTNAME must be a full URL, so that every token carries the same issuer: " + hostname);
        String realmUrl = "/realms/" + REALM.getRealm();
        assertEquals(hostname + realmUrl, environment.get("GIVEFIRST_JWT_ISSUER"), service + " would refuse every token");
        String jwks = "http://" + KEYCLOAK + ":" + KEYCLOAK_HTTP_PORT + realmUrl + "/protocol/openid-connect/certs";
        assertEquals(jwks, environment.get("GIVEFIRST_JWT_PUBLIC_KEY"), service + " fetches the realm's keys inside the Compose network");
        if (!URI.create(jwks).getHost().equals(URI.create(hostname).getHost())) {
            assertEquals("true", keycloak.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC"),
                    "containers reach Keycloak at another address than KC_HOSTNAME: its back-channel endpoints must follow the request");
        }
        assertEquals("service_healthy", Compose.service(service).path("depends_on").path(KEYCLOAK).path("condition").asText(),
                service + " fetches the keys at its first request: it starts once Keycloak is ready");
    }

    @Test
    void keycloakKeepsItsDataInItsOwnDatabaseOnTheComposePostgres() {
        Map<String, String> keycloak = Compose.environment(Compose.service(KEYCLOAK));
        assertEquals("postgres", keycloak.get("KC_DB"));
        String url = keycloak.get("KC_DB_URL");
        assertEquals("postgres", ServiceSettings.Jdbc.host(url));
        assertTrue(ComposeFileTest.createdDatabases().contains(ServiceSettings.Jdbc.database(url)),
                "compose/postgres-init.sql does not create " + ServiceSettings.Jdbc.database(url));
        Map<String, String> postgres = Compose.environment(Compose.service("postgres"));
        assertEquals(postgres.get("POSTGRES_USER"), keycloak.get("KC_DB_USERNAME"));
        assertEquals(postgres.get("POSTGRES_PASSWORD"), keycloak.get("KC_DB_PASSWORD"));
        for (String service : SERVICES) {
            assertFalse(ServiceSettings.Jdbc.database(url).equals(ServiceSettings.of(service).database()), service);
        }
    }

    private static Collection<UserRepresentation> users() {
        return REALM.getUsers() == null ? List.of() : REALM.getUsers();
    }
}
