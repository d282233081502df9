package org.givefirst.members;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.givefirst.platform.testing.HostileRequests;
import org.junit.jupiter.api.Test;

/** The hostile-input sweep (platform's {@link HostileRequests}) over every operation of members-service. */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void noRequestGetsA5xxADroppedConnectionOrAnErrorWithoutAProblemBody() throws Exception {
        HostileRequests.Report report = HostileRequests.against(base).sweep();
        System.out.println("members-service hostile-input sweep: " + report);
        assertTrue(report.requests() > 1000, "the sweep covered the document: " + report);
        assertTrue(report.failures().isEmpty(), report.toString());
    }
}
