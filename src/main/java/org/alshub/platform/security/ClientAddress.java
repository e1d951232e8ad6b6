package org.alshub.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a request really came from. The connection's own address, unless it is one of the
 * trusted proxies (ALS_TRUSTED_PROXIES: addresses or CIDR ranges, none by default): then the
 * X-Forwarded-For chain is read from the right, past every trusted proxy, to the first address a
 * trusted proxy saw the request come from. What a client writes into X-Forwarded-For itself sits
 * further left and is never reached, so no one picks their own address.
 */
public final class ClientAddress {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<byte[][]> trusted;

    private ClientAddress(List<byte[][]> trusted) {
        this.trusted = trusted;
    }

    /** From "127.0.0.1, 10.0.0.0/8, ::1"; an entry that is not an address or range is refused at start-up. */
    public static ClientAddress trusting(String proxies) {
        List<byte[][]> ranges = new ArrayList<>();
        if (proxies != null) {
            for (String entry : proxies.split("[,\\s]+")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.strip().split("/", 2);
                byte[] address = literal(parts[0]);
                if (address == null) {
                    throw new IllegalArgumentException("ALS_TRUSTED_PROXIES: not an address: " + entry);
                }
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("ALS_TRUSTED_PROXIES: not a range: " + entry);
                }
                ranges.add(new byte[][]{address, mask(address.length, bits)});
            }
        }
        return new ClientAddress(List.copyOf(ranges));
    }

    /** The client's address for a connection from {@code remote} carrying these X-Forwarded-For headers. */
    public String of(String remote, List<String> forwardedFor) {
        if (!isTrusted(remote) || forwardedFor == null || forwardedFor.isEmpty()) {
            return remote;
        }
        List<String> chain = new ArrayList<>();
        for (String header : forwardedFor) {
            Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(chain::add);
        }
        String client = remote;
        for (int i = chain.size() - 1; i >= 0; i--) {
            String hop = chain.get(i);
            if (literal(hop) == null) {
                // a proxy we trust wrote something that is no address: go no further than the last good hop
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        if (bytes == null) {
            return false;
        }
        for (byte[][] range : trusted) {
            if (range[0].length == bytes.length && inRange(bytes, range[0], range[1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRange(byte[] address, byte[] network, byte[] mask) {
        for (int i = 0; i < address.length; i++) {
            if ((address[i] & mask[i]) != (network[i] & mask[i])) {
                return false;
            }
        }
        return true;
    }

    private static byte[] mask(int length, int bits) {
        byte[] mask = new byte[length];
        for (int i = 0; i < length; i++) {
            int left = Math.max(0, Math.min(8, bits - i * 8));
            mask[i] = (byte) (0xff << (8 - left));
        }
        return mask;
    }

    /** An IP literal's bytes, never a name lookup; null for anything else. */
    static byte[] literal(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.strip();
        if (plain.startsWith("[") && plain.endsWith("]")) {
            plain = plain.substring(1, plain.length() - 1);
        }
        if (!LITERAL.matcher(plain).matches() || (!plain.contains(":") && !plain.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return null;
        }
        try {
            return InetAddress.getByName(plain).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
