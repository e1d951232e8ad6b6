package org.alshub.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where links that leave the app (reset links, invitations, calendar feeds) point. ALS_PUBLIC_URL
 * when it is set, as it must be in production. Without it the request's own root, but only when its
 * Host names the address the server listens on or loopback: any other Host (a forged
 * "Host: evil.example") gives a link to the address the request actually reached, never to the
 * name someone sent.
 */
@ApplicationScoped
public class PublicAddress {

    private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());

    @Inject
    @ConfigProperty(name = "als.public-url")
    Optional<String> publicUrl;

    @Inject
    HttpServletRequest request;

    private final AtomicBoolean warned = new AtomicBoolean();

    public Optional<URI> configured() {
        return publicUrl.map(String::strip).filter(s -> !s.isEmpty())
                .map(url -> URI.create(url.endsWith("/") ? url : url + "/"));
    }

    /** The app's root ("https://als.example.org/") for a request whose own root is {@code requestRoot}. */
    public URI root(URI requestRoot) {
        Optional<URI> configured = configured();
        if (configured.isPresent()) {
            return configured.get();
        }
        String host = requestRoot.getHost();
        String local;
        int port;
        try {
            local = request.getLocalAddr();
            port = request.getLocalPort();
        } catch (RuntimeException noRequest) {
            // work outside a request (a job) passes the root it was given
            return requestRoot.resolve("/");
        }
        if (host != null && (isLoopback(host) || sameAddress(host, local))) {
            return requestRoot.resolve("/");
        }
        if (warned.compareAndSet(false, true)) {
            LOG.warning("A request named the host " + host + ", which is not this server's address: links are built "
                    + "from the address it reached instead. Set ALS_PUBLIC_URL to the address people use.");
        }
        String address = local.contains(":") ? "[" + local + "]" : local;
        return URI.create(requestRoot.getScheme() + "://" + address + ":" + port + "/");
    }

    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        return literal(name) && address(name).map(InetAddress::isLoopbackAddress).orElse(false);
    }

    static boolean sameAddress(String host, String local) {
        String name = host.replaceAll("^\\[|]$", "");
        if (!literal(name) || local == null) {
            return false;
        }
        return address(name).equals(address(local));
    }

    /** Only IP literals are compared: a name is never looked up. */
    private static boolean literal(String name) {
        return name.matches("[0-9.]+") || name.contains(":");
    }

    private static Optional<InetAddress> address(String literal) {
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
