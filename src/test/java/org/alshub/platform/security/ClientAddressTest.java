package org.alshub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withNoTrustedProxyForwardedForIsIgnored() {
        ClientAddress none = ClientAddress.trusting(null);
        assertEquals("127.0.0.1", none.of("127.0.0.1", List.of("203.0.113.9")));
        assertEquals("127.0.0.1", ClientAddress.trusting(" ").of("127.0.0.1", List.of("203.0.113.9")));
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressTheProxySaw() {
        ClientAddress nginx = ClientAddress.trusting("127.0.0.1");
        assertEquals("203.0.113.9", nginx.of("127.0.0.1", List.of("203.0.113.9")));
        assertEquals("203.0.113.9", nginx.of("127.0.0.1", List.of("198.51.100.1, 203.0.113.9")),
                "what the client wrote itself, further left, is not believed");
        assertEquals("198.51.100.7", nginx.of("198.51.100.7", List.of("203.0.113.9")),
                "a connection from anywhere else names itself");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        ClientAddress proxies = ClientAddress.trusting("127.0.0.1, 10.0.0.0/8");
        assertEquals("203.0.113.9", proxies.of("127.0.0.1", List.of("6.6.6.6, 203.0.113.9, 10.1.2.3")));
        assertEquals("203.0.113.9", proxies.of("127.0.0.1", List.of("6.6.6.6", "203.0.113.9", "10.1.2.3")));
        assertEquals("10.1.2.3", proxies.of("127.0.0.1", List.of("10.1.2.3")), "only proxies: the furthest one");
        assertEquals("10.1.2.3", proxies.of("127.0.0.1", List.of("evil.example, 10.1.2.3")),
                "no name is ever looked up or believed");
        assertEquals("2001:db8:0:0:0:0:0:1", ClientAddress.trusting("::1").of("0:0:0:0:0:0:0:1", List.of("2001:db8::1"))
                .replace("2001:db8::1", "2001:db8:0:0:0:0:0:1"));
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("proxy.example"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("10.0.0.0/33"));
    }
}
