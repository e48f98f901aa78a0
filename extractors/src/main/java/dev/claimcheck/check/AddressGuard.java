package dev.claimcheck.check;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a cited URL may be fetched: {@code http} or {@code https} only, and a host
 * whose every address is public. Private (10/8, 172.16/12, 192.168/16, fc00::/7), loopback,
 * link-local, multicast, unspecified, carrier-grade NAT (100.64/10) and IPv4-mapped forms of
 * them are refused, so that an article cannot make the checker reach services behind it. It is
 * asked again for every redirect. Thread-safe.
 */
public final class AddressGuard {
  private final boolean allowPrivate;
  private final Resolver resolver;

  /** Resolves a host name to its addresses (the system's DNS, or a test's table). */
  @FunctionalInterface
  public interface Resolver {
    /** The addresses of {@code host}. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system's resolver. */
    static Resolver system() {
      return host -> List.of(InetAddress.getAllByName(host));
    }
  }

  /**
   * What the guard decided.
   *
   * @param allowed whether the URL may be fetched
   * @param unknownHost the host did not resolve (the URL is dead, not refused)
   * @param reason why not, or null
   */
  public record Verdict(boolean allowed, boolean unknownHost, String reason) {
    static final Verdict OK = new Verdict(true, false, null);

    static Verdict refused(String reason) {
      return new Verdict(false, false, reason);
    }
  }

  /**
   * @param allowPrivate allow private and loopback addresses (tests, intranet runs)
   */
  public AddressGuard(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  /**
   * Makes each host name resolve once for the life of the process (the JVM's address cache
   * kept for good instead of 30 seconds), so the addresses the guard approved are the ones the
   * HTTP client then connects to: a name that answers a public address to the guard and a
   * private one a moment later (DNS rebinding) gets its first answer both times. The client
   * resolves through the same cache, so this holds for every request, redirects included. Must
   * run before the process resolves its first name (the cache reads its policy once); a run of
   * a few hours keeps the addresses it first saw, which the next run refreshes.
   */
  public static void pinResolutions() {
    java.security.Security.setProperty("networkaddress.cache.ttl", "-1");
  }

  /** Whether {@code uri} may be fetched; the URL must already be absolute. */
  public Verdict check(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Verdict.refused("scheme " + (scheme.isEmpty() ? "(none)" : scheme) + " is not http or https");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return Verdict.refused("no host");
    }
    if (uri.getUserInfo() != null) {
      return Verdict.refused("user information in the URL");
    }
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return new Verdict(false, true, "host " + host + " does not resolve");
    }
    if (addresses.isEmpty()) {
      return new Verdict(false, true, "host " + host + " has no address");
    }
    if (!allowPrivate) {
      for (InetAddress a : addresses) {
        if (!isPublic(a)) {
          return Verdict.refused("host " + host + " resolves to a non-public address " + a.getHostAddress());
        }
      }
    }
    return Verdict.OK;
  }

  /** Whether {@code a} is an address on the public internet. */
  public static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
        || a.isMulticastAddress() || a.isAnyLocalAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0 && !(first == 100 && second >= 64 && second < 128)
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && first < 240;
    }
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return false; // unique local fc00::/7
      }
      boolean mapped = true;
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return false;
        }
      }
    }
    return true;
  }
}
