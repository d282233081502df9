package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every object of every overlay fits its typed model (or schema), with no field the API does not have. */
class ManifestModelTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"k8s/overlays/dev", "k8s/overlays/prod"})
    void everyObjectFitsItsTypedModelWithoutUnknownFields(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Kustomize.Resource resource : Kustomize.render(Repo.path(overlay)).resources()) {
            String type = Models.typeKey(resource.object());
            try {
                if (Models.TYPES.containsKey(type)) {
                    Models.bind(resource);
                } else if (Models.SCHEMAS.containsKey(type)) {
                    Set<ValidationMessage> errors = schema(Models.SCHEMAS.get(type)).validate(resource.object());
                    errors.forEach(error -> problems.add(resource + ": " + error.getMessage()));
                } else {
                    problems.add(resource + ": " + type + " has neither a typed model nor a schema in these checks");
                }
            } catch (AssertionError e) {
                problems.add(e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"k8s/overlays/dev", "k8s/overlays/prod"})
    void strimziObjectsUseTheV1ApiWithoutItsRemovedFields(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Kustomize.Resource resource : Kustomize.render(Repo.path(overlay)).resources()) {
            if (resource.group().equals("kafka.strimzi.io")) {
                assertEquals("kafka.strimzi.io/v1", resource.apiVersion(), resource + ": Strimzi 1.x serves only the v1 API");
                StrimziFields.deprecatedIn(Models.bind(resource)).forEach(field -> problems.add(resource + ": " + field));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aMisspelledKubernetesFieldIsRefused() {
        Kustomize.Resource deployment = Kustomize.render(Repo.path("k8s/overlays/dev")).get("Deployment", "members-service");
        ObjectNode container = (ObjectNode) deployment.object().at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.get("readinessProbe"));
        AssertionError refused = assertThrows(AssertionError.class, () -> Models.bind(deployment, Deployment.class));
        assertTrue(refused.getMessage().contains("readinesProbe"), refused.getMessage());
    }

    @Test
    void aStrimziFieldOfTheWrongLevelIsRefused() {
        Kustomize.Resource kafka = Kustomize.render(Repo.path("k8s/overlays/dev")).get("Kafka", "givefirst");
        ((ObjectNode) kafka.object().get("spec")).set("listeners", kafka.object().at("/spec/kafka/listeners"));
        assertThrows(AssertionError.class, () -> Models.bind(kafka, Kafka.class));
    }

    @Test
    void aRemovedStrimziFieldIsFound() {
        Kustomize.Resource kafka = Kustomize.render(Repo.path("k8s/overlays/dev")).get("Kafka", "givefirst");
        ((ObjectNode) kafka.object().at("/spec/kafka")).put("replicas", 3);
        assertEquals(List.of("Kafka.spec.kafka.replicas"), StrimziFields.deprecatedIn(Models.bind(kafka)));
    }

    @Test
    void aMisspelledCloudNativePgFieldIsRefused() {
        Kustomize.Resource cluster = Kustomize.render(Repo.path("k8s/overlays/dev")).get("Cluster", "members-db");
        ((ObjectNode) cluster.object().get("spec")).put("instance", 1);
        assertTrue(!schema(Models.SCHEMAS.get("postgresql.cnpg.io/v1/Cluster")).validate(cluster.object()).isEmpty());
    }

    /** A JSON Schema from the test resources; its location is the base its relative $id resolves against. */
    static JsonSchema schema(String resource) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(SchemaLocation.of("classpath:" + resource));
    }
}
