package org.givefirst.webhooks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetRulesTest {

    private static final TargetRules STRICT = TargetRules.STRICT;
    private static final TargetRules TESTS = new TargetRules(false, true, false, false);

    /** A resolver with a fixed table, as DNS would answer (several addresses for one name). */
    private static TargetRules.Resolver dns(Map<String, List<String>> table) {
        return host -> {
            List<String> addresses = table.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            return addresses.stream().map(TargetRulesTest::literal).toList();
        };
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String refusal(TargetRules rules, String url) {
        return assertThrows(TargetRules.Refused.class, () -> rules.check(url, dns(Map.of(
                "hooks.example.org", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
                "rebind.example.org", List.of("93.184.215.14", "10.0.0.7"),
                "localhost", List.of("127.0.0.1", "::1"),
                "metadata.example.org", List.of("169.254.169.254"))))).getMessage();
    }

    @Test
    void aPublicHttpsUrlPassesWithEveryAddressOfItsHost() {
        TargetRules.Target target = STRICT.check("https://hooks.example.org/givefirst?chapter=lisbon",
                dns(Map.of("hooks.example.org", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"))));
        assertEquals("hooks.example.org", target.host());
        assertEquals(443, target.port());
        assertEquals(2, target.addresses().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.org/x", "ftp://hooks.example.org/x", "file:///etc/passwd", "/relative",
            "https://user:pass@hooks.example.org/x", "https:///no-host", "not a url", "https://hooks.example.org:0/",
            "https://hooks_example.org/", "https://hooks.example.org%2f@evil/"})
    void strictRulesRefuseAnythingButAnHttpsUrlOfANamedHost(String url) {
        refusal(STRICT, url);
    }

    @Test
    void httpIsAcceptedOnlyWhenTheRulesAllowIt() {
        assertTrue(refusal(STRICT, "http://hooks.example.org/").contains("https"));
        assertEquals(80, TESTS.check("http://hooks.example.org/", dns(Map.of("hooks.example.org", List.of("93.184.215.14")))).port());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/", "https://127.8.9.10/", "https://[::1]/", "https://localhost/",
            "https://[::ffff:127.0.0.1]/", "https://[::ffff:7f00:1]/", "https://[64:ff9b::7f00:1]/", "https://[2002:7f00:1::]/"})
    void loopbackIsRefusedInEveryWriting(String url) {
        assertTrue(refusal(STRICT, url).contains("loopback"), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.1.2.3/", "https://172.16.0.1/", "https://172.31.255.255/", "https://192.168.1.1/",
            "https://100.64.0.1/", "https://[fd00::1]/", "https://[fc12::1]/", "https://[::ffff:10.0.0.1]/",
            "https://[::ffff:192.168.0.1]/", "https://[64:ff9b::a00:1]/", "https://[2002:c0a8:101::1]/"})
    void privateAddressesAreRefused(String url) {
        assertTrue(refusal(STRICT, url).contains("private"), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://169.254.169.254/latest/meta-data/", "https://[fe80::1]/", "https://[::ffff:169.254.169.254]/",
            "https://metadata.example.org/"})
    void linkLocalAddressesWithTheCloudMetadataOneAreRefused(String url) {
        assertTrue(refusal(STRICT, url).contains("link-local"), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://0.0.0.0/", "https://[::]/", "https://224.0.0.1/", "https://255.255.255.255/",
            "https://240.0.0.1/", "https://[ff02::1]/", "https://192.0.2.10/", "https://[2001:db8::1]/", "https://[2001:0:4136:e378::1]/"})
    void unspecifiedMulticastBroadcastReservedDocumentationAndTeredoAreAlwaysRefused(String url) {
        TargetRules lenient = new TargetRules(false, true, true, true);
        refusal(lenient, url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://2130706433/", "https://0x7f000001/", "https://0x7f.0.0.1/", "https://0177.0.0.1/",
            "https://127.1/", "https://127.0.1/", "https://017700000001/", "https://3232235777/", "https://0xa9fea9fe/",
            "https://127.000.000.001/", "https://1.2.3.4.5/"})
    void numbersWrittenInAnyOtherFormThanFourDecimalPartsAreRefused(String url) {
        assertTrue(refusal(TESTS, url).contains("ambiguous"), url);
    }

    @Test
    void everyResolvedAddressIsCheckedNotOnlyTheFirst() {
        assertTrue(refusal(STRICT, "https://rebind.example.org/").contains("10.0.0.7"));
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        assertTrue(refusal(STRICT, "https://nowhere.example.org/").contains("does not resolve"));
    }

    @Test
    void whatTheRulesAllowPassesLoopbackForTheTestsPrivateAndLinkLocalWhenConfigured() {
        assertEquals(1, TESTS.check("http://127.0.0.1:8099/hook", host -> List.of(literal(host))).addresses().size());
        assertTrue(refusal(TESTS, "https://10.1.2.3/").contains("private"));
        TargetRules internal = new TargetRules(true, false, true, true);
        assertEquals(1, internal.check("https://10.1.2.3/", host -> List.of(literal(host))).addresses().size());
        assertEquals(1, internal.check("https://[fe80::1]/", host -> List.of(literal(host))).addresses().size());
        assertTrue(refusal(internal, "https://127.0.0.1/").contains("loopback"));
    }
}
