package io.orbitpress.preview;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names the preview answers to, and the filter that refuses the others with 421
 * Misdirected Request. Without it, a page on any site whose name its owner points at
 * 127.0.0.1 (DNS rebinding) could read the preview, drafts included: the browser sends that
 * site's name as the Host. The preview answers to localhost, 127.0.0.1 and [::1], to the host
 * it listens on, and, when it listens on every address (0.0.0.0), to this machine's addresses
 * and name; always with its own port, or no port.
 */
final class HostNames extends Filter {

    private final Set<String> names;
    private final int port;
    private final String urlHost;
    private final boolean exposed;

    private HostNames(Set<String> names, int port, String urlHost, boolean exposed) {
        this.names = Set.copyOf(names);
        this.port = port;
        this.urlHost = urlHost;
        this.exposed = exposed;
    }

    /** The names of a server listening on {@code bound}, started with {@code --host asked}. */
    static HostNames of(String asked, InetSocketAddress bound) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
        names.add(inUrl(asked));
        InetAddress address = bound.getAddress();
        String urlHost = inUrl(asked);
        if (address.isAnyLocalAddress()) {
            String network = null;
            for (InetAddress a : machineAddresses()) {
                names.add(inUrl(a.getHostAddress()));
                if (network == null && a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    network = a.getHostAddress();
                }
            }
            machineName().ifPresent(names::add);
            // a URL that works on this machine and from the others
            urlHost = network == null ? "localhost" : network;
        } else {
            names.add(inUrl(address.getHostAddress()));
        }
        return new HostNames(names, bound.getPort(), urlHost, !address.isLoopbackAddress());
    }

    /** The host to print in the preview's URL. */
    String urlHost() {
        return urlHost;
    }

    /** Whether other machines can reach the preview (it does not listen on a loopback address only). */
    boolean exposed() {
        return exposed;
    }

    /** Whether {@code authority} ("localhost:8080", "[::1]", ...) names this preview. */
    boolean answers(String authority) {
        if (authority == null) {
            return false;
        }
        String host = authority;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return false;
            }
            host = authority.substring(0, close + 1);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return false;
                }
                portText = rest.substring(1);
            }
        } else {
            int colon = authority.indexOf(':');
            if (colon >= 0) {
                host = authority.substring(0, colon);
                portText = authority.substring(colon + 1);
            }
        }
        if (portText != null && !portText.equals(Integer.toString(port))) {
            return false;
        }
        return names.contains(host.toLowerCase(Locale.ROOT));
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        // an absolute request target ("GET http://host/ HTTP/1.1") names the host too; "//x" is a path
        java.net.URI uri = exchange.getRequestURI();
        String target = uri.getScheme() == null ? null : uri.getRawAuthority();
        if (hosts != null && hosts.size() == 1 && answers(hosts.get(0).strip()) && (target == null || answers(target))) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            byte[] body = ("This preview answers to http://localhost:" + port + "/ and the addresses it listens on,"
                    + " not to the name this request was sent to.\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(421, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public String description() {
        return "answers only to the preview's own host names";
    }

    /** A host as written in a URL: IPv6 literals in brackets, without a zone, lower case. */
    private static String inUrl(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            return h;
        }
        int zone = h.indexOf('%');
        if (zone >= 0) {
            h = h.substring(0, zone);
        }
        return h.contains(":") ? "[" + h + "]" : h;
    }

    private static List<InetAddress> machineAddresses() {
        try {
            List<InetAddress> out = new java.util.ArrayList<>();
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (n.isUp()) {
                    out.addAll(Collections.list(n.getInetAddresses()));
                }
            }
            return out;
        } catch (SocketException e) {
            return List.of();
        }
    }

    private static java.util.Optional<String> machineName() {
        try {
            return java.util.Optional.of(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            return java.util.Optional.empty();
        }
    }
}
