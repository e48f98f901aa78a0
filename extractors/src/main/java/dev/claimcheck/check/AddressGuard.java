package dev.claimcheck.check;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a cited URL may be fetched: {@code http} or {@code https} only, and a host
 * whose every address is public. Every range the IANA special-purpose registries mark as not
 * globally reachable (private, loopback, link-local, carrier-grade NAT, benchmarking,
 * documentation, multicast, reserved; see {@link SpecialAddresses}) is refused, and the IPv4
 * addresses that NAT64, 6to4, Teredo and IPv4-mapped or -compatible IPv6 addresses carry are
 * judged too, so that an article cannot make the checker reach services behind it. It is
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
        String why = SpecialAddresses.whyNotPublic(a);
        if (why != null) {
          return Verdict.refused("host " + host + " resolves to " + a.getHostAddress() + ", " + why);
        }
      }
    }
    return Verdict.OK;
  }

  /** Whether {@code a} is an address on the public internet. */
  public static boolean isPublic(InetAddress a) {
    return SpecialAddresses.whyNotPublic(a) == null;
  }
}
