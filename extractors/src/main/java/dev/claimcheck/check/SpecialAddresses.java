package dev.claimcheck.check;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The special-purpose ranges of the IANA IPv4 and IPv6 Special-Purpose Address Registries
 * (RFC 6890 and its updates), with multicast and the reserved blocks beside them, and whether
 * each is globally reachable. An address is judged by the most specific range holding it, so
 * that the few globally reachable anycast blocks inside a reserved one stay reachable. The IPv6
 * forms that carry an IPv4 address (IPv4-mapped and -compatible, SIIT, NAT64, 6to4, Teredo) are
 * judged by the IPv4 addresses they carry. Immutable and thread-safe.
 */
public final class SpecialAddresses {

  /**
   * One range of a registry.
   *
   * @param prefix the range's first address
   * @param length the prefix length
   * @param name what the registry calls it
   * @param reachable whether the registry says it is globally reachable
   */
  record Range(byte[] prefix, int length, String name, boolean reachable) {
    boolean holds(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      int whole = length / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != prefix[i]) {
          return false;
        }
      }
      int rest = length % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[whole] & mask) == (prefix[whole] & mask);
    }

    String cidr() {
      try {
        return InetAddress.getByAddress(prefix).getHostAddress() + "/" + length;
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The registries' ranges, with multicast and the other reserved blocks. */
  static final List<Range> RANGES = List.of(
      // IPv4 Special-Purpose Address Registry
      range("0.0.0.0/8", "this network", false),
      range("10.0.0.0/8", "private use", false),
      range("100.64.0.0/10", "shared address space (carrier-grade NAT)", false),
      range("127.0.0.0/8", "loopback", false),
      range("169.254.0.0/16", "link-local", false),
      range("172.16.0.0/12", "private use", false),
      range("192.0.0.0/24", "IETF protocol assignments", false),
      range("192.0.0.0/29", "IPv4 service continuity prefix (DS-Lite)", false),
      range("192.0.0.8/32", "IPv4 dummy address", false),
      range("192.0.0.9/32", "Port Control Protocol anycast", true),
      range("192.0.0.10/32", "Traversal Using Relays around NAT anycast", true),
      range("192.0.0.170/31", "NAT64/DNS64 discovery", false),
      range("192.0.2.0/24", "documentation (TEST-NET-1)", false),
      range("192.31.196.0/24", "AS112-v4", true),
      range("192.52.193.0/24", "AMT", true),
      range("192.88.99.0/24", "deprecated 6to4 relay anycast", false),
      range("192.168.0.0/16", "private use", false),
      range("192.175.48.0/24", "direct delegation AS112 service", true),
      range("198.18.0.0/15", "benchmarking", false),
      range("198.51.100.0/24", "documentation (TEST-NET-2)", false),
      range("203.0.113.0/24", "documentation (TEST-NET-3)", false),
      range("224.0.0.0/4", "multicast", false),
      range("240.0.0.0/4", "reserved", false),
      range("255.255.255.255/32", "limited broadcast", false),
      // IPv6 Special-Purpose Address Registry; outside 2000::/3 nothing is global unicast
      range("::/0", "reserved by the IETF (outside global unicast 2000::/3)", false),
      range("2000::/3", "global unicast", true),
      range("::/128", "unspecified address", false),
      range("::1/128", "loopback", false),
      range("64:ff9b:1::/48", "local-use IPv4/IPv6 translation", false),
      range("100::/64", "discard-only", false),
      range("100:0:0:1::/64", "dummy IPv6 prefix", false),
      range("2001::/23", "IETF protocol assignments", false),
      range("2001:1::1/128", "Port Control Protocol anycast", true),
      range("2001:1::2/128", "Traversal Using Relays around NAT anycast", true),
      range("2001:1::3/128", "DNS-SD service registration protocol anycast", true),
      range("2001:2::/48", "benchmarking", false),
      range("2001:3::/32", "AMT", true),
      range("2001:4:112::/48", "AS112-v6", true),
      range("2001:10::/28", "deprecated ORCHID", false),
      range("2001:20::/28", "ORCHIDv2", true),
      range("2001:30::/28", "drone remote ID protocol entity tags", true),
      range("2001:db8::/32", "documentation", false),
      range("2620:4f:8000::/48", "direct delegation AS112 service", true),
      range("3fff::/20", "documentation", false),
      range("5f00::/16", "segment routing (SRv6) SIDs", false),
      range("fc00::/7", "unique local", false),
      range("fe80::/10", "link-local unicast", false),
      range("fec0::/10", "deprecated site-local", false),
      range("ff00::/8", "multicast", false));

  /**
   * An IPv4 address an IPv6 form carries.
   *
   * @param offset where it starts, in bytes
   * @param inverted whether its bits are stored inverted (a Teredo client's address)
   */
  private record Carried(int offset, boolean inverted) {}

  /**
   * An IPv6 form that carries IPv4 addresses.
   *
   * @param range where the form lies
   * @param carried the addresses it carries
   */
  private record Embedding(Range range, List<Carried> carried) {}

  private static final List<Embedding> EMBEDDINGS = List.of(
      embedding("::ffff:0:0/96", "IPv4-mapped", new Carried(12, false)),
      embedding("::/96", "IPv4-compatible (deprecated)", new Carried(12, false)),
      embedding("::ffff:0:0:0/96", "IPv4-translated (SIIT)", new Carried(12, false)),
      embedding("64:ff9b::/96", "IPv4/IPv6 translation (NAT64)", new Carried(12, false)),
      embedding("2002::/16", "6to4", new Carried(2, false)),
      embedding("2001::/32", "Teredo", new Carried(4, false), new Carried(12, true)));

  private SpecialAddresses() {}

  /**
   * Why {@code address} is not on the public internet, or null when it is: the range that holds
   * it, or the range of the IPv4 address it carries.
   */
  public static String whyNotPublic(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 16) {
      for (Embedding e : EMBEDDINGS) {
        if (e.range().holds(bytes) && !isUnspecifiedOrLoopback(bytes)) {
          for (Carried c : e.carried()) {
            byte[] v4 = Arrays.copyOfRange(bytes, c.offset(), c.offset() + 4);
            for (int i = 0; c.inverted() && i < 4; i++) {
              v4[i] = (byte) ~v4[i];
            }
            String carried = whyNotPublic(ipv4(v4));
            if (carried != null) {
              return e.range().name() + " address carrying " + ipv4(v4).getHostAddress() + ", " + carried;
            }
          }
          return null;
        }
      }
    }
    Range best = null;
    for (Range r : RANGES) {
      if (r.holds(bytes) && (best == null || r.length() > best.length())) {
        best = r;
      }
    }
    if (best == null || best.reachable()) {
      return null;
    }
    return "in " + best.cidr() + " (" + best.name() + "), which is not globally reachable";
  }

  private static boolean isUnspecifiedOrLoopback(byte[] bytes) {
    for (int i = 0; i < 15; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[15] == 0 || bytes[15] == 1;
  }

  private static InetAddress ipv4(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Embedding embedding(String cidr, String name, Carried... carried) {
    return new Embedding(range(cidr, name, false), List.of(carried));
  }

  private static Range range(String cidr, String name, boolean reachable) {
    int slash = cidr.indexOf('/');
    String host = cidr.substring(0, slash);
    byte[] prefix = literal(host);
    return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), name, reachable);
  }

  /** The bytes of a numeric address; never asks a resolver. */
  static byte[] literal(String host) {
    if (!host.matches("[0-9a-fA-F:.]+")) {
      throw new IllegalArgumentException("not a numeric address: " + host);
    }
    try {
      byte[] bytes = InetAddress.getByName(host).getAddress();
      if (host.contains(":") && bytes.length == 4) {
        // Java returns IPv4-mapped literals as IPv4; the table needs the 16 bytes.
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(bytes, 0, mapped, 12, 4);
        return mapped;
      }
      return bytes;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Every range's name and CIDR, for documentation and tests. */
  static List<String> describe() {
    List<String> out = new ArrayList<>();
    for (Range r : RANGES) {
      out.add(r.cidr() + " " + r.name() + (r.reachable() ? " (reachable)" : ""));
    }
    return out;
  }
}
