package org.givefirst.webhooks.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where Givefirst may send a webhook (a guard against server-side request forgery): an absolute
 * {@code https} URL ({@code http} too unless {@code requireHttps}), without user info, whose host is a
 * name or a canonical IP literal, and every address of which is a public unicast address. Loopback,
 * private (RFC 1918, carrier-grade NAT, IPv6 unique local) and link-local (which holds the cloud
 * metadata address 169.254.169.254) addresses are refused unless allowed; unspecified, multicast,
 * broadcast, reserved and documentation addresses always are. IPv6 addresses that carry an IPv4 one
 * (mapped, compatible, NAT64, 6to4) are judged by that IPv4 address; Teredo is refused.
 *
 * <p>A host written as a number in another form than four decimal parts ({@code 2130706433},
 * {@code 0x7f000001}, {@code 0177.0.0.1}, {@code 127.1}) is refused: resolvers read these as
 * addresses, and nothing legitimate needs them. The sender connects to the very addresses checked
 * here ({@link Target#addresses()}), so a name that resolves differently a second later changes
 * nothing.
 */
public record TargetRules(boolean requireHttps, boolean allowLoopback, boolean allowPrivate, boolean allowLinkLocal) {

    /** The production rules: https only, public addresses only. */
    public static final TargetRules STRICT = new TargetRules(true, false, false, false);

    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");
    private static final Pattern NUMERIC_LABELS = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

    /** Looks up the addresses of a host name (DNS, or a fake in tests). */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** A target that passed: the URL, its host and port, and the addresses the sender may connect to. */
    public record Target(URI url, String host, int port, List<InetAddress> addresses) {
    }

    /** A URL or address these rules refuse, with the reason an organizer can act on. */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Checks the URL alone (no lookup): what an endpoint registration checks first. */
    public URI checkUrl(String text) {
        URI url;
        try {
            url = new URI(text);
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new Refused("is not a valid URL");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new Refused("must be an http(s) URL");
        }
        if (requireHttps && !scheme.equals("https")) {
            throw new Refused("must use https");
        }
        if (url.getRawUserInfo() != null) {
            throw new Refused("must not contain a user name or password");
        }
        String host = url.getHost();
        if (host == null && url.getRawAuthority() != null) {
            // java.net.URI leaves the host out when it is no valid name (127.1, a_b.org): judge the authority.
            host = url.getRawAuthority().replaceFirst(":[0-9]*$", "");
        }
        if (host == null || host.isEmpty()) {
            throw new Refused("must name a host");
        }
        if (url.getPort() == 0 || url.getPort() > 65535) {
            throw new Refused("has an invalid port");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            literal(host.substring(1, host.length() - 1)).ifPresent(this::requireAllowed);
        } else if (NUMERIC_LABELS.matcher(host).matches()) {
            if (!DOTTED_QUAD.matcher(host).matches()) {
                throw new Refused("writes an IP address in an ambiguous form (use four decimal parts)");
            }
            literal(host).ifPresent(this::requireAllowed);
        } else if (!HOST_NAME.matcher(host).matches() || url.getHost() == null) {
            throw new Refused("has a host name with characters a host name cannot have");
        }
        return url;
    }

    /** Checks the URL and every address its host resolves to. */
    public Target check(String text, Resolver resolver) {
        URI url = checkUrl(text);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        String lookup = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(lookup);
        } catch (UnknownHostException e) {
            throw new Refused("has a host that does not resolve");
        }
        if (addresses.isEmpty()) {
            throw new Refused("has a host that does not resolve");
        }
        addresses.forEach(this::requireAllowed);
        int port = url.getPort() != -1 ? url.getPort() : url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        return new Target(url, lookup, port, List.copyOf(addresses));
    }

    /** Why an address is refused under these rules, or empty when it is allowed. */
    public Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            Optional<byte[]> embedded = embeddedIpv4(b);
            if (embedded.isPresent()) {
                return refusalV4(embedded.get());
            }
            return refusalV6(b);
        }
        return refusalV4(b);
    }

    private void requireAllowed(InetAddress address) {
        refusal(address).ifPresent(reason -> {
            throw new Refused("resolves to " + address.getHostAddress() + ", " + reason);
        });
    }

    private static Optional<InetAddress> literal(String host) {
        try {
            // A literal is parsed, never looked up.
            return Optional.of(InetAddress.getByName(host));
        } catch (UnknownHostException | SecurityException e) {
            throw new Refused("has an invalid IP address");
        }
    }

    private Optional<String> refusalV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 127) {
            return allowLoopback ? Optional.empty() : Optional.of("a loopback address");
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168) || (a0 == 100 && a1 >= 64 && a1 <= 127)) {
            return allowPrivate ? Optional.empty() : Optional.of("a private address");
        }
        if (a0 == 169 && a1 == 254) {
            return allowLinkLocal ? Optional.empty() : Optional.of("a link-local address");
        }
        if (a0 == 0 || a0 >= 224 || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) || (a0 == 198 && (a1 == 18 || a1 == 19))
                || (a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return Optional.of("not a public unicast address");
        }
        return Optional.empty();
    }

    private Optional<String> refusalV6(byte[] b) {
        boolean allZeroButLast = true;
        for (int i = 0; i < 15; i++) {
            allZeroButLast &= b[i] == 0;
        }
        if (allZeroButLast && b[15] == 1) {
            return allowLoopback ? Optional.empty() : Optional.of("a loopback address");
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if ((first & 0xfe) == 0xfc || (first == 0xfe && (second & 0xc0) == 0xc0)) {
            return allowPrivate ? Optional.empty() : Optional.of("a private address");
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return allowLinkLocal ? Optional.empty() : Optional.of("a link-local address");
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
            return Optional.of("a Teredo tunnel address");
        }
        if (allZeroButLast || first == 0xff || (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8)
                || (first & 0xe0) != 0x20) {
            // Unspecified, multicast, documentation, and everything outside the global unicast 2000::/3.
            return Optional.of("not a public unicast address");
        }
        return Optional.empty();
    }

    /** The IPv4 address an IPv6 one carries: mapped, compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16). */
    private static Optional<byte[]> embeddedIpv4(byte[] b) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        boolean mapped = firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        // ::a.b.c.d (deprecated), not :: or ::1
        boolean compatible = firstTenZero && b[10] == 0 && b[11] == 0 && (b[12] | b[13] | b[14]) != 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0 && b[10] == 0 && b[11] == 0;
        if (mapped || compatible || nat64) {
            return Optional.of(new byte[] {b[12], b[13], b[14], b[15]});
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Optional.of(new byte[] {b[2], b[3], b[4], b[5]});
        }
        return Optional.empty();
    }
}
