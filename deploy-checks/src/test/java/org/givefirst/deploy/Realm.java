package org.givefirst.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentExportRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * The Keycloak realm docker-compose.yml imports, read with Keycloak's own representation classes
 * (the version of the image) and refusing what they do not know: Keycloak itself ignores a
 * misspelled property on import, and the setting it was meant to change silently keeps its default.
 */
final class Realm {

    static final String FILE = "compose/keycloak/givefirst-realm.json";

    /** Where Keycloak's {@code --import-realm} reads realm files. */
    static final String IMPORT_DIRECTORY = "/opt/keycloak/data/import/";

    /** The component holding the declarative user profile, and its configuration key (a JSON text). */
    static final String USER_PROFILE_PROVIDER = "org.keycloak.userprofile.UserProfileProvider";
    static final String USER_PROFILE_CONFIG = "kc.user.profile.config";

    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Realm() {
    }

    static RealmRepresentation file() {
        return parse(Repo.read(FILE));
    }

    static RealmRepresentation parse(String json) {
        return strictly(json, RealmRepresentation.class, FILE);
    }

    /** The declarative user profile of the realm (a JSON text inside the realm file), read as strictly. */
    static UPConfig userProfile(RealmRepresentation realm) {
        List<ComponentExportRepresentation> providers = realm.getComponents() == null ? null
                : realm.getComponents().get(USER_PROFILE_PROVIDER);
        if (providers == null || providers.size() != 1) {
            throw new AssertionError(FILE + " declares no user profile (" + USER_PROFILE_PROVIDER
                    + "): Keycloak then drops every attribute it does not know, organizer_of included");
        }
        List<String> config = providers.get(0).getConfig().get(USER_PROFILE_CONFIG);
        if (config == null || config.size() != 1) {
            throw new AssertionError(FILE + ": the user profile component has no " + USER_PROFILE_CONFIG);
        }
        return strictly(config.get(0), UPConfig.class, FILE + " (" + USER_PROFILE_CONFIG + ")");
    }

    static ClientRepresentation client(RealmRepresentation realm, String clientId) {
        return clients(realm).stream().filter(c -> clientId.equals(c.getClientId())).findFirst()
                .orElseThrow(() -> new AssertionError(FILE + " has no client " + clientId));
    }

    static List<ClientRepresentation> clients(RealmRepresentation realm) {
        return realm.getClients() == null ? List.of() : realm.getClients();
    }

    static Optional<RoleRepresentation> realmRole(RealmRepresentation realm, String name) {
        if (realm.getRoles() == null || realm.getRoles().getRealm() == null) {
            return Optional.empty();
        }
        return realm.getRoles().getRealm().stream().filter(r -> name.equals(r.getName())).findFirst();
    }

    /** The protocol mappers of a client of a type that write this claim into the access token. */
    static List<ProtocolMapperRepresentation> accessTokenMappers(ClientRepresentation client, String mapperType, String claim) {
        List<ProtocolMapperRepresentation> mappers = client.getProtocolMappers() == null ? List.of() : client.getProtocolMappers();
        return mappers.stream()
                .filter(m -> mapperType.equals(m.getProtocolMapper()))
                .filter(m -> claim.equals(config(m).get("claim.name")))
                .filter(m -> "true".equals(config(m).get("access.token.claim")))
                .toList();
    }

    static Map<String, String> config(ProtocolMapperRepresentation mapper) {
        return mapper.getConfig() == null ? Map.of() : mapper.getConfig();
    }

    private static <T> T strictly(String json, Class<T> type, String where) {
        try {
            return STRICT.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(where + " is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
