package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Only what must talk, talks: the overlays' NetworkPolicies evaluated between the pods of a running system. */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Overlay.ALL;
    static final List<String> SERVICES = ServiceSettings.SERVICES;
    static final String WEBHOOKS = "webhooks-service";

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theIngressControllerReachesEachServiceAndNothingElseInTheNamespaceDoes(String overlay) {
        NetworkModel network = new NetworkModel(Overlay.of(overlay));
        for (String service : SERVICES) {
            int port = ServiceSettings.of(service).httpPort();
            assertTrue(network.allows("ingress-controller", service, port, "TCP"), service);
            assertFalse(network.allows("intruder", service, port, "TCP"), service);
            assertFalse(network.allows("ingress-controller", service, port + 1, "TCP"), service + " on another port");
        }
        assertFalse(network.allows("ingress-controller", "members-db-1", 5432, "TCP"));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyEventsAndMatchingCallMembersOverRest(String overlay) {
        NetworkModel network = new NetworkModel(Overlay.of(overlay));
        int members = ServiceSettings.of("members-service").httpPort();
        for (String caller : List.of("events-service", "matching-service")) {
            boolean needs = ServiceSettings.of(caller).allEnv().contains("GIVEFIRST_MEMBERS_URL");
            assertEquals(needs, network.allows(caller, "members-service", members, "TCP"), caller + " -> members-service");
        }
        assertFalse(network.allows("members-service", "events-service", ServiceSettings.of("events-service").httpPort(), "TCP"));
        assertFalse(network.allows("members-service", "matching-service", ServiceSettings.of("matching-service").httpPort(), "TCP"));
        assertFalse(network.allows("events-service", "matching-service", ServiceSettings.of("matching-service").httpPort(), "TCP"));
        assertFalse(network.allows("matching-service", "events-service", ServiceSettings.of("events-service").httpPort(), "TCP"));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceReachesItsOwnDatabaseAndNoOther(String overlay) {
        NetworkModel network = new NetworkModel(Overlay.of(overlay));
        List<String> wrong = new ArrayList<>();
        for (String service : SERVICES) {
            for (String other : SERVICES) {
                String database = ServiceSettings.of(other).database() + "-db-1";
                boolean allowed = network.allows(service, database, 5432, "TCP");
                if (allowed != service.equals(other)) {
                    wrong.add(service + " -> " + database + (allowed ? " allowed" : " refused"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void databaseInstancesReplicateAndTheOperatorManagesThem(String overlay) {
        NetworkModel network = new NetworkModel(Overlay.of(overlay));
        for (String service : SERVICES) {
            String cluster = ServiceSettings.of(service).database() + "-db";
            assertTrue(network.allows(cluster + "-2", cluster + "-1", 5432, "TCP"), cluster + " replication");
            assertTrue(network.allows("cnpg-operator", cluster + "-1", 8000, "TCP"), cluster + " status for the operator");
            assertFalse(network.allows("intruder", cluster + "-1", 5432, "TCP"));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceReachesKafkaAndDnsAndOtherPodsDoNotReachKafka(String overlay) {
        NetworkModel network = new NetworkModel(Overlay.of(overlay));
        for (String service : SERVICES) {
            assertTrue(network.allows(service, "givefirst-broker", 9092, "TCP"), service + " -> Kafka");
            assertTrue(network.allows(service, "kube-dns", 53, "UDP"), service + " -> DNS");
            assertTrue(network.allows(service, "kube-dns", 53, "TCP"), service + " -> DNS over TCP");
            assertFalse(network.allows(service, "internet", 80, "TCP"), service + " -> the internet");
        }
        assertFalse(network.allows("intruder", "givefirst-broker", 9092, "TCP"));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void servicesReachTheTokenKeysOnlyWhereTheyAreFetchedOverHttps(String overlay) {
        Overlay o = Overlay.of(overlay);
        NetworkModel network = new NetworkModel(o);
        String key = o.configMap("givefirst-config").get("GIVEFIRST_JWT_PUBLIC_KEY");
        boolean fetched = key != null && key.startsWith("https://");
        for (String service : SERVICES) {
            if (!service.equals(WEBHOOKS)) {
                assertEquals(fetched, network.allows(service, "internet", 443, "TCP"), service + " -> the OpenID Connect provider");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void webhooksServiceReachesReceiversOverHttpsOnPublicAddressesOnly(String overlay) {
        NetworkModel network = new NetworkModel(Overlay.of(overlay));
        assertTrue(network.allows(WEBHOOKS, "internet", 443, "TCP"), "a receiver on the internet");
        assertFalse(network.allows(WEBHOOKS, "internet", 80, "TCP"), "plain http");
        for (String inside : List.of("private-network", "carrier-nat", "cloud-metadata")) {
            assertFalse(network.allows(WEBHOOKS, inside, 443, "TCP"), WEBHOOKS + " -> " + inside);
        }
        for (String service : SERVICES) {
            if (!service.equals(WEBHOOKS)) {
                assertFalse(network.allows(WEBHOOKS, service, ServiceSettings.of(service).httpPort(), "TCP"), WEBHOOKS + " -> " + service);
                assertFalse(network.allows(service, WEBHOOKS, ServiceSettings.of(WEBHOOKS).httpPort(), "TCP"), service + " -> " + WEBHOOKS);
            }
        }
    }
}
