package org.givefirst.deploy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.Map;

/**
 * Binds manifests to the typed models of Kubernetes (fabric8) and Strimzi, refusing any field the
 * model does not have. Both libraries normally keep unknown fields aside ("additional properties")
 * so that nothing is lost; here such a field is a mistake (a typo, a wrong level, a field of another
 * API version) that a cluster would drop or reject, so the binding fails on it.
 */
final class Models {

    /** The apiVersion and kind of each object Givefirst deploys, and the model it must fit. */
    static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class));

    /** Objects with no typed model on Maven Central, validated against a JSON Schema instead. */
    static final Map<String, String> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "/schemas/cnpg-cluster.schema.json");

    static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new StrictIntrospector());

    private Models() {
    }

    static String typeKey(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    static <T> T bind(Kustomize.Resource resource, Class<T> type) {
        try {
            return STRICT.treeToValue(resource.object(), type);
        } catch (Exception e) {
            throw new AssertionError(resource + " does not fit " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    static Object bind(Kustomize.Resource resource) {
        Class<?> type = TYPES.get(typeKey(resource.object()));
        if (type == null) {
            throw new AssertionError(resource + ": no typed model for " + typeKey(resource.object()));
        }
        return bind(resource, type);
    }

    private static boolean isModel(Annotated annotated) {
        String name = annotated.getRawType() == null ? "" : annotated.getRawType().getName();
        if (annotated instanceof com.fasterxml.jackson.databind.introspect.AnnotatedMember member) {
            name = member.getDeclaringClass().getName();
        }
        return name.startsWith("io.fabric8.kubernetes.api.model") || name.startsWith("io.strimzi.api")
                || name.startsWith("io.fabric8.kubernetes.client");
    }

    /** Turns off the models' "keep unknown fields" any-setters and ignore-unknown switches. */
    private static final class StrictIntrospector extends JacksonAnnotationIntrospector {

        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return isModel(annotated) ? Boolean.FALSE : super.hasAnySetter(annotated);
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
            JsonIgnoreProperties.Value value = super.findPropertyIgnoralByName(config, annotated);
            if (annotated instanceof AnnotatedClass && isModel(annotated) && value.getIgnoreUnknown()) {
                return value.withoutIgnoreUnknown();
            }
            return value;
        }
    }
}
