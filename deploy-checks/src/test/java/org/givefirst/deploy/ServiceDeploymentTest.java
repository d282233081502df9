package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service's Deployment, Service, HPA and PDB in each overlay, cross-checked with the service's own configuration. */
class ServiceDeploymentTest {

    static Stream<Arguments> overlaysAndServices() {
        return Overlay.ALL.stream().flatMap(o -> ServiceSettings.SERVICES.stream().map(s -> Arguments.of(o, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void containerListensOnTheServiceHttpPort(String overlay, String service) {
        Container container = Overlay.of(overlay).container(service);
        assertEquals(List.of(ServiceSettings.of(service).httpPort()),
                container.getPorts().stream().map(ContainerPort::getContainerPort).toList());
        assertEquals("http", container.getPorts().get(0).getName());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void probesAskTheServiceHealthEndpointsOnItsHttpPort(String overlay, String service) {
        ServiceSettings settings = ServiceSettings.of(service);
        // The three services take their shared extensions from services-parent.
        assertTrue(Repo.read(service + "/pom.xml").contains("<artifactId>givefirst-services-parent</artifactId>")
                        && Repo.read("services-parent/pom.xml").contains("<artifactId>quarkus-smallrye-health</artifactId>")
                        || Repo.read(service + "/pom.xml").contains("<artifactId>quarkus-smallrye-health</artifactId>"),
                service + " must have quarkus-smallrye-health for /q/health");
        for (String moved : List.of("quarkus.smallrye-health.root-path", "quarkus.http.non-application-root-path",
                "quarkus.smallrye-health.liveness-path", "quarkus.smallrye-health.readiness-path", "quarkus.smallrye-health.startup-path")) {
            assertFalse(settings.properties().containsKey(moved), service + " sets " + moved + ": the probe paths must follow");
        }
        assertFalse("true".equals(settings.withDefaults("quarkus.management.enabled")),
                service + " serves health on the management port: the probes must follow");
        Container container = Overlay.of(overlay).container(service);
        assertProbe(container, container.getStartupProbe(), "/q/health/started", settings.httpPort());
        assertProbe(container, container.getLivenessProbe(), "/q/health/live", settings.httpPort());
        assertProbe(container, container.getReadinessProbe(), "/q/health/ready", settings.httpPort());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void everySettingTheServiceRequiresIsProvided(String overlay, String service) {
        Overlay o = Overlay.of(overlay);
        List<String> problems = new ArrayList<>();
        Map<String, Overlay.Setting> environment = o.environment(o.container(service), problems);
        for (String required : ServiceSettings.of(service).requiredEnv()) {
            Overlay.Setting setting = environment.get(required);
            if (setting == null || setting.optional() || (!setting.fromSecret() && (setting.value() == null || setting.value().isBlank()))) {
                problems.add(required + " is required by " + service + " and not (surely) provided");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void everyGivefirstSettingGivenIsOneTheServiceReads(String overlay, String service) {
        Overlay o = Overlay.of(overlay);
        Set<String> unknown = new TreeSet<>(o.environment(o.container(service), new ArrayList<>()).keySet());
        unknown.removeIf(name -> !name.startsWith("GIVEFIRST_") && !name.startsWith("KAFKA_"));
        unknown.removeAll(ServiceSettings.of(service).allEnv());
        assertEquals(Set.of(), unknown, service + " reads none of these (misspelled, or a setting it does not have)");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void serviceUsesItsOwnCloudNativePgCluster(String overlay, String service) {
        Overlay o = Overlay.of(overlay);
        ServiceSettings settings = ServiceSettings.of(service);
        Map<String, Overlay.Setting> environment = o.environment(o.container(service), new ArrayList<>());
        assertNotNull(environment.get("GIVEFIRST_DB_URL"), service + " gets no GIVEFIRST_DB_URL: it would use localhost");
        String url = environment.get("GIVEFIRST_DB_URL").value();
        String host = ServiceSettings.Jdbc.host(url);
        assertTrue(host.endsWith("-rw"), "connect to the primary (<cluster>-rw): " + url);
        String cluster = host.substring(0, host.length() - "-rw".length());
        JsonNode initdb = o.object("Cluster", cluster).at("/spec/bootstrap/initdb");
        assertEquals(settings.database(), ServiceSettings.Jdbc.database(url));
        assertEquals(settings.database(), initdb.path("database").asText());
        assertEquals(5432, ServiceSettings.Jdbc.port(url));
        Overlay.Setting user = environment.get("GIVEFIRST_DB_USER");
        Overlay.Setting password = environment.get("GIVEFIRST_DB_PASSWORD");
        assertEquals(cluster + "-app/username", user.secret() + "/" + user.secretKey());
        assertEquals(cluster + "-app/password", password.secret() + "/" + password.secretKey());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void serviceConnectsToTheStrimziBootstrapListener(String overlay, String service) {
        Overlay o = Overlay.of(overlay);
        String bootstrap = o.environment(o.container(service), new ArrayList<>()).get("KAFKA_BOOTSTRAP_SERVERS").value();
        String[] hostPort = bootstrap.split(":");
        assertTrue(hostPort[0].endsWith("-kafka-bootstrap"), bootstrap);
        JsonNode kafka = o.object("Kafka", hostPort[0].substring(0, hostPort[0].length() - "-kafka-bootstrap".length()));
        boolean plainListener = false;
        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            plainListener |= listener.path("port").asInt() == Integer.parseInt(hostPort[1]) && !listener.path("tls").asBoolean()
                    && listener.path("type").asText().equals("internal");
        }
        assertTrue(plainListener, "no internal plain listener on " + hostPort[1]);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void membersUrlReachesTheMembersServiceObject(String overlay, String service) {
        Overlay o = Overlay.of(overlay);
        Overlay.Setting membersUrl = o.environment(o.container(service), new ArrayList<>()).get("GIVEFIRST_MEMBERS_URL");
        boolean reads = ServiceSettings.of(service).allEnv().contains("GIVEFIRST_MEMBERS_URL");
        if (!reads) {
            return;
        }
        assertNotNull(membersUrl, service + " reads GIVEFIRST_MEMBERS_URL: without it, it calls localhost");
        URI uri = URI.create(membersUrl.value());
        Service members = o.service(uri.getHost());
        assertTrue(members.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == uri.getPort()), membersUrl.value());
        assertEquals("members-service", members.getSpec().getSelector().get("app.kubernetes.io/name"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void podRunsNonRootWithAReadOnlyRootFilesystem(String overlay, String service) {
        Overlay o = Overlay.of(overlay);
        PodSpec pod = o.deployment(service).getSpec().getTemplate().getSpec();
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot());
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken());
        Container container = o.container(service);
        var security = container.getSecurityContext();
        assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem());
        assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), security.getCapabilities().getDrop());
        assertTrue(security.getCapabilities().getAdd() == null || security.getCapabilities().getAdd().isEmpty());
        assertEquals(Boolean.FALSE, security.getPrivileged() == null ? Boolean.FALSE : security.getPrivileged());
        VolumeMount tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst()
                .orElseThrow(() -> new AssertionError("/tmp must be writable"));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst().orElseThrow();
        assertNotNull(volume.getEmptyDir(), "/tmp is an emptyDir");
        var resources = container.getResources();
        assertNotNull(resources.getRequests().get("cpu"), "the HPA needs a CPU request");
        assertNotNull(resources.getRequests().get("memory"));
        assertNotNull(resources.getLimits().get("memory"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void serviceObjectSelectsThePodsOnTheirHttpPort(String overlay, String service) {
        Overlay o = Overlay.of(overlay);
        Deployment deployment = o.deployment(service);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        Service k8sService = o.service(service);
        assertTrue(podLabels.entrySet().containsAll(k8sService.getSpec().getSelector().entrySet()), "selector " + k8sService.getSpec().getSelector());
        assertTrue(podLabels.entrySet().containsAll(deployment.getSpec().getSelector().getMatchLabels().entrySet()));
        ServicePort port = k8sService.getSpec().getPorts().get(0);
        assertEquals(ServiceSettings.of(service).httpPort(), port.getPort());
        assertEquals("http", port.getTargetPort().getStrVal());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void autoscalerAndDisruptionBudgetFitTheDeployment(String overlay, String service) {
        Overlay o = Overlay.of(overlay);
        Map<String, String> podLabels = o.deployment(service).getSpec().getTemplate().getMetadata().getLabels();
        HorizontalPodAutoscaler hpa = Models.bind(o.rendered().get("HorizontalPodAutoscaler", service), HorizontalPodAutoscaler.class);
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(service, hpa.getSpec().getScaleTargetRef().getName());
        int min = hpa.getSpec().getMinReplicas();
        assertTrue(min >= 1 && min <= hpa.getSpec().getMaxReplicas(), min + ".." + hpa.getSpec().getMaxReplicas());
        assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName());

        PodDisruptionBudget pdb = Models.bind(o.rendered().get("PodDisruptionBudget", service), PodDisruptionBudget.class);
        assertTrue(podLabels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()));
        if (pdb.getSpec().getMinAvailable() != null) {
            assertTrue(pdb.getSpec().getMinAvailable().getIntVal() < min,
                    "minAvailable " + pdb.getSpec().getMinAvailable() + " with " + min + " replicas would block every node drain");
        } else {
            assertTrue(pdb.getSpec().getMaxUnavailable().getIntVal() >= 1);
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("prodServices")
    void productionCarriesNoDevelopmentSetting(String overlay, String service) {
        Overlay o = Overlay.of(overlay);
        List<String> development = new ArrayList<>();
        o.environment(o.container(service), new ArrayList<>()).values().forEach(setting -> {
            String value = setting.value() == null ? "" : setting.value();
            if (value.contains("localhost") || value.contains("dev-jwt-public.pem") || value.contains("givefirst.local/dev")) {
                development.add(setting.name() + "=" + value);
            }
        });
        assertEquals(List.of(), development, "development values in production");
    }

    static Stream<Arguments> prodServices() {
        return ServiceSettings.SERVICES.stream().map(s -> Arguments.of("k8s/overlays/prod", s));
    }

    private static void assertProbe(Container container, Probe probe, String path, int port) {
        assertNotNull(probe, path);
        assertEquals(path, probe.getHttpGet().getPath());
        var probePort = probe.getHttpGet().getPort();
        int resolved = probePort.getIntVal() != null ? probePort.getIntVal()
                : container.getPorts().stream().filter(p -> probePort.getStrVal().equals(p.getName())).findFirst()
                        .orElseThrow(() -> new AssertionError("no container port named " + probePort.getStrVal())).getContainerPort();
        assertEquals(port, resolved, path);
    }
}
