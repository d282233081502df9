package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The Ingress: one host per service, the API and its documentation exposed, health and metrics not. */
class IngressTest {

    static final List<String> OVERLAYS = Overlay.ALL;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceHasItsOwnHostServingItsApiAndDocumentation(String overlay) {
        Overlay o = Overlay.of(overlay);
        Ingress ingress = Models.bind(o.rendered().get("Ingress", "givefirst"), Ingress.class);
        Set<String> routed = new TreeSet<>();
        for (IngressRule rule : ingress.getSpec().getRules()) {
            String service = rule.getHttp().getPaths().get(0).getBackend().getService().getName();
            assertTrue(rule.getHost().startsWith(service.replace("-service", "") + "."), rule.getHost() + " -> " + service);
            assertEquals(Set.of("/api", "/q/openapi", "/q/swagger-ui"),
                    Set.copyOf(rule.getHttp().getPaths().stream().map(HTTPIngressPath::getPath).toList()));
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                assertEquals(service, path.getBackend().getService().getName(), "one host, one service");
                Service target = o.service(service);
                String portName = path.getBackend().getService().getPort().getName();
                assertTrue(target.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(portName)), service + " has no port " + portName);
                assertEquals("Prefix", path.getPathType());
            }
            routed.add(service);
        }
        assertEquals(Set.copyOf(ServiceSettings.SERVICES), routed);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void healthAndMetricsStayInsideTheCluster(String overlay) {
        Ingress ingress = Models.bind(Overlay.of(overlay).rendered().get("Ingress", "givefirst"), Ingress.class);
        for (IngressRule rule : ingress.getSpec().getRules()) {
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                assertFalse(path.getPath().equals("/") || path.getPath().equals("/q") || path.getPath().startsWith("/q/health")
                        || path.getPath().startsWith("/q/metrics"), path.getPath());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void productionServesEveryHostOverTls(String overlay) {
        Ingress ingress = Models.bind(Overlay.of(overlay).rendered().get("Ingress", "givefirst"), Ingress.class);
        Set<String> hosts = new TreeSet<>(ingress.getSpec().getRules().stream().map(IngressRule::getHost).toList());
        Set<String> tls = new TreeSet<>();
        ingress.getSpec().getTls().stream().map(IngressTLS::getHosts).forEach(tls::addAll);
        if (overlay.endsWith("prod")) {
            assertEquals(hosts, tls);
        } else {
            hosts.forEach(host -> assertTrue(host.endsWith(".localhost"), "dev hosts resolve to this machine: " + host));
        }
    }
}
