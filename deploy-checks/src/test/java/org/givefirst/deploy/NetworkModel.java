package org.givefirst.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the NetworkPolicies of an overlay the way a CNI plugin enforces them, between the pods
 * the overlay runs (from the Deployment templates) and the pods operators and the cluster run
 * (CloudNativePG instances, Strimzi brokers, DNS, the Ingress controller), labelled as those
 * projects label them. Strimzi writes a policy for each listener from its networkPolicyPeers; that
 * one is derived here from the Kafka resource.
 */
final class NetworkModel {

    /** A pod: where it runs, its labels, its IP, and its named container ports. */
    record Endpoint(String name, String namespace, Map<String, String> labels, String ip, Map<String, Integer> namedPorts) {
    }

    private final List<NetworkPolicy> policies = new ArrayList<>();
    private final Map<String, String> policyNamespaces = new HashMap<>();
    private final Map<String, Map<String, String>> namespaceLabels = new HashMap<>();
    private final Map<String, Endpoint> endpoints = new HashMap<>();
    private final String namespace;
    private int nextIp = 10;

    NetworkModel(Overlay overlay) {
        namespace = overlay.rendered().namespace();
        for (Kustomize.Resource resource : overlay.rendered().ofKind("Namespace")) {
            Map<String, String> labels = new HashMap<>();
            resource.object().path("metadata").path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            labels.put("kubernetes.io/metadata.name", resource.name());
            namespaceLabels.put(resource.name(), labels);
        }
        for (Kustomize.Resource resource : overlay.rendered().ofKind("NetworkPolicy")) {
            add(Models.bind(resource, NetworkPolicy.class), namespace);
        }
        for (Kustomize.Resource resource : overlay.rendered().ofKind("Deployment")) {
            Deployment deployment = Models.bind(resource, Deployment.class);
            Map<String, Integer> ports = new HashMap<>();
            deployment.getSpec().getTemplate().getSpec().getContainers().forEach(c -> c.getPorts()
                    .forEach(p -> ports.put(p.getName(), p.getContainerPort())));
            pod(resource.name(), namespace, deployment.getSpec().getTemplate().getMetadata().getLabels(), ports);
        }
        for (JsonNode cluster : overlay.objects("Cluster")) {
            String name = cluster.path("metadata").path("name").asText();
            pod(name + "-1", namespace, Map.of("cnpg.io/cluster", name, "cnpg.io/instanceRole", "primary", "role", "primary"), Map.of());
            pod(name + "-2", namespace, Map.of("cnpg.io/cluster", name, "cnpg.io/instanceRole", "replica", "role", "replica"), Map.of());
        }
        for (JsonNode kafka : overlay.objects("Kafka")) {
            String cluster = kafka.path("metadata").path("name").asText();
            pod(cluster + "-broker", namespace, Map.of("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka",
                    "strimzi.io/name", cluster + "-kafka", "strimzi.io/broker-role", "true", "strimzi.io/controller-role", "true"), Map.of());
            addStrimziListenerPolicies(kafka, cluster);
        }
        pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), Map.of());
        pod("ingress-controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"), Map.of());
        pod("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"), Map.of());
        pod("intruder", namespace, Map.of("app", "intruder"), Map.of());
        endpoints.put("internet", new Endpoint("internet", null, Map.of(), "203.0.113.10", Map.of()));
        // Outside the cluster but not the internet: what webhooks-service must never reach.
        endpoints.put("private-network", new Endpoint("private-network", null, Map.of(), "192.168.7.20", Map.of()));
        endpoints.put("carrier-nat", new Endpoint("carrier-nat", null, Map.of(), "100.64.3.4", Map.of()));
        endpoints.put("cloud-metadata", new Endpoint("cloud-metadata", null, Map.of(), "169.254.169.254", Map.of()));
    }

    Endpoint endpoint(String name) {
        Endpoint endpoint = endpoints.get(name);
        if (endpoint == null) {
            throw new AssertionError("no pod " + name + " in the model");
        }
        return endpoint;
    }

    boolean allows(String from, String to, int port, String protocol) {
        Endpoint source = endpoint(from);
        Endpoint target = endpoint(to);
        return egressAllows(source, target, port, protocol) && ingressAllows(source, target, port, protocol);
    }

    private boolean egressAllows(Endpoint source, Endpoint target, int port, String protocol) {
        if (source.namespace() == null) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(source, "Egress");
        if (selecting.isEmpty()) {
            return true;
        }
        for (NetworkPolicy policy : selecting) {
            for (var rule : policy.getSpec().getEgress()) {
                if (peersMatch(rule.getTo(), policyNamespaces.get(key(policy)), target) && portsMatch(rule.getPorts(), target, port, protocol)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean ingressAllows(Endpoint source, Endpoint target, int port, String protocol) {
        if (target.namespace() == null) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(target, "Ingress");
        if (selecting.isEmpty()) {
            return true;
        }
        for (NetworkPolicy policy : selecting) {
            for (var rule : policy.getSpec().getIngress()) {
                if (peersMatch(rule.getFrom(), policyNamespaces.get(key(policy)), source) && portsMatch(rule.getPorts(), target, port, protocol)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<NetworkPolicy> selecting(Endpoint pod, String type) {
        return policies.stream()
                .filter(p -> policyNamespaces.get(key(p)).equals(pod.namespace()))
                .filter(p -> types(p).contains(type))
                .filter(p -> matches(p.getSpec().getPodSelector(), pod.labels()))
                .toList();
    }

    private static List<String> types(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types != null && !types.isEmpty()) {
            return types;
        }
        return policy.getSpec().getEgress() == null || policy.getSpec().getEgress().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private boolean peersMatch(List<NetworkPolicyPeer> peers, String policyNamespace, Endpoint other) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                if (inBlock(other.ip(), peer.getIpBlock())) {
                    return true;
                }
                continue;
            }
            if (other.namespace() == null) {
                continue;
            }
            boolean namespaceOk = peer.getNamespaceSelector() == null ? other.namespace().equals(policyNamespace)
                    : matches(peer.getNamespaceSelector(), namespaceLabels.getOrDefault(other.namespace(),
                            Map.of("kubernetes.io/metadata.name", other.namespace())));
            boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), other.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, Endpoint target, int port, String protocol) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort p : ports) {
            String ruleProtocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!ruleProtocol.equals(protocol)) {
                continue;
            }
            if (p.getPort() == null) {
                return true;
            }
            Integer number = p.getPort().getIntVal() != null ? p.getPort().getIntVal() : target.namedPorts().get(p.getPort().getStrVal());
            if (number != null && (number == port || (p.getEndPort() != null && port >= number && port <= p.getEndPort()))) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
            String value = labels.get(requirement.getKey());
            boolean ok = switch (requirement.getOperator()) {
                case "In" -> value != null && requirement.getValues().contains(value);
                case "NotIn" -> value == null || !requirement.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown operator " + requirement.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private void addStrimziListenerPolicies(JsonNode kafka, String cluster) {
        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            StringBuilder yaml = new StringBuilder("""
                    apiVersion: networking.k8s.io/v1
                    kind: NetworkPolicy
                    metadata: {name: %s-network-policy-kafka-%s}
                    spec:
                      podSelector: {matchLabels: {strimzi.io/cluster: %s, strimzi.io/kind: Kafka}}
                      policyTypes: [Ingress]
                      ingress:
                        - ports: [{port: %d, protocol: TCP}]
                    """.formatted(cluster, listener.path("name").asText(), cluster, listener.path("port").asInt()));
            JsonNode policy = Yamls.allFromText(yaml.toString()).get(0);
            if (listener.has("networkPolicyPeers")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) policy.at("/spec/ingress/0")).set("from", listener.get("networkPolicyPeers"));
            }
            try {
                add(Models.STRICT.treeToValue(policy, NetworkPolicy.class), namespace);
            } catch (Exception e) {
                throw new AssertionError("networkPolicyPeers of listener " + listener.path("name").asText() + ": " + e.getMessage(), e);
            }
        }
    }

    private void add(NetworkPolicy policy, String policyNamespace) {
        policies.add(policy);
        policyNamespaces.put(key(policy), policyNamespace);
    }

    private static String key(NetworkPolicy policy) {
        return policy.getMetadata().getName();
    }

    private void pod(String name, String ns, Map<String, String> labels, Map<String, Integer> ports) {
        endpoints.put(name, new Endpoint(name, ns, labels, "10.244.0." + nextIp++, ports));
    }

    private static boolean inBlock(String ip, IPBlock block) {
        if (!inCidr(ip, block.getCidr())) {
            return false;
        }
        return block.getExcept() == null || block.getExcept().stream().noneMatch(except -> inCidr(ip, except));
    }

    private static boolean inCidr(String ip, String cidr) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (toLong(ip) & mask) == (toLong(parts[0]) & mask);
    }

    private static long toLong(String ip) {
        long value = 0;
        for (String octet : ip.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }
}
